using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Pipeline;

namespace SeedData.Tests.Quality;

/// <summary>One predicted quote and one predicted entity name, as score.py reads them from a prediction file.</summary>
public sealed record NewsQuote(string? Text, string? Speaker);

public sealed record NewsEntity(string? Name, string? Kind);

/// <summary>What the extraction predicts for one article: score.py's <c>{"quotes":[...],"entities":[...]}</c>.</summary>
public sealed record NewsPrediction(IReadOnlyList<NewsQuote> Quotes, IReadOnlyList<NewsEntity> Entities)
{
    public static readonly NewsPrediction Empty = new(Array.Empty<NewsQuote>(), Array.Empty<NewsEntity>());

    /// <summary>
    /// Runs the generator's own per-seed step, as tools/SeedData.Training's <c>predict</c> does: every quote with
    /// its speaker, and every entity's name and each of its aliases that the article writes as a (name, kind) pair of its
    /// own (a canonical name the article never uses is the knowledge base's, not the article's).
    /// </summary>
    public static NewsPrediction Extract(string articlePath)
    {
        var id = Path.GetFileNameWithoutExtension(articlePath);
        var text = File.ReadAllText(articlePath);
        var article = SeedReader.Read(id, articlePath, text, new List<DiagnosticInfo>(), CancellationToken.None).Article;
        if (article is null)
        {
            return Empty;
        }

        return new NewsPrediction(
            article.Quotes.Select(q => new NewsQuote(q.Text, q.Speaker ?? string.Empty)).ToList(),
            article.Entities.SelectMany(e => e.Aliases.Prepend(e.Name)
                .Where(name => text.Contains(name, StringComparison.Ordinal))
                .Select(name => new NewsEntity(name, e.Kind.ToString()))).ToList());
    }

    /// <summary>Reads a prediction file; a missing file is an empty prediction, as in score.py.</summary>
    public static NewsPrediction Load(string jsonPath)
    {
        if (!File.Exists(jsonPath))
        {
            return Empty;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var root = json.RootElement;
        var quotes = NewsScorer.Items(root, "quotes")
            .Select(q => new NewsQuote(NewsScorer.Text(q, "text"), NewsScorer.Text(q, "speaker"))).ToList();
        var entities = NewsScorer.Items(root, "entities")
            .Select(e => new NewsEntity(NewsScorer.Text(e, "name"), NewsScorer.Text(e, "kind"))).ToList();
        return new NewsPrediction(quotes, entities);
    }
}

/// <summary>Counts behind one precision / recall / F1, with score.py's <c>prf</c> conventions for empty sides.</summary>
public readonly record struct NewsCounts(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted != 0 ? (double)TruePositives / Predicted : Gold == 0 ? 1.0 : 0.0;

    public double Recall => Gold != 0 ? (double)TruePositives / Gold : Predicted == 0 ? 1.0 : 0.0;

    public double F1 => Precision + Recall != 0 ? 2 * Precision * Recall / (Precision + Recall) : 0.0;

    public static NewsCounts operator +(NewsCounts a, NewsCounts b) =>
        new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);

    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "P={0:0.0000} R={1:0.0000} F1={2:0.0000} (tp={3} pred={4} gold={5})",
        Precision, Recall, F1, TruePositives, Predicted, Gold);
}

/// <summary>The figures score.py prints, with the counts behind them.</summary>
public sealed record NewsReport(
    int QuoteDocuments,
    int EntityDocuments,
    NewsCounts Quotes,
    int NeutralPredictions,
    int SpeakersCorrect,
    int SpeakersJudged,
    NewsCounts SpeakersEndToEnd,
    NewsCounts Entities,
    NewsCounts EntitiesNameOnly,
    NewsCounts EntitiesCore,
    IReadOnlyDictionary<string, NewsCounts> EntitiesByKind)
{
    /// <summary>score.py's <c>accuracy_on_matched</c>: 0 when no matched quote was judged.</summary>
    public double SpeakerAccuracy => SpeakersJudged == 0 ? 0.0 : (double)SpeakersCorrect / SpeakersJudged;
}

