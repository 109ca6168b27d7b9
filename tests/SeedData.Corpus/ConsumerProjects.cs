using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
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
        ConsumerProject.Write(folder, "ResourceApp", SeedDataReference.None, ResourceAppFiles(), projectXml: ResourceItems(seedFolder));

    /// <summary>
    /// What issue 14's constraint costs on its own: the EmbeddedResource app plus one documented property per
    /// seed (its summary the seed's first line), written by hand, with no generator, no extraction and no
    /// package targets. No generator that keeps every article a documented property can build faster than this.
    /// </summary>
    public static string WriteDocumentedPropertiesApp(string folder, string seedFolder)
    {
        const int PropertiesPerFile = 400;
        var seeds = Directory.GetFiles(seedFolder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var files = ResourceAppFiles();
        for (var start = 0; start < seeds.Count; start += PropertiesPerFile)
        {
            var text = new StringBuilder("namespace Floor\n{\n    internal static partial class Articles\n    {\n");
            for (var i = start; i < Math.Min(start + PropertiesPerFile, seeds.Count); i++)
            {
                var headline = File.ReadLines(seeds[i]).FirstOrDefault() ?? string.Empty;
                text.Append("        /// <summary>").Append(SecurityElement.Escape(headline.Trim())).Append("</summary>\n")
                    .Append("        public static string Article").Append(i).Append(" => Store.Get(").Append(i).Append(");\n\n");
            }

            files["Floor/Articles." + (start / PropertiesPerFile) + ".cs"] = text.Append("    }\n}\n").ToString();
        }

        files["Floor/Store.cs"] = """
            namespace Floor
            {
                internal static class Store
                {
                    public static string Get(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            """;
        return ConsumerProject.Write(folder, "ResourceApp", SeedDataReference.None, files, projectXml: ResourceItems(seedFolder));
    }

    private static string ResourceItems(string seedFolder) => $"<ItemGroup><EmbeddedResource Include=\"{seedFolder}/*.txt\" /></ItemGroup>";

    private static Dictionary<string, string> ResourceAppFiles() => new()
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
    };
}
