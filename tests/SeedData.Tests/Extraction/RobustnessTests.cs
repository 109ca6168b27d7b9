using System;
using System.Linq;
using System.Text;
using Xunit;

namespace SeedData.Tests.Extraction;

/// <summary>Extraction never throws, whatever the text: random mixes of marks, names, numbers and punctuation.</summary>
public class RobustnessTests
{
    private static readonly string[] Pieces =
    {
        "“", "”", "„", "«", "»", "‹", "›", "‘", "’", "'", "\"", " ", " ", " ", ".", ",", ":", "(", ")", "-", "’s", "'s", "\n\n", "\n",
        "said", "he", "she", "the", "of", "and", "The", "Minister", "Secretary of State", "Antony", "Blinken", "Wang", "US", "People", "Republic", "China",
        "INEC", "G20", "48C", "Ariane", "6", "Mr.", "U.S.", "D.C.", "according to", "told", "adding", "a", "spokesperson", "Party", "’90s", "don’t", "X", "é", "-speaking",
    };

    [Fact]
    public void Random_texts_never_throw_and_keep_their_invariants()
    {
        // FUZZ_SEED and FUZZ_RUNS let a developer search longer locally; CI uses the defaults.
        var random = new Random(int.Parse(Environment.GetEnvironmentVariable("FUZZ_SEED") ?? "20261128"));
        for (var run = 0; run < int.Parse(Environment.GetEnvironmentVariable("FUZZ_RUNS") ?? "3000"); run++)
        {
            var text = new StringBuilder("Headline ");
            var length = random.Next(1, 80);
            for (var i = 0; i < length; i++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    text.Append(' ');
                }
            }

            var (article, _) = ExtractionHelper.Extract(text.ToString());
            if (article is null)
            {
                continue;
            }

            var units = article.Units().ToList();
            var names = article.Entities.Select(e => e.Name).ToHashSet();
            foreach (var quote in article.Quotes)
            {
                Assert.InRange(quote.Unit, 0, units.Count - 1);
                if (quote.Offset >= 0)
                {
                    Assert.Equal(quote.Text, units[quote.Unit].Text.Substring(quote.Offset, quote.Text.Length));
                }

                Assert.True(quote.Speaker is null || names.Contains(quote.Speaker), text.ToString());
            }

            Assert.Equal(names.Count, article.Entities.Count);
        }
    }

    [Fact]
    public void Real_articles_with_marks_knocked_out_never_throw()
    {
        foreach (var file in System.IO.Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Gold", "dev"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var original = System.IO.File.ReadAllText(file);
            for (var every = 2; every <= 5; every++)
            {
                var text = new StringBuilder(original.Length);
                var marks = 0;
                foreach (var c in original)
                {
                    if (c is '“' or '”' or '"' or '‘' or '’' or '«' or '»' && ++marks % every == 0)
                    {
                        continue;
                    }

                    text.Append(c);
                }

                var (article, diagnostics) = ExtractionHelper.Extract(text.ToString());
                Assert.DoesNotContain(diagnostics, d => d.Descriptor.Id == "SEED9999");
                var units = article.Units().ToList();
                Assert.All(article.Quotes.Where(q => q.Offset >= 0), q => Assert.Equal(q.Text, units[q.Unit].Text.Substring(q.Offset, q.Text.Length)));
            }
        }
    }
}
