using System;
using System.IO;
using Xunit;

namespace SeedData.Tests.Quality;

/// <summary>
/// A test over data that lives outside the repository (the news dev sets in /work/shared/dev): it runs only when
/// the folder exists, and otherwise shows as skipped with the reason, never as a silent pass. The folder is the
/// environment variable's value when set, else the default.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactWhenFolderExistsAttribute : FactAttribute
{
    public FactWhenFolderExistsAttribute(string variable, string defaultFolder)
    {
        var folder = Resolve(variable, defaultFolder);
        if (!Directory.Exists(folder))
        {
            Skip = "Folder " + folder + " is absent: NOTHING MEASURED (set " + variable + " to the folder to measure).";
        }
    }

    public static string Resolve(string variable, string defaultFolder) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } set ? set : defaultFolder;
}
