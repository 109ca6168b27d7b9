using System;
using System.ComponentModel;
using System.Reflection;
using System.Text;

namespace SeedData.Runtime;

/// <summary>
/// The tables of a generated data class (the ids behind <c>Articles.All</c> and <c>Find</c>, the entity
/// table's names and records), read once as UTF-8 bytes by <see cref="Of"/>. Not meant to be used by hand.
/// </summary>
/// <remarks>
/// An attribute's strings are stored in the assembly's blob heap, not in the 16 MB user-string heap of
/// string literals, and the compiler takes each as one constant, where a <c>"…"u8</c> literal of the same
/// bytes cost it about 0.7 s of CPU per MB (docs/performance.md).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class PackedTablesAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="tables">The tables, each the text of a UTF-8 string or of packed integers.</param>
    public PackedTablesAttribute(params string[] tables) => Tables = tables;

    /// <summary>The tables, each the text of a UTF-8 string or of packed integers.</summary>
    public string[] Tables { get; }

    /// <summary>The tables of the attribute on <paramref name="holder"/>, as UTF-8 bytes.</summary>
    /// <param name="holder">The generated class that carries the attribute.</param>
    /// <returns>One array of bytes per table, in the attribute's order.</returns>
    public static byte[][] Of(Type holder)
    {
        var tables = holder.GetCustomAttribute<PackedTablesAttribute>()?.Tables
            ?? throw new InvalidOperationException(holder.FullName + " has no packed tables: rebuild the project.");
        return Array.ConvertAll(tables, Encoding.UTF8.GetBytes);
    }
}
