using System.Collections.Generic;
using SeedData.Testing;

namespace SeedData.Corpus;

/// <summary>
/// Throw-away consumer projects for the scale test and the build-time comparison: an app that uses
/// SeedData from this repository's sources (like src/SeedData.Sample), and the same app's usual
/// alternative that embeds the seed files as resources. Both build warning-free with warnings as errors.
/// </summary>
public static class ConsumerProjects
{
    /// <summary>
    /// A console app using the generated <c>Articles</c> over the seeds in <paramref name="seedFolder"/>.
    /// It prints the article count, checks <c>Find</c> against <c>All</c> and prints the last headline.
    /// </summary>
    public static string WriteSeedDataApp(string folder, string seedFolder) =>
        ConsumerProject.Write(folder, "SeedApp", SeedDataReference.Sources(), new Dictionary<string, string>
        {
            ["Program.cs"] = """
                using System;
                using SeedData;

                var all = Articles.All;
                var last = all[all.Count - 1];
                if (!ReferenceEquals(Articles.Find(last.Id), last))
                {
                    Console.WriteLine("Find and All disagree");
                    return 1;
                }

                Console.WriteLine("articles: " + all.Count);
                Console.WriteLine("last: " + last.Headline);
                Console.WriteLine("quotes in last: " + last.Quotes.Count);
                return 0;
                """,
        }, projectXml: $"<PropertyGroup><SeedDataSeeds>{seedFolder}/*.txt</SeedDataSeeds></PropertyGroup>");

    /// <summary>The alternative: the same seeds as embedded resources, read at run time. It prints the resource count.</summary>
    public static string WriteEmbeddedResourceApp(string folder, string seedFolder) =>
        ConsumerProject.Write(folder, "ResourceApp", SeedDataReference.None, new Dictionary<string, string>
        {
            ["Program.cs"] = """
                using System;
                using System.IO;
                using System.Reflection;

                var assembly = Assembly.GetExecutingAssembly();
                var names = assembly.GetManifestResourceNames();
                using var reader = new StreamReader(assembly.GetManifestResourceStream(names[names.Length - 1])!);
                Console.WriteLine("articles: " + names.Length);
                Console.WriteLine("last: " + reader.ReadLine());
                return 0;
                """,
        }, projectXml: $"<ItemGroup><EmbeddedResource Include=\"{seedFolder}/*.txt\" /></ItemGroup>");
}
