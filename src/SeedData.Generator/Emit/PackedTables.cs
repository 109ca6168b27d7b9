using System.Collections.Generic;
using System.Globalization;

namespace SeedData.Generator.Emit;

/// <summary>
/// A generated data class whose <c>ReadOnlySpan&lt;byte&gt;</c> properties (ids, names, packed integer tables)
/// come from the strings of one <c>[PackedTables(…)]</c> attribute, read once at run time. A <c>"…"u8</c>
/// literal of the same bytes cost the compiler about 0.7 s of CPU per MB, an attribute's string next to nothing,
/// and unlike a string literal it does not fill the 16 MB user-string heap (docs/performance.md).
/// </summary>
internal sealed class PackedTables
{
    private readonly List<(string Property, string Text)> _tables = new();

    /// <summary>A table of UTF-8 text: <paramref name="text"/> holds no lone surrogate (<see cref="Utf8Pool"/>), so its bytes are the runtime's.</summary>
    public void Add(string property, string text) => _tables.Add((property, text));

    /// <summary>A table of integers, packed (<see cref="PackedData.Ints"/>).</summary>
    public void AddInts(string property, IReadOnlyCollection<int> values) => Add(property, PackedData.Ints(values));

    /// <summary>Writes the attribute, then the file-local class deriving from <paramref name="baseType"/> with one property per table.</summary>
    public void WriteClass(SourceWriter writer, string className, string baseType)
    {
        var attribute = writer.Start().Append("[global::SeedData.Runtime.PackedTables(");
        for (var i = 0; i < _tables.Count; i++)
        {
            attribute.Append(i == 0 ? string.Empty : ", ").Append(Literal.String(_tables[i].Text));
        }

        attribute.Append(")]");
        writer.End();
        writer.Open("file sealed class " + className + " : " + baseType);
        writer.Line("private static readonly byte[][] Tables = global::SeedData.Runtime.PackedTablesAttribute.Of(typeof(" + className + "));");
        for (var i = 0; i < _tables.Count; i++)
        {
            writer.Line();
            writer.Line("public override global::System.ReadOnlySpan<byte> " + _tables[i].Property + " => Tables[" + i.ToString(CultureInfo.InvariantCulture) + "];");
        }

        writer.Close();
    }
}
