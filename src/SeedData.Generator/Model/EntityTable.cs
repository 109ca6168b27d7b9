using System.Collections.Immutable;

namespace SeedData.Generator.Model;

/// <summary>What the entity table needs from one article: its entities and who speaks each quote.</summary>
internal sealed record ArticleEntities(string FilePath, string Id, EquatableArray<SeedEntity> Entities, EquatableArray<QuoteSpeaker> Speakers)
{
    public static ArticleEntities From(SeedArticle article)
    {
        var speakers = ImmutableArray.CreateBuilder<QuoteSpeaker>();
        for (var i = 0; i < article.Quotes.Count; i++)
        {
            if (article.Quotes[i].Speaker is { } speaker)
            {
                speakers.Add(new QuoteSpeaker(i, speaker, article.Quotes[i].Text));
            }
        }

        return new ArticleEntities(article.FilePath, article.Id, article.Entities, speakers.ToEquatableArray());
    }
}

/// <summary>Quote <paramref name="QuoteIndex"/> of an article is spoken by the article's entity named <paramref name="Speaker"/>.</summary>
/// <param name="Text">The quote's words, for the speaker's documentation.</param>
internal sealed record QuoteSpeaker(int QuoteIndex, string Speaker, string Text);

/// <summary>The corpus-wide, deduplicated entity table.</summary>
internal sealed record EntityTable(string Namespace, EquatableArray<TableEntity> Entities);

/// <summary>One merged entity.</summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Kind">The kind.</param>
/// <param name="MemberName">The property on the generated Entities class.</param>
/// <param name="Aliases">Every other name the corpus uses for it, sorted.</param>
/// <param name="Articles">The corpus indices of the articles that mention it, in corpus order.</param>
/// <param name="LocalNames">The names articles use for it before merging, which Entities.Resolve maps here.</param>
/// <param name="Quotes">Its quotes, as (article member, quote index), in corpus order.</param>
/// <param name="OtherKindNames">Local names an article gave another kind before the merge ("Blinken" read as an organisation), which Resolve maps here whatever the kind.</param>
internal sealed record TableEntity(
    string Name,
    EntityKind Kind,
    string MemberName,
    EquatableArray<string> Aliases,
    EquatableArray<int> Articles,
    EquatableArray<string> LocalNames,
    EquatableArray<QuoteReference> Quotes,
    EquatableArray<string> OtherKindNames = default);

/// <summary>Quote <paramref name="Index"/> of the article <c>Articles.<paramref name="ArticleMember"/></c>, number <paramref name="Article"/> in corpus order.</summary>
/// <param name="Text">The quote's words, for the speaker's documentation.</param>
internal sealed record QuoteReference(string ArticleMember, int Article, int Index, string Text);
