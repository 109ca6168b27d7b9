namespace SeedData;

/// <summary>A direct quotation found in an article.</summary>
/// <param name="Text">The quoted words, verbatim, without the quotation marks.</param>
/// <param name="Speaker">Who said it, when the article says so; the same instance as in the entity table.</param>
/// <param name="ArticleId">The <see cref="Article.Id"/> of the article the quote comes from.</param>
/// <param name="Line">The 1-based line of the seed file where the opening quotation mark stands.</param>
public sealed record Quote(string Text, Entity? Speaker, string ArticleId, int Line);
