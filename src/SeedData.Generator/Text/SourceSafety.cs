using System.Globalization;

namespace SeedData.Generator.Text;

/// <summary>
/// Which characters generated source may hold as they are. Shared by the emitter, which escapes the
/// others (Emit/Literal.cs, Emit/XmlDoc.cs), and by naming, which refuses them in member names.
/// </summary>
internal static class SourceSafety
{
    /// <summary>True for characters that must not appear raw in generated source (literals or comments).</summary>
    public static bool NeedsEscape(char c)
    {
        if (c < 0x7F)
        {
            return c < ' ';
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.SpaceSeparator when c != '\u00A0':
                return true;
            default:
                return false;
        }
    }
}
