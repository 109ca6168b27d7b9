namespace SeedData.CodeFixes;

/// <summary>
/// What the fixes read from SeedData's analyzer (DatasetKeyAnalyzer in the generator's assembly, which this one does
/// not reference: only the IDs and the property names are shared, and a test keeps them equal).
/// </summary>
internal static class KeyDiagnostics
{
    /// <summary>A constant key names nothing; properties <c>Suggestion0</c>, <c>Suggestion1</c>, … hold the closest keys.</summary>
    public const string UnknownKey = "SEED0401";

    /// <summary>A constant key has a generated member; property <c>Member</c> holds its name.</summary>
    public const string KeyHasMember = "SEED0402";

    public const string SuggestionProperty = "Suggestion";

    public const string MemberProperty = "Member";
}
