using System;
using System.Collections.Generic;
using System.Threading;
using SeedData.Generator.Extraction.Kinds;
using SeedData.Generator.Extraction.Knowledge;
using SeedData.Generator.Extraction.Text;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Named-entity recognition over one article, in steps that each have a file: candidate names are
/// found (<c>Segmentation</c>: capitalised runs cut at sentence openers, titles and roles), matched
/// against the gazetteer and the knowledge base (<c>Lookup</c>), typed (<c>Typing</c>: the learned kind
/// model and the hand-written rules of <c>KindRules</c> vote per surface), short forms are folded into
/// full names (<c>ShortNames</c>) and the entities kept (<c>Registry</c>). Every step is linear in the
/// number of tokens (the look-ups are bounded by the longest known name).
/// </summary>
internal sealed partial class EntityRecognizer
{
    private readonly KnowledgeBase _knowledge;
    private readonly Gazetteer? _gazetteer;
    private readonly List<UnitTokens> _units;
    private readonly Dictionary<string, ArticleEntity> _entities = new(StringComparer.Ordinal);
    private readonly List<Piece> _pieces = new();

    /// <summary>Capitalised words used as a name on their own somewhere (a one-word piece).</summary>
    private readonly WordSet _loneWords = WordSet.Rent();
    private Dictionary<string, List<ArticleEntity>>? _shortNames;
    private Dictionary<string, List<ArticleEntity>>? _givenNameOwners;

    /// <summary>Capitalised words seen in a trustworthy position (not sentence-initial, not in a title-case line).</summary>
    private readonly WordSet _reliableWords = WordSet.Rent();

    /// <summary>Every lower-case word of the article, by its <see cref="Word.Folded"/> form (any case): "Judges" at a sentence start is "judges" elsewhere.</summary>
    private readonly WordSet _lowerWords = WordSet.Rent();

    private readonly KindModel? _model;
    private readonly Action<Candidate, List<ulong>>? _observer;

    /// <summary>The features of the candidate being scored, reused from one candidate to the next.</summary>
    private readonly List<ulong> _features = new();

    /// <summary>The vote's number for each surface (<see cref="AssignByVote"/>), and per number its mention count and its score per kind-model class.</summary>
    private readonly Dictionary<string, int> _surfaceNumbers = new(StringComparer.Ordinal);
    private int[] _mentionCounts = new int[16];
    private float[] _tallies = new float[16 * KindModel.Classes];

    private EntityRecognizer(List<UnitTokens> units, Gazetteer? gazetteer, KindModel? model, Action<Candidate, List<ulong>>? observer)
    {
        _knowledge = KnowledgeBase.Instance;
        _gazetteer = gazetteer;
        _units = units;
        _model = model;
        _observer = observer;
    }

    public static List<ArticleEntity> Recognize(List<UnitTokens> units, Gazetteer? gazetteer, CancellationToken cancellationToken) =>
        Recognize(units, gazetteer, KindModel.Instance, null, cancellationToken);

    /// <summary>
    /// Recognizes with the given kind model, or with the typing rules alone when it is null; the
    /// training tool passes an observer to see every scored candidate and its features.
    /// </summary>
    public static List<ArticleEntity> Recognize(List<UnitTokens> units, Gazetteer? gazetteer, KindModel? model, Action<Candidate, List<ulong>>? observer, CancellationToken cancellationToken)
    {
        var recognizer = new EntityRecognizer(units, gazetteer, model, observer);
        return recognizer.Run(cancellationToken);
    }

    /// <summary>Whether a unit's capitals are unreliable: Title Case or ALL CAPS headlines and headings (a dateline is neither: <see cref="IsDateline"/>).</summary>
    public static bool HasUnreliableCase(List<Token> tokens)
    {
        if (IsDateline(tokens))
        {
            return false;
        }

        int words = 0, capitalized = 0, allCaps = 0, numbers = 0;
        foreach (var token in tokens)
        {
            if (token.IsWord && token.Text.Length >= 4)
            {
                words++;
                capitalized += char.IsUpper(token.Text[0]) ? 1 : 0;
                allCaps += token.IsAllCaps ? 1 : 0;
            }
            else if (token.Kind == TokenKind.Number)
            {
                numbers++;
            }
        }

        // "Marc Rosset (Switzerland) beat 3 - Goran Ivanisevic (Croatia) 7-6 6-2": a results line is mostly
        // names, so its capitals are names, not Title Case (capitals-only lines stay unreliable).
        var results = numbers >= 2;
        var capitalsOnly = IsCapitalsOnly(tokens);
        if (!((words >= 3 && ((capitalized * 10 >= words * 8 && !results) || allCaps * 10 >= words * 7)) || capitalsOnly))
        {
            return false;
        }

        // "To bat : M. Coetsee , H. Gqobo , T. Bramwell": players' names, not Title Case (.Cricket). Asked only of the
        // lines the counts above call unreliable: most units are prose.
        return !((IsInitialsList(tokens) && !capitalsOnly) || IsRankedNameList(tokens));
    }

    /// <summary>
    /// "ICE HOCKEY - NHL STANDINGS", "SEATTLE AT BOSTON", "W L PCT GB": two or more words, every one in capitals,
    /// however short; a table's headings and rows are such lines also in the body.
    /// </summary>
    public static bool IsCapitalsOnly(List<Token> tokens)
    {
        if (IsDateline(tokens))
        {
            return false;
        }

        var words = 0;
        foreach (var token in tokens)
        {
            if (token.IsWord)
            {
                // A single capital ("W", "L") counts: IsAllCaps asks for two letters.
                if (!token.IsAllCaps && !(token.Text.Length == 1 && char.IsUpper(token.Text[0])))
                {
                    return false;
                }

                words++;
            }
        }

        return words >= 2;
    }