/// <summary>
/// A C# implementation of the official scorer's rules (/work/shared/dev/score.py; its docstring states them), so
/// the tests report the figures the project is judged by. Quotes: NFKC, quote marks unified, case-folded, word
/// tokens <c>\w+(?:'\w+)*</c>; a prediction matches a gold quote when the token-multiset overlap over the longer
/// one's length is at least 0.8, or when one token sequence is contained in the other (the contained one at least
/// 3 tokens, or the whole of a shorter quote of fewer than 3 tokens); one-to-one greedy matching, best overlap
/// first (ties by gold index, then prediction index); gold quotes flagged <c>optional</c> are neutral. Speakers:
/// the surname rule, judged only on gold quotes with speaker_resolution span or prev-source+coref and
/// speaker_named true. Entities: per-document sets of (normalised name, kind), micro-averaged, with a name-only
/// variant, a per-kind breakdown and the Person/Organization/Location "core" variant.
/// <para>
/// Python's <c>\w</c>, <c>\s</c> and <c>str.casefold</c> are Unicode-wide and differ from .NET's in places, so
/// they are written out here (<see cref="IsWordChar"/>, <see cref="IsSpace"/>, <see cref="CaseFold"/>) rather
/// than taken from .NET's Regex or ToLowerInvariant. Checked while writing this (2026-11-30, branch quality at
/// c8da9f6): character by character against Python 3.11 (Unicode 14.0) over all 282,230 assigned code points
/// (word characters, whitespace, NFKC, casefold: no difference), and figure by figure against
/// <c>python3 score.py</c> run on the files <c>SeedData.Training predict</c> wrote for the GUM and PolNeAR dev
/// sets: every tp/pred/gold count equal (GUM quotes 102/128/104, entities 497/782/740; PolNeAR quotes
/// 662/703/686 with 113 neutral, speakers 383 right of 531 judged). NewsScorerTests keeps a small hand-computed
/// case, and compares with score.py itself, on that case and on both dev sets, whenever python3, score.py and
/// the data are on the machine.
/// </para>
/// </summary>
public static class NewsScorer
{
    public static readonly string[] Kinds = { "Person", "Organization", "Location", "Other" };

    private static readonly string[] JudgedResolutions = { "span", "prev-source+coref" };

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv", "v", "phd", "md" };

    private const string NameStripChars = "\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb\u2033\u2032` .,;:!?()[]{}";

    private static readonly Dictionary<string, string> KindAliases = new(StringComparer.Ordinal)
    {
        ["person"] = "Person", ["per"] = "Person", ["people"] = "Person",
        ["organization"] = "Organization", ["organisation"] = "Organization", ["org"] = "Organization",
        ["location"] = "Location", ["loc"] = "Location", ["gpe"] = "Location", ["place"] = "Location",
        ["other"] = "Other", ["misc"] = "Other", ["miscellaneous"] = "Other",
    };

    /// <summary>Scores gold files against a folder of prediction files (<c>NNN.json</c>), as <c>score.py --gold --pred</c> does.</summary>
    public static NewsReport ScoreFolders(string goldFolder, string predictionFolder) =>
        Score(goldFolder, id => NewsPrediction.Load(Path.Combine(predictionFolder, id + ".json")));

    /// <summary>Scores gold files against the generator's extraction of <c>ID.txt</c> in <paramref name="articleFolder"/> (missing: empty).</summary>
    public static NewsReport ScoreExtraction(string goldFolder, string articleFolder) =>
        Score(goldFolder, id =>
        {
            var path = Path.Combine(articleFolder, id + ".txt");
            return File.Exists(path) ? NewsPrediction.Extract(path) : NewsPrediction.Empty;
        });

