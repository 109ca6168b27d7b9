using System;
using SeedData.Testing;
using Xunit;

namespace SeedData.IdeTests.Infrastructure;

/// <summary>
/// A fact that needs the csharp-ls language server, a local tool of this repository
/// (.config/dotnet-tools.json). The tool is restored once, at discovery; only when that fails is the
/// test skipped, with the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LanguageServerFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> RestoreFailure = new(Restore);

    public LanguageServerFactAttribute()
    {
        if (RestoreFailure.Value is { } failure)
        {
            Skip = "csharp-ls could not be restored with 'dotnet tool restore' (no access to its NuGet feed?): " + failure;
        }
    }

    private static string? Restore()
    {
        try
        {
            var (exitCode, output) = DotNet.Run(TimeSpan.FromMinutes(2), Repository.Root, "tool", "restore");
            return exitCode == 0 ? null : output.Trim();
        }
        catch (TimeoutException timeout)
        {
            return timeout.Message;
        }
    }
}
