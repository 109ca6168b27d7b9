using System;
using System.IO;

namespace SeedData.Testing;

/// <summary>The repository checkout the tests run from.</summary>
public static class Repository
{
    /// <summary>The nearest folder above the running assembly that holds SeedData.sln.</summary>
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory);

    private static string FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SeedData.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("SeedData.sln not found above " + start);
    }
}