    /// <summary>Scores every <c>*.json</c> of <paramref name="goldFolder"/> (in ordinal order) against the prediction for its id.</summary>
    public static NewsReport Score(string goldFolder, Func<string, NewsPrediction> predict)
    {
        int qTp = 0, qPred = 0, qGold = 0, qNeutral = 0;
        int aCorrect = 0, aJudged = 0, aPred = 0, aGold = 0;
        int docsQ = 0, docsE = 0;
        NewsCounts entities = default, names = default, core = default;
        var byKind = new Dictionary<string, NewsCounts>(StringComparer.Ordinal);
        foreach (var goldPath in Directory.GetFiles(goldFolder, "*.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
            var gold = json.RootElement;
            var prediction = predict(Path.GetFileNameWithoutExtension(goldPath));
            var tasks = gold.TryGetProperty("tasks", out var t)
                ? t.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                : new List<string> { "quotes", "entities" };

            if (tasks.Contains("quotes"))
            {
                docsQ++;
                var goldQuotes = Items(gold, "quotes").ToList();
                var predicted = prediction.Quotes.Select(q => (Quote: q, Tokens: QuoteTokens(q.Text))).Where(q => q.Tokens.Count > 0).ToList();
                var main = goldQuotes.Where(q => !Truthy(q, "optional", false)).ToList();
                var optional = goldQuotes.Where(q => Truthy(q, "optional", false)).ToList();
                var predictedTokens = predicted.Select(p => p.Tokens).ToList();
                var pairs = Greedy(main.Select(q => QuoteTokens(Text(q, "text"))).ToList(), predictedTokens, new HashSet<int>());
                var used = new HashSet<int>(pairs.Select(p => p.Prediction));
                var neutral = Greedy(optional.Select(q => QuoteTokens(Text(q, "text"))).ToList(), predictedTokens, used).Count;
                qTp += pairs.Count;
                qGold += main.Count;
                qPred += predicted.Count - neutral;
                qNeutral += neutral;

                var matchedNotJudged = 0;
                foreach (var (g, p) in pairs)
                {
                    if (!Judged(main[g]))
                    {
                        matchedNotJudged++;
                        continue;
                    }

                    aJudged++;
                    if (SpeakerMatch(Text(main[g], "speaker"), predicted[p].Quote.Speaker))
                    {
                        aCorrect++;
                    }
                }

                aGold += main.Count(Judged);
                aPred += predicted.Count - neutral - matchedNotJudged;
            }

            if (tasks.Contains("entities"))
            {
                docsE++;
                var ge = new HashSet<(string Name, string Kind)>(Items(gold, "entities").Select(e => (NormName(Text(e, "name")), NormKind(Text(e, "kind")))));
                var pe = new HashSet<(string Name, string Kind)>(prediction.Entities.Select(e => (NormName(e.Name), NormKind(e.Kind))).Where(e => e.Item1.Length > 0));
                ge.Remove((string.Empty, "Other"));
                entities += Compare(ge, pe);
                names += Compare(new HashSet<string>(ge.Select(e => e.Name)), new HashSet<string>(pe.Select(e => e.Name)));

                // Person / Organization / Location only: a prediction of kind Other, or named like a gold Other, is left out.
                var goldOther = new HashSet<string>(ge.Where(e => e.Kind == "Other").Select(e => e.Name));
                core += Compare(
                    new HashSet<(string, string)>(ge.Where(e => e.Kind != "Other")),
                    new HashSet<(string, string)>(pe.Where(e => e.Kind != "Other" && !goldOther.Contains(e.Name))));
                foreach (var kind in Kinds)
                {
                    byKind[kind] = byKind.GetValueOrDefault(kind) + Compare(
                        new HashSet<(string, string)>(ge.Where(e => e.Kind == kind)),
                        new HashSet<(string, string)>(pe.Where(e => e.Kind == kind)));
                }
            }
        }

        return new NewsReport(
            docsQ, docsE, new NewsCounts(qTp, qPred, qGold), qNeutral, aCorrect, aJudged, new NewsCounts(aCorrect, aPred, aGold),
            entities, names, core, byKind);
    }

    private static NewsCounts Compare<T>(HashSet<T> gold, HashSet<T> predicted) =>
        new(gold.Count(predicted.Contains), predicted.Count, gold.Count);

    private static bool Judged(JsonElement quote) =>
        Truthy(quote, "speaker_named", true)
        && (quote.TryGetProperty("speaker_resolution", out var r)
            ? r.ValueKind == JsonValueKind.String && JudgedResolutions.Contains(r.GetString())
            : JudgedResolutions.Contains("span"));

    /// <summary>score.py's <c>greedy</c>: every matching pair by overlap, best first (ties: gold index, prediction index), one-to-one.</summary>
    public static List<(int Gold, int Prediction)> Greedy(IReadOnlyList<IReadOnlyList<string>> gold, IReadOnlyList<IReadOnlyList<string>> predicted, HashSet<int> usedPredictions)
    {
        var candidates = new List<(double Score, int Gold, int Prediction)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (!usedPredictions.Contains(p) && QuoteScore(gold[g], predicted[p]) is { } score)
                {
                    candidates.Add((score, g, p));
                }
            }
        }

