using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedData.Generator.Model;

namespace SeedData.Training;

/// <summary>A name in annotated text: tokens [Start, End) of a sentence, and its kind (null: a mention the gold types as none of ours, neither right nor wrong).</summary>
internal readonly record struct GoldSpan(int Start, int End, EntityKind? Kind);

internal sealed record AnnotatedSentence(string[] Tokens, List<GoldSpan> Spans);

/// <summary>One document of a training set, with the set's name for the held-back fold and the report.</summary>
internal sealed record AnnotatedDocument(string Set, string Id, List<AnnotatedSentence> Sentences);

/// <summary>
/// Reads the three training sets of ../shared/train/ner (their README describes the formats):
/// wikigold (CoNLL IO tags, -DOCSTART- between documents), the Broad Twitter Corpus (BIO, one tweet
/// per sentence; a document is a tweet) and the GUM interviews (every mention typed, named or not:
/// only mentions with a capitalised word count as names).
/// </summary>
internal static class AnnotatedCorpus
{
    public static List<AnnotatedDocument> Read(string folder)
    {
        var documents = new List<AnnotatedDocument>();
        var wikigold = Path.Combine(folder, "wikigold", "wikigold.conll");
        var btc = Path.Combine(folder, "btc");
        var gum = Path.Combine(folder, "gum");
        if (!File.Exists(wikigold) || !Directory.Exists(btc) || !Directory.Exists(gum))
        {
            throw new DirectoryNotFoundException("Training data is absent: expected wikigold/wikigold.conll, btc/ and gum/ under " + folder + " (../shared/train/ner).");
        }

        documents.AddRange(ReadWikigold(wikigold));
        foreach (var file in Directory.GetFiles(btc, "*.conll").OrderBy(f => f, StringComparer.Ordinal))
        {
            documents.AddRange(ReadBtc(file));
        }

        foreach (var file in Directory.GetFiles(gum, "*.tsv").OrderBy(f => f, StringComparer.Ordinal))
        {
            documents.Add(ReadGum(file));
        }

        return documents;
    }

    private static IEnumerable<AnnotatedDocument> ReadWikigold(string path)
    {
        var sentences = new List<AnnotatedSentence>();
        var number = 0;
        foreach (var block in Sentences(path, ' '))
        {
            if (block.Count == 1 && block[0].Token == "-DOCSTART-")
            {
                if (sentences.Count > 0)
                {
                    yield return new AnnotatedDocument("wikigold", "wikigold-" + number++, sentences);
                }

                sentences = new List<AnnotatedSentence>();
                continue;
            }

            sentences.Add(Sentence(block, ConllKind));
        }

        if (sentences.Count > 0)
        {
            yield return new AnnotatedDocument("wikigold", "wikigold-" + number, sentences);
        }
    }

    private static IEnumerable<AnnotatedDocument> ReadBtc(string path)
    {
        var number = 0;
        var name = Path.GetFileNameWithoutExtension(path);
        foreach (var block in Sentences(path, '\t'))
        {
            yield return new AnnotatedDocument("btc", "btc-" + name + "-" + number++, new List<AnnotatedSentence> { Sentence(block, ConllKind) });
        }
    }

    private static AnnotatedDocument ReadGum(string path)
    {
        var sentences = new List<AnnotatedSentence>();
        foreach (var block in Sentences(path, '\t'))
        {
            var sentence = Sentence(block, GumKind, gum: true);
            sentences.Add(sentence);
        }

        return new AnnotatedDocument("gum", Path.GetFileNameWithoutExtension(path), sentences);
    }

    /// <summary>A sentence's spans: maximal runs of one type, a B- tag starting a new one.</summary>
    private static AnnotatedSentence Sentence(List<(string Token, string Tag)> block, Func<string, (bool IsName, EntityKind? Kind)> kindOf, bool gum = false)
    {
        var tokens = block.Select(b => b.Token).ToArray();
        var spans = new List<GoldSpan>();
        var i = 0;
        while (i < block.Count)
        {
            var type = TypeOf(block[i].Tag);
            if (type is null)
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < block.Count && TypeOf(block[end].Tag) == type && !block[end].Tag.StartsWith("B-", StringComparison.Ordinal))
            {
                end++;
            }

            var (isName, kind) = kindOf(type);
            var start = i;
            if (gum)
            {
                // GUM types every mention ("the University of Helsinki", "my jersey"): a name has a capital
                // after its first word or is a capitalised word not opening the sentence; its article is not part of it.
                while (start < end - 1 && tokens[start] is "the" or "The" or "a" or "A" or "an" or "An" or "his" or "her" or "their" or "its" or "our" or "my")
                {
                    start++;
                }

                isName &= Enumerable.Range(start, end - start).Any(k => tokens[k].Length > 0 && char.IsUpper(tokens[k][0]) && (k > 0 || end - start > 1));
            }

            if (isName)
            {
                spans.Add(new GoldSpan(start, end, kind));
            }

            i = end;
        }

        return new AnnotatedSentence(tokens, spans);
    }

    private static string? TypeOf(string tag)
    {
        if (tag is "" or "O" or "_")
        {
            return null;
        }

        return tag.Length > 2 && tag[1] == '-' ? tag.Substring(2) : tag;
    }

    private static (bool, EntityKind?) ConllKind(string type) => type switch
    {
        "PER" => (true, EntityKind.Person),
        "ORG" => (true, EntityKind.Organization),
        "LOC" => (true, EntityKind.Location),
        "MISC" => (true, EntityKind.Other),
        _ => (false, null),
    };

    /// <summary>
    /// GUM's person, organization and place are ours. A capitalised mention of another type (an event,
    /// a work, an abstract idea) is not reliably what we call Other, so it is left out: neither taught
    /// as a kind nor as "no entity".
    /// </summary>
    private static (bool, EntityKind?) GumKind(string type) => type switch
    {
        "person" => (true, EntityKind.Person),
        "organization" => (true, EntityKind.Organization),
        "place" => (true, EntityKind.Location),
        "time" or "quantity" => (false, null),
        _ => (true, null),
    };

    private static IEnumerable<List<(string Token, string Tag)>> Sentences(string path, char separator)
    {
        var block = new List<(string, string)>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                if (block.Count > 0)
                {
                    yield return block;
                    block = new List<(string, string)>();
                }

                continue;
            }

            var split = line.LastIndexOf(separator);
            if (split <= 0)
            {
                split = line.LastIndexOfAny(new[] { ' ', '\t' });
            }

            block.Add(split <= 0 ? (line, "O") : (line.Substring(0, split), line.Substring(split + 1).Trim()));
        }

        if (block.Count > 0)
        {
            yield return block;
        }
    }
}
