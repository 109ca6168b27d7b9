using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>Finds the quotes, their speakers and the entities of one parsed article.</summary>
internal static class ArticleExtractor
{
    /// <summary>The longest quote text a SEED0011 message repeats.</summary>
    private const int MessageQuoteLength = 60;

    /// <summary>How many quotes without a speaker above the body are checked for repeating a quote with one (a teaser).</summary>
    private const int MaxTeasers = 16;

    public static SeedArticle Extract(SeedArticle article, Gazetteer? gazetteer, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var units = new List<SeedText>(article.Units());
        var isParagraph = ParagraphFlags(article, units.Count);

        var scanned = QuoteScanner.Scan(units, isParagraph, article.FilePath, diagnostics, cancellationToken);

        var tokenized = new List<UnitTokens>(units.Count);
        for (var u = 0; u < units.Count; u++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The photo credit names photographers and agencies, not what the article is about.
            var tokens = article.Credit is not null && ReferenceEquals(units[u], article.Credit)
                ? TokenLists.Rent()
                : Tokenizer.Tokenize(units[u].Text, TokenLists.Rent());

            var unreliable = isParagraph[u] ? EntityRecognizer.IsCapitalsOnly(tokens) : EntityRecognizer.HasUnreliableCase(tokens);
            tokenized.Add(new UnitTokens(u, units[u].Text, tokens, isParagraph[u], unreliable));
        }

        // Rows written one to a line are units of their own for the recognizer; quotes and speakers read whole units.
        var recognized = UnitLines.Split(units, tokenized, out var lineUnits);
        var entities = EntityRecognizer.Recognize(recognized, gazetteer, cancellationToken);
        UnitLines.MoveMentions(lineUnits);
        var notSpeech = QuoteFilter.NotSpeech(tokenized, scanned, out var titles);
        var speakers = SpeakerResolver.Resolve(tokenized, scanned, titles, cancellationToken);
        var quotes = ImmutableArray.CreateBuilder<SeedQuote>(scanned.Count);
        // A teaser stands above the body (headline block, display lines, lead) and has no speaker; each is compared
        // with every quote, so only the first few are.
        var lead = System.Array.IndexOf(isParagraph, true);
        var teasers = 0;
        for (var q = 0; q < scanned.Count; q++)
        {
            var quote = scanned[q];
            if (notSpeech[q] || (speakers[q] is null && quote.First.Unit <= lead && ++teasers <= MaxTeasers && QuoteRepeats.RepeatsASpokenQuote(scanned, speakers, notSpeech, q)))
            {
                continue;
            }

            var first = quote.First;
            var parts = ImmutableArray.CreateBuilder<UnitSlice>(quote.Parts.Count);
            foreach (var part in quote.Parts)
            {
                parts.Add(new UnitSlice(part.Unit, part.Start, part.End - part.Start));
            }

            var speaker = speakers[q]?.Root.Name;
            if (speaker is null)
            {
                var shown = quote.Text.Length > MessageQuoteLength ? quote.Text.Substring(0, MessageQuoteLength) + "…" : quote.Text;
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.SpeakerNotFound,
                    SeedSpan.Of(article.FilePath, units[first.Unit], first.MarkStart < 0 ? first.Start : first.MarkStart, 1),
                    shown.Replace('\n', ' ')));
            }

            quotes.Add(new SeedQuote(quote.Text, new EquatableArray<UnitSlice>(parts.MoveToImmutable()), quote.Line, speaker));
        }

        var seedEntities = ImmutableArray.CreateBuilder<SeedEntity>(entities.Count);
        foreach (var entity in entities)
        {
            seedEntities.Add(new SeedEntity(entity.Name, entity.Kind, Aliases(entity)));
        }

        TokenLists.Return(tokenized);
        return article with { Quotes = quotes.ToEquatableArray(), Entities = seedEntities.ToEquatableArray() };
    }

    /// <summary>The entity's other spellings in ordinal order (a set's members: no two alike).</summary>
    private static EquatableArray<string> Aliases(ArticleEntity entity)
    {
        var aliases = ImmutableArray.CreateBuilder<string>(entity.Surfaces.Count - (entity.Surfaces.Contains(entity.Name) ? 1 : 0));
        foreach (var surface in entity.Surfaces)
        {
            if (surface != entity.Name)
            {
                aliases.Add(surface);
            }
        }

        aliases.Sort(System.StringComparer.Ordinal);
        return new EquatableArray<string>(aliases.MoveToImmutable());
    }

    /// <summary>Which units are the lead or body paragraphs (headline, kicker, subheadline, caption, credit and headings are not).</summary>
    private static bool[] ParagraphFlags(SeedArticle article, int count)
    {
        var flags = new bool[count];
        var index = 1;
        foreach (var unit in new[] { article.Kicker, article.Subheadline, article.Caption, article.Credit })
        {
            if (unit is not null)
            {
                index++;
            }
        }

        if (article.Lead is not null)
        {
            flags[index++] = true;
        }

        foreach (var section in article.Sections)
        {
            if (section.Heading is not null)
            {
                index++;
            }

            foreach (var _ in section.Paragraphs)
            {
                flags[index++] = true;
            }
        }

        return flags;
    }
}
