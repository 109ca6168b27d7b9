using System;
using System.ComponentModel;

namespace SeedData.Runtime;

/// <summary>
/// The keys of a generated <c>Articles</c> or <c>Entities</c> class (article ids, entity names and aliases, with
/// their member names and descriptions), written by the generator for SeedData's analyzer and editor completion.
/// </summary>
/// <remarks>
/// One attribute with one string is what the tools read instead of running the generator again: the ids they
/// check <c>Find("…")</c> against are exactly those generated for the compilation. Nothing reads it at run time.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class DatasetKeysAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="keys">The keys, in the format SeedData's generator writes and its analyzer reads.</param>
    public DatasetKeysAttribute(string keys) => Keys = keys;

    /// <summary>The keys, in the format SeedData's generator writes and its analyzer reads.</summary>
    public string Keys { get; }
}
