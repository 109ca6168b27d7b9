using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SeedData.Corpus;

/// <summary>A synthetic seed: the file name without extension, and the text.</summary>
public sealed record SyntheticSeed(string Id, string Text)
{
    public string FileName => Id + ".txt";
}

/// <summary>
/// Makes news-shaped seeds for scale tests and benchmarks. Article <c>i</c> of seed number <c>s</c>
/// is always the same text (its own random stream, not a shared one), so a test can build one article
/// without the ones before it, and a benchmark run is reproducible on any machine.
/// Every article has a headline, kicker, subheadline, caption, © credit, lead, three to five sections
/// with headings, quotes in the styles “…” "…" „…“ «…» and ‘…’ inside “…”, speakers named in full and
/// then by surname, and people, organisations and places. Headlines are unique in their first words,
/// so generated member names never collide (a collision is a warning, and consumers build with
/// warnings as errors). The names are made up; no text comes from real articles.
/// </summary>
public static class CorpusSynthesizer
{
    /// <summary>The seed number the tests and benchmarks use unless they say otherwise.</summary>
    public const int DefaultSeed = 5;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Articles 0 to <paramref name="count"/> - 1.</summary>
    public static IEnumerable<SyntheticSeed> Articles(int count, int seed = DefaultSeed)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Article(i, seed);
        }
    }

    /// <summary>Article number <paramref name="index"/>.</summary>
    public static SyntheticSeed Article(int index, int seed = DefaultSeed)
    {
        var writer = new ArticleWriter(new Prng(seed, index), index);
        return writer.Write(minimumBytes: 0);
    }

    /// <summary>
    /// One article of at least <paramref name="minimumBytes"/> UTF-8 bytes: the usual header, then as
    /// many sections as it takes (the extraction benchmark's 1 MB article).
    /// </summary>
    public static SyntheticSeed LongArticle(int minimumBytes, int seed = DefaultSeed) =>
        new ArticleWriter(new Prng(seed, -1), 0).Write(minimumBytes);

    /// <summary>
    /// A seed whose body is one paragraph of <paramref name="characters"/> characters (no line break)
    /// where every fourth opening quote mark is never closed: the extractor's worst case for looking
    /// ahead for a closing mark.
    /// </summary>
    public static SyntheticSeed UnbalancedParagraph(int characters, int seed = DefaultSeed)
    {
        var random = new Prng(seed, -2);
        var words = new Words(random);
        var paragraph = new StringBuilder(characters + 200);
        var quote = 0;
        while (paragraph.Length < characters)
        {
            var style = QuoteStyles[quote % QuoteStyles.Length];
            var text = words.Clause();
            if (quote++ % 4 == 0)
            {
                paragraph.Append(style.Open).Append(text).Append(", said ").Append(words.FullName()).Append(". ");
            }
            else
            {
                paragraph.Append(style.Open).Append(text).Append(',').Append(style.Close).Append(" said ").Append(words.FullName()).Append(". ");
            }

            paragraph.Append(words.Sentence()).Append(' ');
        }

        var body = paragraph.ToString(0, characters).TrimEnd();
        return new SyntheticSeed("unbalanced-paragraph", "Council hears long statement on harbour plans\n\n" + body + "\n");
    }

    /// <summary>Writes articles 0 to <paramref name="count"/> - 1 into <paramref name="directory"/>; returns the bytes written.</summary>
    public static long WriteTo(string directory, int count, int seed = DefaultSeed)
    {
        Directory.CreateDirectory(directory);
        long bytes = 0;
        foreach (var article in Articles(count, seed))
        {
            var data = Utf8.GetBytes(article.Text);
            File.WriteAllBytes(Path.Combine(directory, article.FileName), data);
            bytes += data.Length;
        }

        return bytes;
    }

    /// <summary>The UTF-8 size of a text, as it is on disk.</summary>
    public static int ByteCount(string text) => Utf8.GetByteCount(text);

    private static readonly (string Open, string Close)[] QuoteStyles =
    {
        ("“", "”"), ("\"", "\""), ("„", "“"), ("«", "»"),
    };

    private sealed class ArticleWriter
    {
        private readonly Prng _random;
        private readonly Words _words;
        private readonly int _index;
        private readonly List<(string Full, string Surname, string Role)> _speakers = new();
        private readonly HashSet<string> _introduced = new();

        public ArticleWriter(Prng random, int index)
        {
            _random = random;
            _words = new Words(random);
            _index = index;
            var organisation = _words.Organisation();
            for (var i = 0; i < 3; i++)
            {
                var first = _random.Pick(Lists.FirstNames);
                var last = _random.Pick(Lists.Surnames);
                var role = _random.Pick(Lists.Roles) + " at " + (i == 0 ? organisation : _words.Organisation());
                _speakers.Add((first + " " + last, last, role));
            }
        }

        public SyntheticSeed Write(int minimumBytes)
        {
            var place = _random.Pick(Lists.Places);
            var subject = _random.Pick(Lists.HeadlineSubjects);
            var number = (_index + 12).ToString(CultureInfo.InvariantCulture);

            // The number (unique per index) sits within the first 40 characters of the member name.
            var headline = place + " " + subject.Noun + " " + subject.Verb + " " + number + " " + subject.Object + " " + _random.Pick(Lists.HeadlineTails);
            var text = new StringBuilder(6000);
            text.Append(headline).Append("\n\n");
            text.Append(_random.Pick(Lists.Kickers)).Append('\n');
            text.Append(_words.Sentence()).Append("\n\n");
            text.Append(_words.Caption(place)).Append("\n\n");
            text.Append("© ").Append(_random.Pick(Lists.FirstNames)).Append(' ').Append(_random.Pick(Lists.Surnames)).Append(" / ").Append(_random.Pick(Lists.Agencies)).Append("\n\n");

            // Lead: who, what, where.
            var organisation = _words.Organisation();
            text.Append(char.ToUpperInvariant(organisation[0])).Append(organisation, 1, organisation.Length - 1)
                .Append(" in ").Append(place).Append(" said on ").Append(_random.Pick(Lists.Days)).Append(" that ")
                .Append(_words.Clause()).Append(", ").Append(_random.Pick(Lists.Connectives)).Append(' ').Append(_words.Clause()).Append(". ")
                .Append(_words.Sentence()).Append("\n\n");

            var sections = _random.Next(3, 6);
            for (var s = 0; s < sections || CountBytes(text) < minimumBytes; s++)
            {
                if (s > 0)
                {
                    text.Append(_random.Pick(Lists.Headings)).Append("\n\n");
                }

                var paragraphs = _random.Next(2, 4);
                for (var p = 0; p < paragraphs; p++)
                {
                    Paragraph(text);
                    text.Append("\n\n");
                }
            }

            text.Append("source site-").Append(_random.Next(1, 40).ToString(CultureInfo.InvariantCulture)).Append('\n');
            var id = (_index + 1).ToString("D5", CultureInfo.InvariantCulture) + "-" + Slug(place, subject.Noun, number);
            return new SyntheticSeed(id, text.ToString());
        }

        private void Paragraph(StringBuilder text)
        {
            text.Append(_words.Sentence()).Append(' ');
            var speaker = _speakers[_random.Next(0, _speakers.Count)];
            // Full name and role on first mention, surname after: the extractor has to link the two.
            var firstMention = _introduced.Add(speaker.Full);
            var name = firstMention ? speaker.Full + ", " + speaker.Role : speaker.Surname;
            var said = firstMention ? speaker.Full : speaker.Surname;
            switch (_random.Next(0, 7))
            {
                case 0:
                    text.Append("“").Append(_words.Quote()).Append(",” said ").Append(name).Append('.');
                    break;
                case 1:
                    text.Append(said).Append(" said: \"").Append(_words.Quote()).Append(".\"");
                    break;
                case 2:
                    text.Append("„").Append(_words.Quote()).Append("“, ").Append(said).Append(" told reporters in ").Append(_random.Pick(Lists.Places)).Append('.');
                    break;
                case 3:
                    text.Append("«").Append(_words.Quote()).Append("», said ").Append(name).Append('.');
                    break;
                case 4:
                    text.Append("According to ").Append(name).Append(", the plan was \"").Append(_words.Clause()).Append("\".");
                    break;
                case 5:
                    text.Append("“They told us, ‘").Append(_words.Clause()).Append("’, and then they left,” ").Append(said).Append(" said.");
                    break;
                default:
                    text.Append("\"").Append(_words.Quote()).Append(",\" ").Append(said).Append(" said. \"").Append(_words.Quote()).Append(".\"");
                    break;
            }

            text.Append(' ').Append(_words.Sentence());
            if (_random.Next(0, 2) == 0)
            {
                text.Append(' ').Append(_words.Sentence());
            }
        }

        private static int CountBytes(StringBuilder text) => text.Length; // close enough for a lower bound: most text is ASCII

        private static string Slug(params string[] parts) =>
            string.Join("-", parts.SelectMany(p => p.Split(' '))).ToLowerInvariant();
    }

    /// <summary>Sentences from fixed word lists, so the text looks like prose to the parser and extractor.</summary>
    private sealed class Words
    {
        private readonly Prng _random;

        public Words(Prng random) => _random = random;

        public string FullName() => _random.Pick(Lists.FirstNames) + " " + _random.Pick(Lists.Surnames);

        public string Organisation() => _random.Next(0, 3) switch
        {
            0 => "the " + _random.Pick(Lists.Places) + " " + _random.Pick(Lists.Institutions),
            1 => "the Ministry of " + _random.Pick(Lists.Portfolios),
            _ => _random.Pick(Lists.Surnames) + " " + _random.Pick(Lists.CompanyKinds),
        };

        public string Clause() =>
            _random.Pick(Lists.Subjects) + " " + _random.Pick(Lists.Verbs) + " " + _random.Pick(Lists.Objects) + " " + _random.Pick(Lists.Circumstances);

        public string Sentence()
        {
            var clause = Clause();
            var sentence = char.ToUpperInvariant(clause[0]) + clause.Substring(1);
            return _random.Next(0, 3) switch
            {
                0 => sentence + ", " + _random.Pick(Lists.Connectives) + " " + Clause() + ".",
                1 => sentence + " in " + _random.Pick(Lists.Places) + ", " + (_random.Next(1, 90) * 10).ToString(CultureInfo.InvariantCulture) + " kilometres from the border.",
                _ => sentence + ".",
            };
        }

        public string Quote()
        {
            var clause = Clause();
            return char.ToUpperInvariant(clause[0]) + clause.Substring(1);
        }

        public string Caption(string place) =>
            _random.Pick(Lists.CaptionScenes) + " in " + place + " on " + _random.Pick(Lists.Days) + ".";
    }

    /// <summary>SplitMix64: tiny, fast and the same on every runtime, unlike a library generator could be.</summary>
    private sealed class Prng
    {
        private ulong _state;

        public Prng(int seed, int index) => _state = ((ulong)(uint)seed << 32) ^ (uint)index ^ 0x9E3779B97F4A7C15UL;

        public int Next(int min, int maxExclusive) => min + (int)(NextUInt64() % (ulong)(maxExclusive - min));

        public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];

        private ulong NextUInt64()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
