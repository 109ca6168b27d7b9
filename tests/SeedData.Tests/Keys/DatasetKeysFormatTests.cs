using System.Linq;
using CsCheck;
using SeedData.Generator.Analyzers;
using SeedData.Generator.Emit;
using SeedData.Generator.Model;
using Xunit;

namespace SeedData.Tests.Keys;

/// <summary>The keys string: what KeysEmitter writes, DatasetKeys reads back exactly; anything else reads as null, never throws.</summary>
public class DatasetKeysFormatTests
{
    private static readonly Gen<string> Text = Gen.String[Gen.Char, 0, 12];

    [Fact]
    public void Article_keys_round_trip_whatever_characters_they_hold()
    {
        Gen.Select(Text, Text, Text).Array[0, 6].Sample(rows =>
        {
            var articles = rows.Select((r, i) => new ArticleKeyInfo("/p/" + i, r.Item1, r.Item2, r.Item3)).ToEquatableArray();
            var keys = DatasetKeys.Parse(KeysEmitter.ArticlesKeys(articles))!;

            Assert.False(keys.IsEntities);
            Assert.Equal(rows.Select(r => new DatasetKey(r.Item1, r.Item2, r.Item3, null)), keys.Keys);
        });
    }

    [Fact]
    public void Entity_keys_list_each_name_then_its_aliases_with_kind_and_article_count()
    {
        var entities = new[]
        {
            new EntityKeyInfo("Antony Blinken", "AntonyBlinken", SeedData.Generator.Model.EntityKind.Person, 3, new[] { "Blinken", "Tony: 12:3" }.ToEquatableArray()),
            new EntityKeyInfo("Berlin", "Berlin", SeedData.Generator.Model.EntityKind.Location, 1, EquatableArray<string>.Empty),
        }.ToEquatableArray();

        var keys = DatasetKeys.Parse(KeysEmitter.EntitiesKeys(entities))!;

        Assert.True(keys.IsEntities);
        Assert.Equal(
            new[]
            {
                new DatasetKey("Antony Blinken", "AntonyBlinken", "Person, 3 articles", null),
                new DatasetKey("Blinken", "AntonyBlinken", "Person, 3 articles", "Antony Blinken"),
                new DatasetKey("Tony: 12:3", "AntonyBlinken", "Person, 3 articles", "Antony Blinken"),
                new DatasetKey("Berlin", "Berlin", "Location, 1 article", null),
            },
            keys.Keys);
        Assert.Equal("AntonyBlinken", keys.Find("tony: 12:3")?.Member);
    }

    [Fact]
    public void Truncated_or_foreign_strings_read_as_null_or_as_their_whole_records_and_never_throw()
    {
        var full = KeysEmitter.ArticlesKeys(new[] { new ArticleKeyInfo("/p", "a:1", "M", "Headline") }.ToEquatableArray());
        var header = KeysEmitter.ArticlesKeys(EquatableArray<ArticleKeyInfo>.Empty).Length;
        for (var length = 0; length < full.Length; length++)
        {
            var keys = DatasetKeys.Parse(full.Substring(0, length));
            Assert.True(length == header ? keys?.Keys.Count == 0 : keys is null, "cut at " + length);
        }

        Gen.String.Sample(text => DatasetKeys.Parse(text));
        Assert.Null(DatasetKeys.Parse("SeedDataArticles/2"));
        Assert.Null(DatasetKeys.Parse("18:SeedDataArticles/9"));
    }

    [Theory]
    [InlineData("Blinkne", "Blinken", 1)]
    [InlineData("Blinken", "Blinken", 0)]
    [InlineData("Blnkn", "Blinken", 2)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abc", "", 3)]
    public void Distance_counts_edits_and_a_swap_of_neighbours_as_one(string a, string b, int distance)
    {
        Assert.Equal(distance, KeySuggestions.Distance(a, b, 10));
        Assert.Equal(distance, KeySuggestions.Distance(b, a, 10));
        Assert.Equal(distance, KeySuggestions.Distance(a, b, distance));
        if (distance > 0)
        {
            Assert.Equal(distance, KeySuggestions.Distance(a, b, distance - 1)); // over the limit: limit + 1
        }
    }

    [Fact]
    public void Distance_within_a_band_equals_the_full_distance_wherever_it_is_within_the_limit()
    {
        Gen.Select(Gen.String[Gen.Char['a', 'd'], 0, 9], Gen.String[Gen.Char['a', 'd'], 0, 9], Gen.Int[0, 4]).Sample((a, b, limit) =>
        {
            var full = KeySuggestions.Distance(a, b, 20);
            Assert.Equal(full <= limit ? full : limit + 1, KeySuggestions.Distance(a, b, limit));
        });
    }

    [Fact]
    public void Suggestions_are_at_most_three_closest_first_case_mistakes_before_typos()
    {
        var articles = new[] { "2024/note", "2024/Note1", "2024/nose", "2024/vote", "2024/notes", "2025/note" }
            .Select((id, i) => new ArticleKeyInfo("/p/" + i, id, "M" + i, "H")).ToEquatableArray();
        var keys = DatasetKeys.Parse(KeysEmitter.ArticlesKeys(articles))!;

        Assert.Equal(new[] { "2024/note", "2024/Note1", "2024/nose" }, KeySuggestions.For("2024/NOTE", keys));
        Assert.Empty(KeySuggestions.For("budget", keys));
    }
}
