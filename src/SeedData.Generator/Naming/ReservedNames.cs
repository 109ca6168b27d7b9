using System.Linq;

namespace SeedData.Generator.Naming;

/// <summary>
/// Names the generated classes already use (Emit/IndexEmitter.cs, Emit/EntityTableEmitter.cs), which no
/// article or entity member may take. One list, so that a member added to a generated class is
/// reserved where names are given out.
/// </summary>
internal static class ReservedNames
{
    /// <summary>What every class inherits from <see cref="object"/>, and what both generated classes declare.</summary>
    private static readonly string[] Common =
    {
        "All", "Find", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>Members of the generated <c>Articles</c> class.</summary>
    public static readonly string[] Articles = Common.Concat(new[] { "Articles", "Count" }).ToArray();

    /// <summary>Members of the generated <c>Entities</c> class.</summary>
    public static readonly string[] Entities = Common.Concat(new[] { "Entities", "Resolve" }).ToArray();
}
