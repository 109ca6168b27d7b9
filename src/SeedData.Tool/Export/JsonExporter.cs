using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SeedData.Tool.Export;

/// <summary>The export formats of <c>seeddata export</c>.</summary>
internal enum ExportFormat
{
    /// <summary>One JSON document: <c>{ "articles": [...], "entities": [...] }</c>.</summary>
    Json,

    /// <summary>JSON Lines: one article or entity a line, each with <c>"type"</c>.</summary>
    Jsonl,

    /// <summary>JSON-LD with the schema.org vocabulary, one <c>@graph</c>.</summary>
    Jsonld,
}

/// <summary>
/// Writes a <see cref="Dataset"/> as JSON. Every field is written, null or not, in a fixed order, so the
/// same seeds give the same bytes (LF line ends, no timestamps, no machine paths).
/// </summary>
internal static class JsonExporter
{
    public const string ArticleIriPrefix = "urn:seeddata:article:";
    public const string EntityIriPrefix = "urn:seeddata:entity:";

    private static readonly JsonWriterOptions Indented = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream stream, Dataset dataset, ExportFormat format)
    {
        switch (format)
        {
            case ExportFormat.Json:
                WriteJson(stream, dataset);
                break;
            case ExportFormat.Jsonl:
                WriteJsonLines(stream, dataset);
                break;
            default:
                WriteJsonLd(stream, dataset);
                break;
        }
    }

    private static void WriteJson(Stream stream, Dataset dataset)
    {
        using (var json = new Utf8JsonWriter(stream, Indented))
        {
            json.WriteStartObject();
            json.WriteStartArray("articles");
            foreach (var article in dataset.Articles)
            {
                WriteArticle(json, article);
            }

            json.WriteEndArray();
            json.WriteStartArray("entities");
            foreach (var entity in dataset.Entities)
            {
                WriteEntity(json, entity);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteJsonLines(Stream stream, Dataset dataset)
    {
        foreach (var article in dataset.Articles)
        {
            using (var json = new Utf8JsonWriter(stream, Compact))
            {
                WriteArticle(json, article, "article");
            }

            stream.WriteByte((byte)'\n');
        }

        foreach (var entity in dataset.Entities)
        {
            using (var json = new Utf8JsonWriter(stream, Compact))
            {
                WriteEntity(json, entity, "entity");
            }

            stream.WriteByte((byte)'\n');
        }
    }

    private static void WriteArticle(Utf8JsonWriter json, DataArticle article, string? type = null)
    {
        json.WriteStartObject();
        if (type is not null)
        {
            json.WriteString("type", type);
        }

        json.WriteString("id", article.Id);
        json.WriteString("member", article.Member);
        json.WriteString("file", article.File);
        json.WriteString("headline", article.Headline);
        json.WriteString("kicker", article.Kicker);
        json.WriteString("subheadline", article.Subheadline);
        json.WriteString("lead", article.Lead);
        json.WriteString("caption", article.Caption);
        json.WriteString("credit", article.Credit);
        json.WriteString("source", article.Source);
        json.WriteStartArray("sections");
        foreach (var section in article.Sections)
        {
            json.WriteStartObject();
            json.WriteString("heading", section.Heading);
            json.WriteStartArray("paragraphs");
            foreach (var paragraph in section.Paragraphs)
            {
                json.WriteStringValue(paragraph);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("quotes");
        foreach (var quote in article.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", quote.Text);
            json.WriteNumber("line", quote.Line);
            json.WriteString("speaker", quote.Speaker?.Name);
            json.WriteString("speakerKind", quote.Speaker?.Kind);
            json.WriteString("speakerKey", quote.Speaker?.Key);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("entities");
        foreach (var entity in article.Entities)
        {
            json.WriteStringValue(entity.Key);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter json, DataEntity entity, string? type = null)
    {
        json.WriteStartObject();
        if (type is not null)
        {
            json.WriteString("type", type);
        }

        json.WriteString("key", entity.Key);
        json.WriteString("name", entity.Name);
        json.WriteString("kind", entity.Kind);
        WriteStrings(json, "aliases", entity.Aliases);
        WriteStrings(json, "articleIds", entity.Articles.Select(a => a.Id));
        json.WriteStartArray("quotes");
        foreach (var quote in entity.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("articleId", quote.Article.Id);
            json.WriteNumber("index", quote.Index);
            json.WriteString("text", quote.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// JSON-LD 1.1 with the schema.org vocabulary as <c>@vocab</c> (so the document expands without
    /// fetching a remote context): NewsArticle, Quotation (<c>spokenByCharacter</c> and <c>creator</c>
    /// for the speaker, <c>isPartOf</c> its article), Person, Organization, Place and Thing, linked by
    /// <c>mentions</c>; one <c>@graph</c>. Node ids are URNs made from article ids and entity keys.
    /// </summary>
    private static void WriteJsonLd(Stream stream, Dataset dataset)
    {
        using (var json = new Utf8JsonWriter(stream, Indented))
        {
            json.WriteStartObject();
            json.WriteStartObject("@context");
            json.WriteString("@vocab", "https://schema.org/");
            json.WriteEndObject();
            json.WriteStartArray("@graph");
            foreach (var article in dataset.Articles)
            {
                json.WriteStartObject();
                json.WriteString("@id", ArticleIri(article));
                json.WriteString("@type", "NewsArticle");
                json.WriteString("identifier", article.Id);
                json.WriteString("headline", article.Headline);
                WriteOptional(json, "alternativeHeadline", article.Subheadline);
                WriteOptional(json, "articleSection", article.Kicker);
                WriteOptional(json, "description", article.Lead);
                json.WriteString("articleBody", string.Join("\n\n", Body(article)));
                if (article.Caption is not null || article.Credit is not null)
                {
                    json.WriteStartObject("image");
                    json.WriteString("@type", "ImageObject");
                    WriteOptional(json, "caption", article.Caption);
                    WriteOptional(json, "creditText", article.Credit);
                    json.WriteEndObject();
                }

                if (article.Source is not null)
                {
                    json.WriteStartObject("publisher");
                    json.WriteString("@type", "Organization");
                    json.WriteString("name", article.Source);
                    json.WriteEndObject();
                }

                WriteIds(json, "mentions", article.Entities.Select(EntityIri));
                WriteIds(json, "hasPart", article.Quotes.Select(QuoteIri));
                json.WriteEndObject();
            }

            foreach (var quote in dataset.Quotes)
            {
                json.WriteStartObject();
                json.WriteString("@id", QuoteIri(quote));
                json.WriteString("@type", "Quotation");
                json.WriteString("text", quote.Text);
                json.WriteNumber("position", quote.Index + 1);
                WriteId(json, "isPartOf", ArticleIri(quote.Article));
                if (quote.Speaker is { } speaker)
                {
                    WriteId(json, "spokenByCharacter", EntityIri(speaker));
                    WriteId(json, "creator", EntityIri(speaker));
                }

                json.WriteEndObject();
            }

            foreach (var entity in dataset.Entities)
            {
                json.WriteStartObject();
                json.WriteString("@id", EntityIri(entity));
                json.WriteString("@type", SchemaType(entity.Kind));
                json.WriteString("name", entity.Name);
                if (entity.Aliases.Count > 0)
                {
                    WriteStrings(json, "alternateName", entity.Aliases);
                }

                WriteIds(json, "subjectOf", entity.Articles.Select(ArticleIri));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>The schema.org type of an entity kind.</summary>
    public static string SchemaType(string kind) => kind switch
    {
        "Person" => "Person",
        "Organization" => "Organization",
        "Location" => "Place",
        _ => "Thing",
    };

    public static string ArticleIri(DataArticle article) => ArticleIriPrefix + Uri.EscapeDataString(article.Id);

    public static string QuoteIri(DataQuote quote) => ArticleIri(quote.Article) + "#quote-" + (quote.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string EntityIri(DataEntity entity) => EntityIriPrefix + Uri.EscapeDataString(entity.Key);

    private static IEnumerable<string> Body(DataArticle article)
    {
        foreach (var section in article.Sections)
        {
            if (section.Heading is not null)
            {
                yield return section.Heading;
            }

            foreach (var paragraph in section.Paragraphs)
            {
                yield return paragraph;
            }
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteId(Utf8JsonWriter json, string name, string id)
    {
        json.WriteStartObject(name);
        json.WriteString("@id", id);
        json.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IEnumerable<string> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteStartObject();
            json.WriteString("@id", id);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