        candidates.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Prediction.CompareTo(b.Prediction));
        var matchedGold = new HashSet<int>();
        var matchedPredictions = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, g, p) in candidates)
        {
            if (!matchedGold.Contains(g) && !matchedPredictions.Contains(p))
            {
                matchedGold.Add(g);
                matchedPredictions.Add(p);
                pairs.Add((g, p));
            }
        }

        return pairs;
    }

    /// <summary>score.py's <c>quote_score</c>: the overlap in [0, 1] when the pair matches, else null.</summary>
    public static double? QuoteScore(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count == 0 || predicted.Count == 0)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in gold)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        var shared = 0;
        foreach (var token in predicted)
        {
            if (counts.GetValueOrDefault(token) > 0)
            {
                counts[token]--;
                shared++;
            }
        }

        var overlap = shared / (double)Math.Max(gold.Count, predicted.Count);
        if (overlap >= 0.8)
        {
            return overlap;
        }

        var (shorter, longer) = gold.Count <= predicted.Count ? (gold, predicted) : (predicted, gold);
        return shorter.Count >= Math.Min(3, longer.Count) && Contains(shorter, longer) ? overlap : null;
    }

    private static bool Contains(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        for (var i = 0; i + shorter.Count <= longer.Count; i++)
        {
            var j = 0;
            while (j < shorter.Count && string.Equals(longer[i + j], shorter[j], StringComparison.Ordinal))
            {
                j++;
            }

            if (j == shorter.Count)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>score.py's <c>speaker_match</c>: either side's surname is a name token of the other.</summary>
    public static bool SpeakerMatch(string? gold, string? predicted)
    {
        if (string.IsNullOrEmpty(gold) || string.IsNullOrEmpty(predicted))
        {
            return false;
        }

        var goldTokens = NameTokens(gold);
        var predictedTokens = NameTokens(predicted);
        var goldSurname = goldTokens.LastOrDefault(x => !Suffixes.Contains(x));
        var predictedSurname = predictedTokens.LastOrDefault(x => !Suffixes.Contains(x));
        return (goldSurname is not null && predictedTokens.Contains(goldSurname))
            || (predictedSurname is not null && goldTokens.Contains(predictedSurname));
    }

    /// <summary>score.py's <c>qtokens</c>: <c>re.findall(r"\w+(?:'\w+)*", casefold(nfkc(s)))</c>.</summary>
    public static List<string> QuoteTokens(string? text) => Words(CaseFold(Nfkc(text)), apostrophesJoin: true);

    /// <summary>score.py's <c>name_tokens</c>: <c>'s</c> before a word boundary dropped, then <c>\w+</c>.</summary>
    public static List<string> NameTokens(string? name) => Words(DropPossessives(CaseFold(Nfkc(name))), apostrophesJoin: false);

    /// <summary>The runs of word characters in <paramref name="s"/>; with <paramref name="apostrophesJoin"/>, <c>\w+(?:'\w+)*</c>.</summary>
    private static List<string> Words(string s, bool apostrophesJoin)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < s.Length)
        {
            if (!IsWordAt(s, i))
            {
                i++;
                continue;
            }

            var start = i;
            i = SkipWord(s, i);
            while (apostrophesJoin && i + 1 < s.Length && s[i] == '\'' && IsWordAt(s, i + 1))
            {
                i = SkipWord(s, i + 1);
            }

            tokens.Add(s.Substring(start, i - start));
        }

        return tokens;
    }

    /// <summary>score.py's <c>norm_name</c>.</summary>
    public static string NormName(string? name)
    {
        var s = CaseFold(Nfkc(name));
        var collapsed = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (IsSpace(s[i]))
            {
                if (i == 0 || !IsSpace(s[i - 1]))
                {
                    collapsed.Append(' ');
                }
            }
            else
            {
                collapsed.Append(s[i]);
            }
        }

        s = Strip(collapsed.ToString(), IsSpace);
        s = Strip(s, c => NameStripChars.IndexOf(c) >= 0);
        return s.EndsWith("'s", StringComparison.Ordinal) ? s.Substring(0, s.Length - 2) : s;
    }

    /// <summary>score.py's <c>norm_kind</c>.</summary>
    public static string NormKind(string? kind)
    {
        var stripped = Strip(kind ?? string.Empty, IsSpace);
        return KindAliases.TryGetValue(CaseFold(stripped), out var known) ? known : stripped.Length > 0 ? stripped : "Other";
    }

    private static string Strip(string s, Func<char, bool> strip)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && strip(s[start]))
        {
            start++;
        }

        while (end > start && strip(s[end - 1]))
        {
            end--;
        }

        return s.Substring(start, end - start);
    }

    private static string DropPossessives(string s)
    {
        // re.sub(r"'s\b", "", s): "'s" not followed by a word character.
        var result = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == '\'' && i + 1 < s.Length && s[i + 1] == 's' && (i + 2 == s.Length || !IsWordAt(s, i + 2)))
            {
                i += 2;
                continue;
            }

            result.Append(s[i]);
            i++;
        }

        return result.ToString();
    }

    /// <summary>score.py's <c>_nfkc</c>: NFKC, then curly quotes to straight ones.</summary>
    public static string Nfkc(string? s) =>
        NormalizeKc(s ?? string.Empty)
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"');

    /// <summary>
    /// NFKC. .NET refuses strings holding a lone surrogate or U+FFFE, which Python's unicodedata passes through
    /// unchanged: then the runs between such characters are normalised and the characters kept as they are.
    /// </summary>
    private static string NormalizeKc(string s)
    {
        try
        {
            return s.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var result = new StringBuilder(s.Length);
            var start = 0;
            for (var i = 0; i <= s.Length; i++)
            {
                var refused = i < s.Length && (s[i] == '\uFFFE' || IsLoneSurrogate(s, i));
                if (i == s.Length || refused)
                {
                    result.Append(s.Substring(start, i - start).Normalize(NormalizationForm.FormKC));
                    if (refused)
                    {
                        result.Append(s[i]);
                    }

                    start = i + 1;
                }
            }

            return result.ToString();
        }
    }

    private static bool IsLoneSurrogate(string s, int i) =>
        char.IsHighSurrogate(s[i]) ? i + 1 == s.Length || !char.IsLowSurrogate(s[i + 1])
        : char.IsLowSurrogate(s[i]) && (i == 0 || !char.IsHighSurrogate(s[i - 1]));

    private static bool IsWordAt(string s, int i) => Rune.TryGetRuneAt(s, i, out var rune) && IsWordChar(rune);

    private static int SkipWord(string s, int i)
    {
        while (i < s.Length && Rune.TryGetRuneAt(s, i, out var rune) && IsWordChar(rune))
        {
            i += rune.Utf16SequenceLength;
        }

        return i;
    }

    /// <summary>
    /// Python's <c>\w</c> on str: <c>str.isalnum()</c> or underscore, that is letters (Lu Ll Lt Lm Lo) and numbers
    /// (Nd Nl No). Unlike .NET's <c>\w</c>, no combining marks (Mn) and no connector punctuation but '_'.
    /// </summary>
    public static bool IsWordChar(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Python's <c>\s</c> and <c>str.isspace()</c>: .NET's white space plus the ASCII separators U+001C..U+001F.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || (c >= '\u001c' && c <= '\u001f');

    /// <summary>
    /// Python's <c>str.casefold()</c> (full case folding): the multi-character foldings and the few single ones that
    /// differ from lower-casing are listed; everything else is .NET's invariant lower case.
    /// </summary>
    public static string CaseFold(string s)
    {
        var result = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            if (CaseFolding.Special.TryGetValue(rune.Value, out var folded))
            {
                result.Append(folded);
            }
            else
            {
                result.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return result.ToString();
    }

    internal static IEnumerable<JsonElement> Items(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Object).ToList()
            : Enumerable.Empty<JsonElement>();

    internal static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Python truthiness of <c>item.get(name, fallback)</c>.</summary>
    private static bool Truthy(JsonElement item, string name, bool fallback)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return fallback;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => value.GetString()!.Length > 0,
            JsonValueKind.Number => value.GetDouble() != 0,
            JsonValueKind.Array => value.GetArrayLength() > 0,
            JsonValueKind.Object => value.EnumerateObject().Any(),
            _ => false,
        };
    }
}