    private List<ArticleEntity> Run(CancellationToken cancellationToken)
    {
        foreach (var unit in _units)
        {
            if (unit.UnreliableCase)
            {
                continue;
            }

            // IsCapitalized is computed once per token and carried to the next one as "previous".
            var previousCapitalized = false;
            for (var t = 0; t < unit.Tokens.Count; t++)
            {
                var token = unit.Tokens[t];
                var capitalized = token.IsCapitalized;

                // Only where a name starts: "Health" inside "World Health Organization" says nothing about "Health officials".
                if (capitalized && !token.SentenceStart && !previousCapitalized)
                {
                    _reliableWords.Add(token.Word);
                }
                else if (token.IsWord && char.IsLower(token.Text[0]))
                {
                    _lowerWords.Add(token.Word.Folded);
                    if (token.Word.Is(WordFact.WebAddress))
                    {
                        NoteWebName(unit, t);
                    }
                }

                // "#Brexit": a word right after a punctuation token may be a hashtag's.
                if (t > 0 && unit.Tokens[t - 1].Kind == TokenKind.Punctuation && IsHashtagWord(unit.Tokens, t))
                {
                    NoteWebName(unit, t);
                }

                previousCapitalized = capitalized;
            }
        }

        // Reliable units first, so a Title Case headline can only confirm names the body has. A press digest's
        // heading is a paper's name, whatever the body says.
        foreach (var unit in _units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsPaperHeading(unit))
            {
                AddPaperHeading(unit);
            }
            else if (!unit.UnreliableCase)
            {
                FindPieces(unit);
            }
        }

        foreach (var unit in _units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (unit.UnreliableCase && !IsPaperHeading(unit))
            {
                FindPieces(unit);
            }
        }

        foreach (var piece in _pieces)
        {
            if (piece.Length == 1 && piece.Known is null)
            {
                _loneWords.Add(piece.First.Word);
            }
        }

        ClassifyLongNames();
        ResolveShortNames();
        FollowOrdinaryCase();
        FindBodyNamesInCapitals();
        AddNationalities();
        AddWebNames();

        var result = new List<ArticleEntity>();
        foreach (var entity in _entities.Values)
        {
            if (entity.MergedInto is null && entity.Surfaces.Count > 0)
            {
                result.Add(entity);
            }
        }

        result.Sort((a, b) => a.Order.CompareTo(b.Order));
        foreach (var unit in _units)
        {
            unit.Mentions.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
        }

        // The word sets are this article's alone and no longer needed: the thread's next article reuses them.
        WordSet.Return(_loneWords);
        WordSet.Return(_reliableWords);
        WordSet.Return(_lowerWords);
        return result;
    }

    /// <summary>A candidate name: tokens [Start, End) of a unit, with what surrounds it.</summary>
    private sealed class Piece
    {
        public Piece(UnitTokens unit, int start, int end)
        {
            Unit = unit;
            Start = start;
            End = end;
        }

        public UnitTokens Unit { get; }

        public int Start { get; set; }

        public int End { get; }

        public int Length => End - Start;

        public List<string>? Roles { get; set; }

        public KnownEntity? Known { get; set; }

        public string? Acronym { get; set; }

        public ArticleEntity? Entity { get; set; }

        /// <summary>The name as written, with any run of white space made one space.</summary>
        /// <remarks>Asked for several times per piece (voting, short names): built once, and again only if <see cref="Start"/> has moved.</remarks>
        public string Surface
        {
            get
            {
                if (_surface is null || _surfaceStart != Start)
                {
                    // A one-word name is its token's text (a token holds no white space): no copy.
                    _surface = End - Start == 1 ? Unit.Tokens[Start].Text : CollapseSpaces(Unit.Text.Substring(Unit.Tokens[Start].Start, Unit.Tokens[End - 1].End - Unit.Tokens[Start].Start));
                    _surfaceStart = Start;
                }

                return _surface;
            }
        }

        private string? _surface;
        private int _surfaceStart;

        public Token First => Unit.Tokens[Start];

        public Token Last => Unit.Tokens[End - 1];
    }

    private bool IsCommon(Word word) => word.Is(WordFact.CommonWord) && !(_gazetteer?.Find(word.Text) is not null);

    private static string CollapseSpaces(string text)
    {
        // Nearly every name is written with single spaces: then it is its own collapsed form, and no copy is made.
        if (IsCollapsed(text))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>No white space but single spaces between other characters: what <see cref="CollapseSpaces"/> would return unchanged.</summary>
    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? i == 0 || i == text.Length - 1 || text[i - 1] == ' ' : char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Join(List<Token> tokens, int start, int end)
    {
        if (end - start == 1)
        {
            return tokens[start].Text;
        }

        var builder = new System.Text.StringBuilder();
        for (var k = start; k < end; k++)
        {
            // "St. Louis", "L. Ron Hubbard": a period written right after its word takes no space before it.
            if (k > start && tokens[k].Text is not ("’s" or "'s" or "’" or "'") && !(tokens[k].Is(".") && tokens[k].Start == tokens[k - 1].End))
            {
                builder.Append(' ');
            }

            builder.Append(tokens[k].Text);
        }

        return builder.ToString();
    }

    private static List<string> Lower(List<Token> tokens, int start, int end)
    {
        var words = new List<string>(end - start);
        for (var k = start; k < end; k++)
        {
            words.Add(tokens[k].Word.Lower);
        }

        return words;
    }

    private static string JoinLower(List<Token> tokens, int start, int end) => Join(tokens, start, end).ToLowerInvariant();
}
