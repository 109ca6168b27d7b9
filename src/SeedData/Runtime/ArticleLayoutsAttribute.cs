using System;
using System.ComponentModel;

namespace SeedData.Runtime;

/// <summary>
/// The packed layouts of the articles in one generated file of article properties, read by <see cref="ArticleSlots"/>
/// on the first access to one of them. Not meant to be used by hand.
/// </summary>
/// <remarks>
/// An attribute's string is stored in the assembly's blob heap, not in the user-string heap of string literals
/// (16 MB, which a large corpus would fill), and the compiler takes it as one constant: the same text as a
/// <c>"…"u8</c> literal per article cost the compiler about 4 s of CPU per 6 MB (docs/performance.md).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class ArticleLayoutsAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="layouts">Each article's layout in file order, each preceded by its length in UTF-8 bytes (packed).</param>
    public ArticleLayoutsAttribute(string layouts) => Layouts = layouts;

    /// <summary>Each article's layout in file order, each preceded by its length in UTF-8 bytes (packed).</summary>
    public string Layouts { get; }
}
