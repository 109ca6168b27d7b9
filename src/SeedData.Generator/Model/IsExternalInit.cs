namespace System.Runtime.CompilerServices;

// netstandard2.0 lacks this marker type, which C# needs for records and init accessors.
internal static class IsExternalInit
{
}
