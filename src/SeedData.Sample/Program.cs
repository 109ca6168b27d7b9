using System;
using System.Linq;
using SeedData;

// Prints every article of the repository's seeds/ folder, as the generator built them at compile time.
foreach (var article in Articles.All)
{
    Console.WriteLine(new string('=', 78));
    Console.WriteLine(article.Headline);
    Console.WriteLine(new string('=', 78));
    Print("Id", article.Id);
    Print("Kicker", article.Kicker);
    Print("Subheadline", article.Subheadline);
    Print("Caption", article.Caption);
    Print("Credit", article.Credit);
    Print("Source", article.Source);
    Print("Lead", article.Lead);

    var paragraphs = article.Sections.Sum(s => s.Paragraphs.Count);
    Console.WriteLine($"Body: {paragraphs} paragraphs in {article.Sections.Count} sections");
    foreach (var section in article.Sections)
    {
        Console.WriteLine($"  ## {section.Heading ?? "(opening section)"}");
        foreach (var paragraph in section.Paragraphs)
        {
            Console.WriteLine($"  - {Shorten(paragraph, 100)}");
        }
    }

    Console.WriteLine($"Quotes ({article.Quotes.Count}):");
    foreach (var quote in article.Quotes)
    {
        Console.WriteLine($"  line {quote.Line,3}: “{Shorten(quote.Text, 80)}” — {quote.Speaker?.Name ?? "(speaker unknown)"}");
    }

    Console.WriteLine($"Entities ({article.Entities.Count}):");
    foreach (var entity in article.Entities)
    {
        var aliases = entity.Aliases.Count > 0 ? $" (also {string.Join(", ", entity.Aliases)})" : "";
        Console.WriteLine($"  {entity.Kind,-12} {entity.Name}{aliases}");
    }

    Console.WriteLine();
}

Console.WriteLine($"{Articles.All.Count} articles, {Entities.All.Count} entities in the corpus.");

// A member name pinned in SeedData.Sample.csproj (docs/naming.md): stable whatever the headline says.
Console.WriteLine($"Pinned: Articles.MeaslesEurope is {Articles.MeaslesEurope.Id}.");

static void Print(string label, string? value)
{
    if (value is not null)
    {
        Console.WriteLine($"{label}: {value}");
    }
}

static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
