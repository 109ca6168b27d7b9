using System;

namespace SeedData.Training;

/// <summary>
/// Limited-memory BFGS (Nocedal 1980; Liu and Nocedal 1989) with a backtracking line search (Armijo's
/// condition): minimises a smooth function from its value and gradient. Every step is a fixed sequence
/// of arithmetic on one thread, so the same function from the same start gives the same result to the bit.
/// </summary>
internal static class Lbfgs
{
    /// <summary>Pairs of steps and gradient changes kept to estimate the curvature.</summary>
    private const int Memory = 10;

    /// <summary>Stops when an iteration lowers the function by less than this, relative to its value.</summary>
    private const double Tolerance = 1e-10;

    /// <summary>Minimises <paramref name="function"/> (value; gradient written into its second argument) from <paramref name="x"/>, in place; returns the iterations made.</summary>
    public static int Minimize(Func<double[], double[], double> function, double[] x, int maxIterations)
    {
        var n = x.Length;
        var gradient = new double[n];
        var value = function(x, gradient);
        var steps = new double[Memory][];
        var changes = new double[Memory][];
        var rho = new double[Memory];
        var alpha = new double[Memory];
        var kept = 0;
        var direction = new double[n];
        var trial = new double[n];
        var trialGradient = new double[n];
        var move = new double[n];
        var change = new double[n];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            // The two-loop recursion: direction = −H·gradient, H the inverse Hessian estimated from the last pairs.
            Array.Copy(gradient, direction, n);
            var oldest = Math.Max(0, kept - Memory);
            for (var k = kept - 1; k >= oldest; k--)
            {
                var i = k % Memory;
                alpha[i] = rho[i] * Dot(steps[i], direction);
                Add(direction, changes[i], -alpha[i]);
            }

            var scale = 1.0;
            if (kept > 0)
            {
                var last = (kept - 1) % Memory;
                scale = Dot(steps[last], changes[last]) / Dot(changes[last], changes[last]);
            }

            for (var i = 0; i < n; i++)
            {
                direction[i] *= -scale;
            }

            for (var k = oldest; k < kept; k++)
            {
                var i = k % Memory;
                var beta = rho[i] * Dot(changes[i], direction);
                Add(direction, steps[i], -alpha[i] - beta);
            }

            var slope = Dot(gradient, direction);
            if (!(slope < 0))
            {
                // Not a descent direction (the estimate went bad): start again from the steepest descent.
                kept = 0;
                for (var i = 0; i < n; i++)
                {
                    direction[i] = -gradient[i];
                }

                slope = Dot(gradient, direction);
                if (slope == 0)
                {
                    return iteration;
                }
            }

            // The first step has no curvature yet: a unit move along the gradient's direction.
            var step = kept == 0 ? 1 / Math.Sqrt(-slope) : 1.0;
            double trialValue;
            for (var tries = 0; ; tries++)
            {
                for (var i = 0; i < n; i++)
                {
                    trial[i] = x[i] + step * direction[i];
                }

                trialValue = function(trial, trialGradient);
                if (trialValue <= value + 1e-4 * step * slope)
                {
                    break;
                }

                if (tries == 40)
                {
                    return iteration;
                }

                step *= 0.5;
            }

            for (var i = 0; i < n; i++)
            {
                move[i] = trial[i] - x[i];
                change[i] = trialGradient[i] - gradient[i];
            }

            // A pair is kept only when it shows positive curvature, which keeps the estimate positive definite.
            var curvature = Dot(move, change);
            if (curvature > 1e-12)
            {
                var slot = kept % Memory;
                (steps[slot], move) = (move, steps[slot] ?? new double[n]);
                (changes[slot], change) = (change, changes[slot] ?? new double[n]);
                rho[slot] = 1 / curvature;
                kept++;
            }

            var decrease = value - trialValue;
            Array.Copy(trial, x, n);
            Array.Copy(trialGradient, gradient, n);
            value = trialValue;

            if (decrease <= Tolerance * Math.Max(1, Math.Abs(value)))
            {
                return iteration + 1;
            }
        }

        return maxIterations;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static void Add(double[] target, double[] source, double factor)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += factor * source[i];
        }
    }
}
