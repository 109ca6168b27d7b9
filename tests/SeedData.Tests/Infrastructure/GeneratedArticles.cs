using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SeedData.Tests.Infrastructure;

/// <summary>
/// The article members in generated sources. Articles are generated in files by the first letter of their
/// member names (<c>Articles.B.g.cs</c>), so a member is found by its property, not by a file name.
/// </summary>
public static class GeneratedArticles
{
    // An article property reads its file's slots; a former name's property only forwards to the new name.
    private static readonly Regex Property = new(@"public static global::SeedData\.Article (\S+) => __SeedArticles_\w+\.Slots\[", RegexOptions.CultureInvariant);

    // What follows the last article of a file: the class holding the file's slots and layouts.
    private const string Holder = "[global::SeedData.Runtime.ArticleLayouts(";

    /// <summary>Every article member, sorted ordinally.</summary>
    public static List<string> Members(IReadOnlyDictionary<string, string> sources) =>
        ArticleFiles(sources)
            .SelectMany(text => Property.Matches(text).Select(m => m.Groups[1].Value))
            .OrderBy(m => m, StringComparer.Ordinal)
            .ToList();

    /// <summary>The generated text of one article: its doc comment, property and former names.</summary>
    public static string Source(IReadOnlyDictionary<string, string> sources, string member)
    {
        var marker = "public static global::SeedData.Article " + member + " => __SeedArticles_";
        var text = ArticleFiles(sources).Single(t => t.Contains(marker, StringComparison.Ordinal));
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        var start = text.LastIndexOf("/// <summary>", at, StringComparison.Ordinal);
        var end = text.IndexOf(Holder, at, StringComparison.Ordinal);
        var next = text.IndexOf("/// <summary>", at, StringComparison.Ordinal);
        var formerOrEnd = next < 0 || next > end ? end : next;

        // Former names follow the property and name the member in their summary; the next article's docs do not.
        while (next >= 0 && next < end && text.IndexOf("Former name of", next, StringComparison.Ordinal) == next + "/// <summary>".Length)
        {
            next = text.IndexOf("/// <summary>", next + 1, StringComparison.Ordinal);
            formerOrEnd = next < 0 || next > end ? end : next;
        }

        return text.Substring(start, formerOrEnd - start);
    }

    private static IEnumerable<string> ArticleFiles(IReadOnlyDictionary<string, string> sources) =>
        sources.Where(s => s.Key.StartsWith("Articles.", StringComparison.Ordinal) && s.Key != "Articles.g.cs").Select(s => s.Value);
}
