using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using SeedData.Generator.Extraction;
using SeedData.Generator.Extraction.Kinds;
using SeedData.Generator.Extraction.Text;

namespace SeedData.Training;

/// <summary>
/// The <c>explain</c> command, for error analysis: reads a text file (paragraphs separated by blank
/// lines), runs the recognizer with the embedded model and prints every candidate it scores (the
/// typing rules' kind and weight, the model's best class) and then the entities it keeps.
/// </summary>
internal static class Explain
{
    public static int Run(string path)
    {
        var paragraphs = File.ReadAllText(path).Split(new[] { "\n\n", "\r\n\r\n" }, StringSplitOptions.RemoveEmptyEntries);
        var units = new List<UnitTokens>();
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Trim();
            var tokens = Tokenizer.Tokenize(text);
            units.Add(new UnitTokens(units.Count, text, tokens, isParagraph: true, unreliableCase: EntityRecognizer.HasUnreliableCase(tokens)));
        }

        var model = KindModel.Instance;
        var entities = EntityRecognizer.Recognize(units, null, model, (candidate, features) =>
        {
            var scores = new float[KindModel.Classes];
            model.AddScores(features, scores);
            var best = Array.IndexOf(scores, scores.Max());
            var tokens = candidate.Unit.Tokens;
            var surface = candidate.Unit.Text.Substring(tokens[candidate.Start].Start, tokens[candidate.End - 1].End - tokens[candidate.Start].Start);
            Console.WriteLine($"candidate {surface,-40} rule {candidate.RuleKind}/{candidate.RuleWeight}  model {(best == KindModel.NoEntity ? "none" : KindModel.KindOf(best).ToString())} [{string.Join(" ", scores.Select(s => s.ToString("0.0")))}]");
        }, CancellationToken.None);
        foreach (var entity in entities)
        {
            Console.WriteLine($"entity    {entity.Name,-40} {entity.Kind}  surfaces: {string.Join(" | ", entity.Surfaces)}");
        }

        return 0;
    }
}
