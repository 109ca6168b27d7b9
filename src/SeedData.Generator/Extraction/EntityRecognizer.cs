using System;
using System.Collections.Generic;
using System.Threading;
using SeedData.Generator.Extraction.Kinds;
using SeedData.Generator.Extraction.Knowledge;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>The tokens of one text unit and how far its capitals can be trusted.</summary>
internal sealed class UnitTokens
{
    public UnitTokens(int unit, string text, List<Token> tokens, bool isParagraph, bool unreliableCase)
    {
        Unit = unit;
        Text = text;
        Tokens = tokens;
        IsParagraph = isParagraph;
        UnreliableCase = unreliableCase;
    }

    public int Unit { get; }

    public string Text { get; }

    public List<Token> Tokens { get; }

    /// <summary>A body paragraph or the lead (not a headline, heading, caption or credit).</summary>
    public bool IsParagraph { get; }

    /// <summary>Title Case or ALL CAPS: a capital letter says nothing about a name here.</summary>
    public bool UnreliableCase { get; }

    /// <summary>The mentions found in this unit, in text order.</summary>
    public List<Mention> Mentions { get; } = new();

    /// <summary>A results table, a standings list or a price list rather than prose: at least as many numbers as words.</summary>
    public bool IsTableLine => _isTableLine ??= CountNumbers();

    private bool? _isTableLine;

    private bool CountNumbers()
    {
        int numbers = 0, words = 0;
        foreach (var token in Tokens)
        {
            if (token.Kind == TokenKind.Number)
            {
                numbers++;
            }
            else if (token.IsWord)
            {
                words++;
            }
        }

        return numbers >= 2 && numbers * 2 >= words;
    }
}

/// <summary>An entity of one article while it is being built.</summary>
internal sealed class ArticleEntity
{
    public ArticleEntity(string name, EntityKind kind, KnownEntity? known, int order)
    {
        Name = name;
        Kind = kind;
        Known = known;
        Order = order;
    }

    public string Name { get; set; }

    public EntityKind Kind { get; set; }

    public KnownEntity? Known { get; }

    public int Order { get; }

    /// <summary>The forms the article uses for it.</summary>
    public HashSet<string> Surfaces { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case role words seen with a person ("minister", "chinese", "spokesman") or an organisation's name words.</summary>
    public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);

    /// <summary>'m', 'f', or '\0' when unknown.</summary>
    public char Gender { get; set; }

    public ArticleEntity? MergedInto { get; set; }

    public ArticleEntity Root => MergedInto?.Root ?? this;

    public override string ToString() => Kind + ":" + Name;
}

/// <summary>Where an entity is named: tokens [TokenStart, TokenEnd) of a unit.</summary>
internal sealed class Mention
{
    public Mention(int unit, int tokenStart, int tokenEnd, int start, int end, ArticleEntity entity)
    {
        Unit = unit;
        TokenStart = tokenStart;
        TokenEnd = tokenEnd;
        Start = start;
        End = end;
        EntityRef = entity;
    }

    public int Unit { get; }

    public int TokenStart { get; }

    public int TokenEnd { get; }

    public int Start { get; }

    public int End { get; }

    private ArticleEntity EntityRef { get; }

    public ArticleEntity Entity => EntityRef.Root;
}

/// <summary>
/// Rule- and knowledge-based named-entity recognition over one article. Capitalised runs are cut at
/// titles and roles ("US Secretary of State Antony Blinken" → United States, a role, Antony Blinken),
/// matched against the knowledge base, typed by their head words and context, and short forms are
/// folded into full names (surnames, acronyms). Every step is linear in the number of tokens (the
/// look-ups are bounded by the longest known name).
/// </summary>
internal sealed class EntityRecognizer
{
    private readonly KnowledgeBase _knowledge;
    private readonly Gazetteer? _gazetteer;
    private readonly List<UnitTokens> _units;
    private readonly Dictionary<string, ArticleEntity> _entities = new(StringComparer.Ordinal);
    private readonly List<Piece> _pieces = new();

    /// <summary>Capitalised words used as a name on their own somewhere (a one-word piece).</summary>
    private readonly HashSet<string> _loneWords = new(StringComparer.Ordinal);
    private Dictionary<string, List<ArticleEntity>>? _shortNames;
    private Dictionary<string, List<ArticleEntity>>? _givenNameOwners;

    /// <summary>Capitalised words seen in a trustworthy position (not sentence-initial, not in a title-case line).</summary>
    private readonly HashSet<string> _reliableWords = new(StringComparer.Ordinal);

    /// <summary>Every lower-case word of the article: "Judges" at a sentence start is "judges" elsewhere.</summary>
    private readonly HashSet<string> _lowerWords = new(StringComparer.Ordinal);

    /// <summary>
    /// How much one unit of a typing rule's weight (1 weak to 3 strong) counts beside the model's score,
    /// a sum of perceptron weights. Chosen on the GUM dev set and the team's own gold sets (5 against 1, 2
    /// and 10: docs/extraction.md); the rules' verdict is also one of the model's features.
    /// </summary>
    private const float RuleVote = 5f;

    private readonly KindModel? _model;
    private readonly Action<Candidate, List<ulong>>? _observer;

    /// <summary>The features of the candidate being scored, reused from one candidate to the next.</summary>
    private readonly List<ulong> _features = new();

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

    /// <summary>Whether a unit's capitals are unreliable: Title Case or ALL CAPS headlines and headings.</summary>
    public static bool HasUnreliableCase(List<Token> tokens)
    {
        int words = 0, capitalized = 0, allCaps = 0;
        foreach (var token in tokens)
        {
            if (token.IsWord && token.Text.Length >= 4)
            {
                words++;
                capitalized += char.IsUpper(token.Text[0]) ? 1 : 0;
                allCaps += token.IsAllCaps ? 1 : 0;
            }
        }

        return words >= 3 && (capitalized * 10 >= words * 8 || allCaps * 10 >= words * 7);
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
                    _reliableWords.Add(token.Text);
                }
                else if (token.IsWord && char.IsLower(token.Text[0]))
                {
                    _lowerWords.Add(token.Text);
                }

                previousCapitalized = capitalized;
            }
        }

        // Reliable units first, so a Title Case headline can only confirm names the body has.
        foreach (var unit in _units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!unit.UnreliableCase)
            {
                FindPieces(unit);
            }
        }

        foreach (var unit in _units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (unit.UnreliableCase)
            {
                FindPieces(unit);
            }
        }

        foreach (var piece in _pieces)
        {
            if (piece.Length == 1 && piece.Known is null)
            {
                _loneWords.Add(piece.First.Text);
            }
        }

        ClassifyLongNames();
        ResolveShortNames();
        AddNationalities();

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
                    _surface = CollapseSpaces(Unit.Text.Substring(Unit.Tokens[Start].Start, Unit.Tokens[End - 1].End - Unit.Tokens[Start].Start));
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

    private void FindPieces(UnitTokens unit)
    {
        var tokens = unit.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalized || (unit.UnreliableCase && !_reliableWords.Contains(tokens[i].Text) && Find(tokens, i, tokens.Count).Length == 0))
            {
                i++;
                continue;
            }

            var end = unit.UnreliableCase ? ReliableRunEnd(tokens, i) : RunEnd(unit, i);
            Segment(unit, i, end);
            i = end;
        }
    }

    /// <summary>In a Title Case line: the end of a known name, or of words the body also capitalises.</summary>
    private int ReliableRunEnd(List<Token> tokens, int start)
    {
        var known = Find(tokens, start, tokens.Count);
        if (known.Length > 0)
        {
            return start + known.Length;
        }

        var end = start + 1;
        while (end < tokens.Count && tokens[end].IsCapitalized && _reliableWords.Contains(tokens[end].Text) && Find(tokens, end, tokens.Count).Length == 0)
        {
            end++;
        }

        return end;
    }

    /// <summary>The end of a run of capitalised words joined by name connectors ("Bank of England").</summary>
    private int RunEnd(UnitTokens unit, int start)
    {
        var tokens = unit.Tokens;

        // In a results table "Laudrup 83" is a player and a minute, not a model number.
        var unitIsTable = unit.IsTableLine;
        var end = start + 1;
        var organization = IsOrganizationWord(tokens[start].Text);
        while (end < tokens.Count)
        {
            var token = tokens[end];
            if (token.IsCapitalized && !IsSentenceBreak(tokens, end) && !Lexicon.CalendarWords.Contains(token.Text))
            {
                organization |= IsOrganizationWord(token.Text);
                end++;
                continue;
            }

            // "L. Ron Hubbard", "George W. Bush": an initial's period inside a name.
            if (token.Is(".") && tokens[end - 1].Text.Length == 1 && char.IsUpper(tokens[end - 1].Text[0]) && token.Start == tokens[end - 1].End
                && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && tokens[end + 1].Text.Length > 1)
            {
                end++;
                continue;
            }

            // "People’s Republic of China", "Farmers’ Unions": a possessive inside a name.
            if (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && !tokens[end + 1].SentenceStart && token.Start == tokens[end - 1].End
                && ((token.Text is "’s" or "'s" && _knowledge.IsPossessiveNameStart(tokens[end - 1].Text))
                    || (token.Text is "’" or "'" && tokens[end - 1].Text.EndsWith("s", StringComparison.Ordinal) && (organization || EndsInNameHead(tokens, end + 1)))))
            {
                end++;
                continue;
            }

            // "Ariane 6", "Paris 2024": a short number right after a name.
            if (token.Kind == TokenKind.Number && token.Text.Length <= 4 && end == start + 1 && token.Start == tokens[end - 1].End + 1 && IsPlainNumber(token.Text)
                && end + 1 < tokens.Count && !tokens[end + 1].IsCapitalized && !IsCommon(tokens[end - 1].Text) && !Lexicon.CalendarWords.Contains(tokens[end - 1].Text)
                && !unitIsTable && !IsOrganizationWord(tokens[end - 1].Text) && !Lexicon.OtherWords.Contains(tokens[end - 1].Text)
                && (end + 1 >= tokens.Count || tokens[end + 1].Kind != TokenKind.Number) && IsNameWithNumber(tokens, end))
            {
                end++;
                break;
            }

            // A connector counts only between capitalised words: "Bank of England", not "Blinken of".
            if (token.IsWord && Lexicon.NameConnectors.Contains(token.Text) && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && !tokens[end + 1].SentenceStart)
            {
                var joins = token.Text switch
                {
                    // "Institute of Meteorology and Water Management", "Planning and Infrastructure Bill"; not "China and Russia".
                    // A head word right before "and" closes the name ("Democratic Party and Tanya Chan").
                    "and" or "&" => !Lexicon.CompanySuffixes.Contains(tokens[end - 1].Text)
                        && (EndsInNameHead(tokens, end + 1) || (organization && !IsOrganizationWord(tokens[end - 1].Text))),
                    "for" => organization,

                    // "Tanya Chan of the Civic Party", "Jann Wenner of Rolling Stone": a person of an organisation.
                    // "Ahmedou Ould Abdallah of Mauritania": plain name words, then a country, are a person and where they are from.
                    "of" => !LooksLikePersonName(tokens, start, end) && !(!organization && end - start >= 2 && IsPlainNameBeforeCountry(tokens, start, end)),
                    "in" => Lexicon.OtherWords.Contains(tokens[end - 1].Text),
                    "the" => tokens[end - 1].Text is "of" or "for",
                    _ => true,
                };
                if (!joins)
                {
                    break;
                }

                end++;
                continue;
            }

            break;
        }

        // Trailing connectors are not part of the name.
        while (end > start + 1 && !tokens[end - 1].IsCapitalized && tokens[end - 1].Kind != TokenKind.Number)
        {
            end--;
        }

        return end;
    }

    /// <summary>Whether [start, of) are plain name words (no title, no head word) and a known country follows the "of".</summary>
    private bool IsPlainNameBeforeCountry(List<Token> tokens, int start, int of)
    {
        for (var k = start; k < of; k++)
        {
            var word = tokens[k].Text;
            if (IsOrganizationWord(word) || Lexicon.LocationWords.Contains(word) || Lexicon.OtherWords.Contains(word) || _knowledge.StartsTitle(word.ToLowerInvariant()))
            {
                return false;
            }
        }

        var country = Find(tokens, of + 1, tokens.Count);
        return country.Known is { IsCountry: true } && (of + 1 + country.Length >= tokens.Count || !tokens[of + 1 + country.Length].IsCapitalized);
    }

    /// <summary>Whether the run so far ends in a person's name ("Foreign Minister Maria Lopez").</summary>
    private bool LooksLikePersonName(List<Token> tokens, int runStart, int end)
    {
        var start = -1;
        for (var k = Math.Max(runStart, end - 4); k <= end - 2; k++)
        {
            if (_knowledge.GivenName(tokens[k].Text) != '\0' || (_knowledge.IsSurnameFirst(tokens[k].Text) && k == end - 2))
            {
                start = k;
                break;
            }
        }

        if (start < 0)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (!tokens[k].IsCapitalized || IsOrganizationWord(tokens[k].Text) || Lexicon.LocationWords.Contains(tokens[k].Text) || Lexicon.NameConnectors.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The kind of a name of two to six plain words with no evidence at all. Person measured better
    /// than Organization on both the dev set (0.918 vs 0.906 typed F1) and GUM (0.609 vs 0.595).
    /// </summary>
    private const EntityKind DefaultLongKind = EntityKind.Person;

    private static bool IsPlainNumber(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOrganizationWord(string word) => Lexicon.OrganizationWords.Contains(word) || Lexicon.OrganizationHeads.Contains(word);

    /// <summary>Whether the capitalised words from <paramref name="start"/> end in an organisation or event word.</summary>
    private static bool EndsInNameHead(List<Token> tokens, int start)
    {
        var k = start;
        while (k < tokens.Count && k < start + 6 && tokens[k].IsCapitalized)
        {
            k++;
        }

        return k > start && (IsOrganizationWord(tokens[k - 1].Text) || Lexicon.OtherWords.Contains(tokens[k - 1].Text));
    }

    /// <summary>"Ariane 6" but not "Article 5 of" or "May 2024": the word before is a name, not a month or a common word.</summary>
    private bool IsNameWithNumber(List<Token> tokens, int number)
    {
        var word = tokens[number - 1].Text;
        return !_knowledge.IsCommonWord(word) && number >= 1 && tokens[number - 1].IsCapitalized && Find(tokens, number - 1, number).Length == 0 && !IsDemonymOrGroup(word);
    }

    private static bool IsSentenceBreak(List<Token> tokens, int index) => tokens[index].SentenceStart;

    /// <summary>
    /// Cuts a run at roles ("US Secretary of State | Antony Blinken") and records its pieces. A run
    /// without a role is one name: two names are never written side by side without punctuation, so
    /// "Nigeria Police Force", "Tokyo Marathon" and "Yiaga Africa" stay whole.
    /// </summary>
    private void Segment(UnitTokens unit, int start, int end)
    {
        var tokens = unit.Tokens;
        var i = start;

        // A sentence-initial common word ("Also", "Despite", "The") is not part of a name.
        while (i < end && (tokens[i].SentenceStart || (unit.UnreliableCase && i == start)) && IsCommon(tokens[i].Text) && Find(tokens, i, end).Length == 0)
        {
            i++;
            while (i < end && !tokens[i].IsCapitalized)
            {
                i++;
            }
        }

        // "Residents of Brackwater", "Neighbouring Czech Republic": a sentence-initial plural before a
        // connector, or a word before a known name, that the article never capitalises elsewhere opens
        // the sentence, not the name.
        if (i + 1 < end && tokens[i].SentenceStart && !_reliableWords.Contains(tokens[i].Text) && _knowledge.GivenName(tokens[i].Text) == '\0'
            && !tokens[i].IsAllCaps && Find(tokens, i, end).Length == 0 && MatchRole(tokens, i, end, requireName: true) == i
            && ((_lowerWords.Contains(tokens[i].Text.ToLowerInvariant()) && !IsNameFormingAdjective(tokens[i].Text))
                || (tokens[i].Text.EndsWith("s", StringComparison.Ordinal) && !tokens[i + 1].IsCapitalized)
                || Find(tokens, i + 1, end).Length == end - i - 1))
        {
            i++;
            while (i < end && !tokens[i].IsCapitalized)
            {
                i++;
            }
        }

        List<string>? role = null;
        var pieceStart = i;
        while (i < end)
        {
            var roleEnd = MatchRole(tokens, i, end, requireName: true);
            if (roleEnd <= i)
            {
                i++;
                continue;
            }

            // "Civil Aviation Minister X": an unknown portfolio in front of a bare title belongs to the role.
            if (i > pieceStart && !IsPortfolio(tokens, pieceStart, i))
            {
                Flush(unit, pieceStart, i, role);
            }

            // "US Secretary of State": the country in front of the role is still a mention.
            var nation = Find(tokens, i, roleEnd);
            if (nation.Length > 0 && nation.Known!.IsCountry)
            {
                AddPiece(new Piece(unit, i, i + nation.Length) { Known = nation.Known });
            }

            role = Lower(tokens, i, roleEnd);
            i = roleEnd;
            while (i < end && !tokens[i].IsCapitalized)
            {
                i++;
            }

            pieceStart = i;
        }

        Flush(unit, pieceStart, end, role);
    }

    /// <summary>Words before a title that name a portfolio ("Civil Aviation", "Home Affairs"), not an organisation or place.</summary>
    private bool IsPortfolio(List<Token> tokens, int start, int end)
    {
        if (Find(tokens, start, end).Length > 0)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsAllCaps || IsOrganizationWord(tokens[k].Text) || HasDigit(tokens[k].Text) || _knowledge.GivenName(tokens[k].Text) != '\0')
            {
                return false;
            }
        }

        return end - start <= 3;
    }

    /// <summary>Records tokens [start, end) as one piece, unless it is only a role or a demonym.</summary>
    private void Flush(UnitTokens unit, int start, int end, List<string>? role)
    {
        if (start >= end)
        {
            return;
        }

        var tokens = unit.Tokens;
        var known = Find(tokens, start, end);
        if (known.Length == end - start)
        {
            AddPiece(new Piece(unit, start, end) { Known = known.Known, Roles = role });
            return;
        }

        // A run of known places only ("Bali Indonesia" in a caption) splits into them.
        if (known.Length > 0 && AllKnown(tokens, start, end))
        {
            for (var k = start; k < end;)
            {
                var next = Find(tokens, k, end);
                AddPiece(new Piece(unit, k, k + next.Length) { Known = next.Known });
                k += next.Length;
            }

            return;
        }

        // "South American Mercosur", "German Bundestag": descriptive words in front of a known name.
        for (var k = start + 1; k < end && k <= start + 2; k++)
        {
            if (!IsDescriptive(tokens[k - 1].Text))
            {
                break;
            }

            var suffix = Find(tokens, k, end);
            if (suffix.Length == end - k)
            {
                AddPiece(new Piece(unit, k, end) { Known = suffix.Known, Roles = role });
                return;
            }
        }

        // "Washington Chris Gregoire", "Education Stefania Giannini": a given name inside an unknown run
        // starts a person's name (a description or office before it, without punctuation).
        for (var k = start + 1; k + 1 < end; k++)
        {
            if (_knowledge.GivenName(tokens[k].Text) != '\0' && _knowledge.GivenName(tokens[k - 1].Text) == '\0' && tokens[k + 1].IsCapitalized
                && !Lexicon.NameConnectors.Contains(tokens[k - 1].Text) && !EndsAsOrganization(tokens, start, end) && _knowledge.GivenName(tokens[start].Text) == '\0')
            {
                Flush(unit, start, k, null);
                Flush(unit, k, end, role);
                return;
            }
        }

        // "Refugee Council Enver Solomon": a name right after an organisation's head word is a person of it.
        for (var k = start + 1; k < end - 1; k++)
        {
            if (IsOrganizationWord(tokens[k].Text) && end - k - 1 is 2 or 3 && PlainNameWords(tokens, k + 1, end))
            {
                Flush(unit, start, k + 1, null);
                Flush(unit, k + 1, end, role ?? new List<string>());
                return;
            }
        }

        // "Italian Marco Venturi": a nationality in front of a name describes it.
        if (end - start > 1 && IsDemonymOrGroup(tokens[start].Text) && (_knowledge.GivenName(tokens[start + 1].Text) != '\0' || PlainNameWords(tokens, start + 1, end)))
        {
            Flush(unit, start + 1, end, role ?? new List<string> { tokens[start].Text.ToLowerInvariant() });
            return;
        }

        if (AllAdjectives(tokens, start, end) || _knowledge.IsGroupAdjective(Join(tokens, start, end)) || MatchRole(tokens, start, end, requireName: false) == end)
        {
            // "Chinese", "European", "Foreign Minister": descriptions, not names.
            return;
        }

        AddPiece(new Piece(unit, start, end) { Roles = role });
    }

    /// <summary>Capitalised words that could only be a person's name: no head words, connectors, known names or everyday words.</summary>
    private bool PlainNameWords(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var text = tokens[k].Text;
            if (!tokens[k].IsCapitalized || tokens[k].IsAllCaps || IsOrganizationWord(text) || Lexicon.LocationWords.Contains(text) || Lexicon.OtherWords.Contains(text)
                || Lexicon.NameConnectors.Contains(text) || IsCommon(text) || _knowledge.Find(text) is not null || _lowerWords.Contains(text.ToLowerInvariant()) || HasDigit(text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adjectives that often begin names ("Northern Railway", "National Rifle Association") even when the text also uses them in lower case.</summary>
    private bool IsNameFormingAdjective(string word) =>
        IsDescriptive(word) || word is "National" or "Central" or "Federal" or "International" or "Royal" or "United" or "General" or "Supreme"
            or "Independent" or "Democratic" or "New" or "Great" or "Grand" or "Upper" or "Lower" or "Greater" or "Civil" or "Public" or "State" or "Human";

    /// <summary>"Portuguese-speaking African", "Chinese": only adjectives.</summary>
    private bool AllAdjectives(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!IsDemonymOrGroup(tokens[k].Text) && !LooksLikeAdjective(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsDescriptive(string word) =>
        IsDemonymOrGroup(word) || word is "North" or "South" or "East" or "West" or "Central" or "Northern" or "Southern" or "Eastern" or "Western" or "American" or "Former";

    private bool AllKnown(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end;)
        {
            var next = Find(tokens, k, end);
            if (next.Length == 0 || next.Known!.Kind != EntityKind.Location)
            {
                return false;
            }

            k += next.Length;
        }

        return true;
    }

    private bool EndsAsOrganization(List<Token> tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (Lexicon.OrganizationWords.Contains(tokens[k].Text) || Lexicon.OrganizationHeads.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private void AddPiece(Piece piece)
    {
        var tokens = piece.Unit.Tokens;

        // An acronym defined in brackets right after the name: "Peoples Democratic Party (PDP)".
        if (piece.End + 2 < tokens.Count && tokens[piece.End].Is("(") && tokens[piece.End + 1].IsAllCaps && tokens[piece.End + 2].Is(")"))
        {
            piece.Acronym = tokens[piece.End + 1].Text;
        }

        _pieces.Add(piece);
    }

    /// <summary>The longest known name starting at <paramref name="start"/> (gazetteer first), within the run.</summary>
    private (int Length, KnownEntity? Known) Find(List<Token> tokens, int start, int end)
    {
        if (!_knowledge.StartsName(tokens[start].Text) && !(_gazetteer?.StartsName(tokens[start].Text) ?? false))
        {
            return tokens[start].IsAllCaps ? FindAllCaps(tokens, start, end) : (0, null);
        }

        var max = Math.Min(end - start, Math.Max(_knowledge.MaxNameWords, _gazetteer?.MaxNameWords ?? 1));
        for (var length = max; length >= 1; length--)
        {
            var text = Join(tokens, start, start + length);
            if (_gazetteer is not null)
            {
                if (_gazetteer.IsSuppressed(text))
                {
                    continue;
                }

                if (_gazetteer.Find(text) is { } user)
                {
                    return (length, user);
                }
            }

            if (_knowledge.Find(text) is { } known)
            {
                return (length, known);
            }
        }

        return (0, null);
    }

    /// <summary>
    /// "LONDON", "NEW ZEALAND": datelines and capitals-only headlines write known names in capitals; the
    /// knowledge base has them in title case. Acronyms ("NATO") are found as written before this is tried.
    /// </summary>
    private (int Length, KnownEntity? Known) FindAllCaps(List<Token> tokens, int start, int end)
    {
        var length = 0;
        while (start + length < end && length < _knowledge.MaxNameWords && tokens[start + length].IsAllCaps)
        {
            length++;
        }

        // A short word alone ("US", "IT", "WHO") is an acronym, never a title-cased name.
        var shortest = tokens[start].Text.Length > 3 ? 1 : 2;
        for (; length >= shortest; length--)
        {
            var words = new string[length];
            for (var k = 0; k < length; k++)
            {
                var word = tokens[start + k].Text;
                words[k] = word.Substring(0, 1) + word.Substring(1).ToLowerInvariant();
            }

            if (_knowledge.Find(string.Join(" ", words)) is { } known)
            {
                return (length, known);
            }
        }

        return (0, null);
    }

    /// <summary>
    /// A role at <paramref name="start"/>: an optional nationality, modifiers, then a title
    /// ("Chinese Foreign Minister", "Secretary of State"). Returns its end, or start when there is none.
    /// A role only counts when a name follows it within the run.
    /// </summary>
    private int MatchRole(List<Token> tokens, int start, int end, bool requireName)
    {
        var i = start;
        if (i < end && (_knowledge.DemonymCountry(tokens[i].Text) is not null || IsCountryName(tokens, i, end, out _)))
        {
            IsCountryName(tokens, i, end, out var countryLength);
            i += Math.Max(1, countryLength);
        }

        while (i < end && _knowledge.IsTitleModifier(tokens[i].Text.ToLowerInvariant()) && !IsTitleAt(tokens, i, end, out _))
        {
            i++;
        }

        if (i < end && IsTitleAt(tokens, i, end, out var titleLength))
        {
            var roleEnd = i + titleLength;

            // Allow chained titles: "Deputy Prime Minister", "Vice President".
            while (roleEnd < end && IsTitleAt(tokens, roleEnd, end, out var more))
            {
                roleEnd += more;
            }

            if (!requireName)
            {
                return roleEnd;
            }

            // "General Assembly", "Justice Ministry": a title word inside an organisation's name.
            return roleEnd < end && !EndsAsOrganization(tokens, roleEnd, end) && !Lexicon.OtherWords.Contains(tokens[end - 1].Text) && !Lexicon.LocationWords.Contains(tokens[end - 1].Text) ? roleEnd : start;
        }

        return start;
    }

    private bool IsCountryName(List<Token> tokens, int start, int end, out int length)
    {
        var known = Find(tokens, start, end);
        length = known.Length;
        return known.Length > 0 && known.Known!.IsCountry;
    }

    private bool IsTitleAt(List<Token> tokens, int start, int end, out int length)
    {
        if (!_knowledge.StartsTitle(tokens[start].Text.ToLowerInvariant()))
        {
            length = 0;
            return false;
        }

        for (length = Math.Min(_knowledge.MaxTitleWords, end - start); length >= 1; length--)
        {
            if (_knowledge.IsTitle(Lower(tokens, start, start + length, " ")))
            {
                return true;
            }
        }

        length = 0;
        return false;
    }

    private void ClassifyLongNames()
    {
        var unknown = new List<Piece>();
        foreach (var piece in _pieces)
        {
            if (piece.Known is { } known)
            {
                if (IsTeamInTable(piece, known))
                {
                    Attach(piece, Entity(piece.Surface, EntityKind.Organization, null));
                }
                else
                {
                    Attach(piece, Entity(known.Name, known.Kind, known));
                }
            }
            else if (piece.Length > 1)
            {
                unknown.Add(piece);
            }
        }

        // "Late Bellingham": a sentence-initial word the article never capitalises elsewhere, in front
        // of a name it knows, is an ordinary word.
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var piece in unknown)
        {
            if (!piece.First.SentenceStart)
            {
                surnames.Add(piece.Last.Text);
            }
        }

        foreach (var piece in unknown)
        {
            if (piece.First.SentenceStart && !_reliableWords.Contains(piece.First.Text) && _knowledge.GivenName(piece.First.Text) == '\0' && !IsAcronymCandidate(piece.First.Text))
            {
                var rest = Join(piece.Unit.Tokens, piece.Start + 1, piece.End);
                if (Find(piece.Unit.Tokens, piece.Start + 1, piece.End).Length == piece.Length - 1 || (piece.Length == 2 && surnames.Contains(rest)))
                {
                    piece.Start++;
                }
            }
        }

        AssignByVote(unknown.FindAll(p => p.Length > 1));
    }

    /// <summary>
    /// "Chicago 103 Utah 97", "Miami 14 4 .778": in a results table or standings a city or a state
    /// followed by its score is the team (a country stays a place: national sides are written as countries).
    /// The user's gazetteer is never overridden.
    /// </summary>
    private bool IsTeamInTable(Piece piece, KnownEntity known) =>
        piece.Unit.IsTableLine && known.Kind == EntityKind.Location && !known.IsCountry
        && piece.End < piece.Unit.Tokens.Count && piece.Unit.Tokens[piece.End].Kind == TokenKind.Number
        && !(_gazetteer?.Find(known.Name) is not null);

    /// <summary>
    /// Types unknown names by every place the article uses them: "in Patna" in one sentence and
    /// "Patna’s hospitals" in another both count. The kind model (<see cref="KindModel"/>) scores each
    /// mention, with the typing rules' verdict as one of its features; the scores of one surface are
    /// summed, so one name gets one kind per article, or none when "not an entity" wins.
    /// </summary>
    private void AssignByVote(List<Piece> pieces)
    {
        var mentions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var piece in pieces)
        {
            mentions.TryGetValue(piece.Surface, out var count);
            mentions[piece.Surface] = count + 1;
        }

        var votes = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var voted = new List<Piece>();
        foreach (var piece in pieces)
        {
            if ((piece.Unit.UnreliableCase && !AllReliable(piece)) || (_gazetteer is not null && _gazetteer.IsSuppressed(piece.Surface)))
            {
                continue;
            }

            var (kind, weight) = Classify(piece);
            if (kind is null)
            {
                // The rules' "no" is certain: a lone common word, a demonym, a contraction.
                continue;
            }

            var surface = piece.Surface;
            if (!votes.TryGetValue(surface, out var tally))
            {
                votes.Add(surface, tally = new float[KindModel.Classes]);
            }

            if (_model is not null || _observer is not null)
            {
                var candidate = new Candidate(
                    piece.Unit, piece.Start, piece.End, kind, weight,
                    _reliableWords.Contains(piece.First.Text), _lowerWords.Contains(piece.First.Text.ToLowerInvariant()), mentions[surface]);
                CandidateFeatures.Collect(candidate, _knowledge, _features);
                _observer?.Invoke(candidate, _features);
                _model?.AddScores(_features, tally);
            }

            tally[KindModel.ClassOf(kind.Value)] += weight * RuleVote;
            voted.Add(piece);
        }

        foreach (var piece in voted)
        {
            var tally = votes[piece.Surface];
            var best = KindModel.NoEntity;
            for (var c = 1; c < tally.Length; c++)
            {
                if (tally[c] > tally[best])
                {
                    best = c;
                }
            }

            if (best != KindModel.NoEntity)
            {
                Attach(piece, Entity(piece.Surface, KindModel.KindOf(best), null));
            }
        }
    }

    private void ResolveShortNames()
    {
        // Acronyms defined in brackets.
        foreach (var piece in _pieces)
        {
            if (piece.Acronym is not null && piece.Entity is { } owner && owner.Kind != EntityKind.Person)
            {
                var acronym = Entity(piece.Acronym, owner.Kind, null);
                if (acronym != owner.Root)
                {
                    acronym.MergedInto = owner.Root;
                }
            }
        }

        var open = new List<Piece>();
        foreach (var piece in _pieces)
        {
            if (piece.Entity is not null || piece.Length != 1)
            {
                continue;
            }

            var surface = piece.Surface;
            if (_entities.TryGetValue(surface, out var existing))
            {
                Attach(piece, existing.Root);
                continue;
            }

            if (FindByShortName(surface) is { } owner)
            {
                Attach(piece, owner);
                continue;
            }

            if (piece.Unit.UnreliableCase)
            {
                // In a Title Case line a lone word is only a name the body already has.
                continue;
            }

            // A single capitalised word at the start of a sentence is a name only if the article also
            // uses it mid-sentence, or it is a known given name.
            // "Standings", "Totals", "Heifers": an English word (the dictionary knows its lower-case form) is an
            // ordinary word there too.
            if (piece.First.SentenceStart && !_reliableWords.Contains(piece.First.Text) && piece.Roles is null && !piece.First.IsAllCaps
                && (_lowerWords.Contains(piece.First.Text.ToLowerInvariant()) || (IsPlainCapitalized(piece.First.Text) && _knowledge.IsDictionaryWord(piece.First.Text)) || !NameCueAfter(piece)))
            {
                continue;
            }

            open.Add(piece);
        }

        AssignByVote(open);
    }

    /// <summary>
    /// "Afghans", "Muslims", "Europeans": peoples and groups named by a plural noun are entities of kind
    /// Other where they stand outside a name. The adjectives ("Afghan officials") are not: measured on
    /// the GUM news dev set, they cost more precision than they gained (all-kinds typed F1 0.646 with
    /// them, against 0.658 without). They get no mention, so attribution never takes them for a speaker.
    /// </summary>
    private void AddNationalities()
    {
        foreach (var unit in _units)
        {
            if (unit.UnreliableCase)
            {
                continue;
            }

            var tokens = unit.Tokens;
            var named = new bool[tokens.Count];
            foreach (var mention in unit.Mentions)
            {
                for (var t = mention.TokenStart; t < mention.TokenEnd; t++)
                {
                    named[t] = true;
                }
            }

            for (var t = 0; t < tokens.Count; t++)
            {
                var word = tokens[t].Text;
                if (!named[t] && IsPeopleNoun(word) && !(_gazetteer is not null && _gazetteer.IsSuppressed(word)))
                {
                    Entity(word, EntityKind.Other, null).Surfaces.Add(word);
                }
            }
        }
    }

    /// <summary>A capitalised plural whose singular is a nationality or a group: "Afghans", "Muslims".</summary>
    private bool IsPeopleNoun(string word)
    {
        if (word.Length < 4 || word[word.Length - 1] != 's' || !char.IsUpper(word[0]))
        {
            return false;
        }

        var singular = word.Substring(0, word.Length - 1);
        return (_knowledge.DemonymCountry(word) is not null && _knowledge.DemonymCountry(singular) is not null)
            || (_knowledge.IsGroupAdjective(singular) && !Lexicon.CompassAdjectives.Contains(singular));
    }

    /// <summary>"Standings", not "IndiGo" or "eBay": a capital and then lower-case letters only.</summary>
    private static bool IsPlainCapitalized(string word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        for (var k = 1; k < word.Length; k++)
        {
            if (!char.IsLower(word[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Economiesuisse, the ...", "Eskom said": what follows a sentence-initial word says it is a name.</summary>
    private static bool NameCueAfter(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        if (piece.First.Text.EndsWith("s", StringComparison.Ordinal))
        {
            // "Economists said", "Officials say": plural nouns open sentences far more often than names ending in s.
            return false;
        }

        var next = piece.End;
        if (next < tokens.Count && tokens[next].IsWord && Lexicon.IsCoreReportingVerb(tokens[next].Text))
        {
            // "Scientists say", "Analysts warn": a plural noun with a plural verb.
            var verb = tokens[next].Text;
            return !(piece.First.Text.EndsWith("s", StringComparison.Ordinal) && !verb.EndsWith("s", StringComparison.Ordinal) && !verb.EndsWith("ed", StringComparison.Ordinal) && verb is not ("said" or "told" or "wrote"));
        }

        return next + 1 < tokens.Count && tokens[next].Is(",") && tokens[next + 1].Text is "the" or "a" or "an" or "which" or "who" or "whose";
    }

    /// <summary>"Blinken" → Antony Blinken, "Wang" → Wang Yi, "Rodríguez Ceja" → Victoria Rodríguez Ceja, "INEC" → Independent National Electoral Commission.</summary>
    private ArticleEntity? FindByShortName(string surface)
    {
        _shortNames ??= BuildShortNameIndex();
        if (_shortNames.TryGetValue(surface, out var owners))
        {
            return owners.Count == 1 ? owners[0] : null;
        }

        // "Tedros" for Tedros Adhanom Ghebreyesus: a given name alone, when only one person has it.
        return _givenNameOwners!.TryGetValue(surface, out var people) && people.Count == 1 ? people[0] : null;
    }

    /// <summary>
    /// Every short form of the long names found so far, built once (a look-up per short name keeps the
    /// whole step linear): surname suffixes of people, surname-first family names, acronyms of
    /// organisations, and their last word ("the Commission").
    /// </summary>
    private Dictionary<string, List<ArticleEntity>> BuildShortNameIndex()
    {
        var index = new Dictionary<string, List<ArticleEntity>>(StringComparer.Ordinal);
        _givenNameOwners = new Dictionary<string, List<ArticleEntity>>(StringComparer.Ordinal);
        foreach (var entity in _entities.Values)
        {
            if (entity.MergedInto is not null)
            {
                continue;
            }

            var words = entity.Name.Split(' ');
            if (entity.Kind == EntityKind.Person && words.Length > 1)
            {
                for (var k = 1; k < words.Length; k++)
                {
                    AddOwner(index, string.Join(" ", words, k, words.Length - k), entity);
                }

                // "Lula" of Luiz Inácio Lula da Silva: a middle name used alone.
                for (var k = 1; k < words.Length - 1; k++)
                {
                    if (words[k].Length > 0 && char.IsUpper(words[k][0]))
                    {
                        AddOwner(index, words[k], entity);
                    }
                }

                if (_knowledge.IsSurnameFirst(words[0]))
                {
                    AddOwner(index, words[0], entity);
                }
                else
                {
                    AddOwner(_givenNameOwners, words[0], entity);
                }
            }
            else if (entity.Kind == EntityKind.Organization && words.Length > 1)
            {
                AddOwner(index, Initials(entity.Name), entity);
                if (IsOrganizationWord(words[words.Length - 1]))
                {
                    AddOwner(index, words[words.Length - 1], entity);
                }
            }
        }

        return index;
    }

    private static void AddOwner(Dictionary<string, List<ArticleEntity>> index, string key, ArticleEntity entity)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(key, out var owners))
        {
            index.Add(key, owners = new List<ArticleEntity>(1));
        }

        if (!owners.Contains(entity))
        {
            owners.Add(entity);
        }
    }

    private static bool EndsWith(string[] words, string[] suffix)
    {
        for (var k = 1; k <= suffix.Length; k++)
        {
            if (words[words.Length - k] != suffix[suffix.Length - k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAcronymCandidate(string surface)
    {
        if (surface.Length < 2 || surface.Length > 8)
        {
            return false;
        }

        foreach (var c in surface)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Initials(string name)
    {
        var initials = new System.Text.StringBuilder();
        foreach (var word in name.Split(' ', '-'))
        {
            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                initials.Append(word[0]);
            }
        }

        return initials.ToString();
    }

    /// <summary>The kind of an unknown piece and how sure the evidence is (3 strong, 1 weak), or null when it is no name at all.</summary>
    private (EntityKind? Kind, int Weight) Classify(Piece piece)
    {
        const int Strong = 3, Medium = 2, Weak = 1;
        var tokens = piece.Unit.Tokens;
        var first = piece.First;
        var last = piece.Last;

        if (piece.Length == 1 && (IsCommon(first.Text) || Lexicon.CalendarWords.Contains(first.Text) || IsDemonymOrGroup(first.Text) || LooksLikeAdjective(first.Text) || first.Text.Length == 1 || IsContraction(first.Text)))
        {
            return (null, 0);
        }

        if (piece.Length == 1 && HasDigit(first.Text))
        {
            // "M23", "B3", "G7": codes of groups, companies and exchanges.
            return (EntityKind.Organization, Medium);
        }

        if (piece.Length == 1 && IsOrganizationWord(first.Text))
        {
            // "Congress", "Parliament" on their own.
            return (EntityKind.Organization, Medium);
        }

        if (_gazetteer is not null && _gazetteer.IsSuppressed(piece.Surface))
        {
            return (null, 0);
        }

        if (piece.Length > 1)
        {
            // "Ariane 6", "Windows 11": a model or edition.
            if (last.Kind == TokenKind.Number || Lexicon.OtherWords.Contains(last.Text) || HasAwardWord(tokens, piece.Start, piece.End - 1))
            {
                return (EntityKind.Other, Strong);
            }

            if (first.Text is "Operation" or "Project")
            {
                return (EntityKind.Other, Strong);
            }

            // "Manchester City", "Blackburn Rovers", "Real Madrid": a place's name with a club word is a club.
            if ((Lexicon.ClubWords.Contains(last.Text) && _knowledge.Find(Join(tokens, piece.Start, piece.End - 1))?.Kind == EntityKind.Location)
                || (Lexicon.ClubWords.Contains(first.Text) && _knowledge.Find(Join(tokens, piece.Start + 1, piece.End))?.Kind == EntityKind.Location))
            {
                return (EntityKind.Organization, Strong);
            }

            if (Lexicon.LocationWords.Contains(last.Text) || Lexicon.LocationPrefixes.Contains(first.Text) || IsFacility(tokens, piece.Start, piece.End))
            {
                return (EntityKind.Location, Strong);
            }

            for (var k = piece.Start; k < piece.End; k++)
            {
                if (Lexicon.OrganizationWords.Contains(tokens[k].Text) || (Lexicon.OrganizationHeads.Contains(tokens[k].Text) && k < piece.End - 1))
                {
                    return (EntityKind.Organization, Strong);
                }
            }

            // "Indiana Pacers", "Golden State Warriors", "Toronto Blue Jays": a place and a plural are a team.
            if (IsTeamName(tokens, piece.Start, piece.End))
            {
                return (EntityKind.Organization, Strong);
            }
        }

        if (piece.Roles is not null)
        {
            return (EntityKind.Person, Strong);
        }

        var previous = piece.Start > 0 ? tokens[piece.Start - 1] : default;
        var beforePrevious = piece.Start > 1 ? tokens[piece.Start - 2] : default;
        var previousLower = (previous.Text ?? string.Empty).ToLowerInvariant();

        if (previous.Text is not null && previous.IsWord && !previous.IsCapitalized)
        {
            if (_knowledge.IsTitle(previousLower) || Lexicon.PersonAnaphors.Contains(previousLower))
            {
                return (EntityKind.Person, Strong);
            }

            if (Lexicon.OrganizationNouns.Contains(previousLower))
            {
                return (EntityKind.Organization, Strong);
            }

            if (previousLower == "of" && beforePrevious.Text is not null && Lexicon.PlaceNouns.Contains(beforePrevious.Text))
            {
                return (EntityKind.Location, Strong);
            }
        }

        if (piece.End < tokens.Count && tokens[piece.End].IsWord && Lexicon.PlaceNouns.Contains(tokens[piece.End].Text))
        {
            return (EntityKind.Location, Strong);
        }

        if (piece.End < tokens.Count && tokens[piece.End].IsWord && tokens[piece.End].Text is "radio" or "television" or "newspaper" or "broadcaster" or "agency" or "group")
        {
            // "France Info radio", "the Yiaga group".
            return (EntityKind.Organization, Strong);
        }

        if (AppositionKind(piece) is { } described)
        {
            // "IndiGo, the country’s largest airline, ...".
            return (described, Strong);
        }

        if (piece.End + 1 < tokens.Count && tokens[piece.End].Is(",") && tokens[piece.End + 1].IsWord && Lexicon.PersonAnaphors.Contains(tokens[piece.End + 1].Text))
        {
            return (EntityKind.Person, Strong);
        }

        if (piece.Length == 1 && first.IsAllCaps && piece.Start == 0 && piece.End < tokens.Count && (tokens[piece.End].Kind == TokenKind.Number || tokens[piece.End].Text is "," or "-" or "–"))
        {
            // A dateline: "SIALKOT, Pakistan", "LONDON 1996-08-30".
            return (EntityKind.Location, Strong);
        }

        if (piece.Length == 1 && first.IsAllCaps)
        {
            // "in SIALKOT": a place written in capitals; otherwise capitals are an acronym's.
            return first.Text.Length >= 5 && piece.Start > 0 && tokens[piece.Start - 1].IsWord && Lexicon.LocationPrepositions.Contains(tokens[piece.Start - 1].Text)
                ? (EntityKind.Location, Strong)
                : (EntityKind.Organization, Medium);
        }

        var givenName = _knowledge.GivenName(first.Text) != '\0';
        var afterPreposition = previous.Text is not null && Lexicon.LocationPrepositions.Contains(previousLower);
        var speaks = piece.End < tokens.Count && tokens[piece.End].IsWord && Lexicon.IsCoreReportingVerb(tokens[piece.End].Text);
        if (piece.Length >= 2 && piece.Length <= 6 && AllNameLike(piece))
        {
            if (givenName || (_knowledge.IsSurnameFirst(first.Text) && piece.Length == 2) || _loneWords.Contains(last.Text))
            {
                // A known given name, or the surname used on its own elsewhere ("Sato, who ran ...").
                return (EntityKind.Person, Medium);
            }

            if (speaks)
            {
                return (EntityKind.Person, Medium);
            }

            if (previousLower is "the")
            {
                return (EntityKind.Organization, Weak);
            }

            if (previousLower is "and" or "or" or "," && IsLocationBefore(piece))
            {
                return (EntityKind.Location, Medium);
            }

            return afterPreposition ? (EntityKind.Location, Weak) : (DefaultLongKind, Weak);
        }

        if (piece.Length >= 2)
        {
            var lastKnown = _knowledge.Find(last.Text);
            return (afterPreposition || lastKnown?.Kind == EntityKind.Location ? EntityKind.Location : EntityKind.Organization, Weak);
        }

        // "SpaceX", "IndiGo", "eBay": brand-style capitals inside a word.
        if (IsCamelCase(first.Text))
        {
            return (EntityKind.Organization, Medium);
        }

        // One unknown word: a surname would have matched a full name by now, so one that speaks is an organisation.
        if (speaks)
        {
            return (EntityKind.Organization, Medium);
        }

        if (afterPreposition || (previousLower is "and" or "or" && IsLocationBefore(piece)))
        {
            return (EntityKind.Location, Medium);
        }

        return (givenName && previousLower != "the" ? EntityKind.Person : EntityKind.Location, Weak);
    }

    /// <summary>A place's name (known, or two capitalised words such as "Golden State") followed by a capitalised plural that is no place word.</summary>
    private bool IsTeamName(List<Token> tokens, int start, int end)
    {
        var last = tokens[end - 1].Text;
        if (end - start < 2 || last.Length < 4 || last[last.Length - 1] != 's' || last.EndsWith("ss", StringComparison.Ordinal)
            || Lexicon.LocationWords.Contains(last) || _knowledge.Find(last) is not null)
        {
            return false;
        }

        for (var split = end - 1; split > start; split--)
        {
            if (_knowledge.Find(Join(tokens, start, split)) is { Kind: EntityKind.Location })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kind an apposition gives a name: "X, the country’s largest airline," → organisation.</summary>
    private static EntityKind? AppositionKind(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        if (piece.End + 1 >= tokens.Count || !tokens[piece.End].Is(",") || tokens[piece.End + 1].Text is not ("the" or "a" or "an"))
        {
            return null;
        }

        for (var k = piece.End + 2; k < tokens.Count && k <= piece.End + 9; k++)
        {
            var word = tokens[k].Text;
            if (!tokens[k].IsWord || word is "of" or "for" or "at" or "in" or "by" or "which" or "who")
            {
                break;
            }

            // The head noun is the last before "of"/punctuation; check each in turn and keep the last.
            if (k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Text is not ("of" or "for" or "at" or "in" or "by" or "which" or "who") && !tokens[k + 1].IsCapitalized)
            {
                continue;
            }

            if (Lexicon.PlaceNouns.Contains(word))
            {
                return EntityKind.Location;
            }

            if (Lexicon.OrganizationNouns.Contains(word) || Lexicon.OrganizationAnaphors.Contains(word))
            {
                return EntityKind.Organization;
            }

            if (Lexicon.PersonAnaphors.Contains(word))
            {
                return EntityKind.Person;
            }

            break;
        }

        return null;
    }

    private static bool IsCamelCase(string word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]) && char.IsLower(word[k - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"I’d", "we’re": contractions.</summary>
    private static bool IsContraction(string word)
    {
        var apostrophe = word.IndexOfAny(new[] { '’', '\'' });
        return apostrophe >= 0 && apostrophe + 1 < word.Length && char.IsLower(word[apostrophe + 1]);
    }

    /// <summary>
    /// "Kennedy Space Center", "Museum of Flight", "Al-Ghaza Hotel": a building or site, a place where
    /// things happen ("Centre for Disease Control" with "for" is the organisation, not the building).
    /// </summary>
    private static bool IsFacility(List<Token> tokens, int start, int end)
    {
        var facility = false;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Text is "for")
            {
                return false;
            }

            facility |= Lexicon.FacilityWords.Contains(tokens[k].Text);
        }

        // "Delhi International Airport Limited": the company that runs the airport.
        return facility && !Lexicon.OrganizationWords.Contains(tokens[end - 1].Text);
    }

    /// <summary>"Nobel Prize in Literature", "World Cup of Hockey": an award or event word inside the name.</summary>
    private static bool HasAwardWord(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Text is "Prize" or "Award" or "Cup" or "Championship" or "Games" or "Festival" or "Olympics" or "Medal")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Sicilian", "Parisians", "Victorian", "French-speaking": adjectives and peoples, not names.</summary>
    private bool LooksLikeAdjective(string word) =>
        (word.EndsWith("s", StringComparison.Ordinal) && IsDemonymOrGroup(word.Substring(0, word.Length - 1)))
        || word.EndsWith("-speaking", StringComparison.Ordinal) || word.EndsWith("-based", StringComparison.Ordinal) || word.EndsWith("-born", StringComparison.Ordinal) || word.EndsWith("-led", StringComparison.Ordinal) || word.EndsWith("-owned", StringComparison.Ordinal)
        || (_knowledge.GivenName(word) == '\0'
        && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ians", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal) || word.EndsWith("eans", StringComparison.Ordinal)));

    /// <summary>"Punjab, Haryana and Uttar Pradesh" after "over": a list whose members are places.</summary>
    private bool IsLocationBefore(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        for (var k = piece.Start - 1; k >= 0 && k >= piece.Start - 12; k--)
        {
            var token = tokens[k];
            if (token.IsCapitalized)
            {
                if (_knowledge.Find(token.Text)?.Kind == EntityKind.Location)
                {
                    return true;
                }

                continue;
            }

            if (token.Is(",") || token.Text is "and" or "or")
            {
                continue;
            }

            return token.IsWord && Lexicon.LocationPrepositions.Contains(token.Text);
        }

        return false;
    }

    /// <summary>A reporting verb right after the name, or ", a/the ..., said".</summary>
    private static bool HasPersonCue(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        if (piece.End < tokens.Count && tokens[piece.End].IsWord && Lexicon.IsCoreReportingVerb(tokens[piece.End].Text))
        {
            return true;
        }

        return piece.End + 1 < tokens.Count && tokens[piece.End].Is(",") && tokens[piece.End + 1].IsWord
            && (Lexicon.PersonAnaphors.Contains(tokens[piece.End + 1].Text) || tokens[piece.End + 1].Text is "who" or "aged");
    }

    private bool AllNameLike(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        for (var k = piece.Start; k < piece.End; k++)
        {
            var text = tokens[k].Text;
            if (Lexicon.NameConnectors.Contains(text) && k > piece.Start && k < piece.End - 1 && text is not ("of" or "for" or "the" or "and" or "in" or "&"))
            {
                continue;
            }

            if (!tokens[k].IsCapitalized || tokens[k].IsAllCaps || HasDigit(text) || IsCommon(text) || IsDemonymOrGroup(text))
            {
                return false;
            }

            // "Space Shuttle", "Social Science": words the article also uses in lower case are not a person's name.
            if (_lowerWords.Contains(text.ToLowerInvariant()) && _knowledge.GivenName(text) == '\0')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every word of a piece from a Title Case line is also capitalised somewhere trustworthy.</summary>
    private bool AllReliable(Piece piece)
    {
        for (var k = piece.Start; k < piece.End; k++)
        {
            var token = piece.Unit.Tokens[k];
            if (token.IsCapitalized && !_reliableWords.Contains(token.Text))
            {
                return false;
            }
        }

        return true;
    }

    private ArticleEntity Entity(string name, EntityKind kind, KnownEntity? known)
    {
        if (!_entities.TryGetValue(name, out var entity))
        {
            entity = new ArticleEntity(name, kind, known, _entities.Count);
            if (kind == EntityKind.Person)
            {
                var gender = _knowledge.GivenName(name.Split(' ')[0]);
                entity.Gender = gender is 'm' or 'f' ? gender : '\0';
            }

            _entities.Add(name, entity);
        }

        return entity.Root;
    }

    private void Attach(Piece piece, ArticleEntity entity)
    {
        piece.Entity = entity;
        entity.Surfaces.Add(piece.Surface);
        if (piece.Roles is not null)
        {
            entity.Roles.UnionWith(piece.Roles);
        }

        if (entity.Kind == EntityKind.Person)
        {
            CollectRoles(piece, entity);
        }

        var tokens = piece.Unit.Tokens;
        piece.Unit.Mentions.Add(new Mention(piece.Unit.Unit, piece.Start, piece.End, tokens[piece.Start].Start, tokens[piece.End - 1].End, entity));
    }

    /// <summary>Role words around a person: "INEC chairman X", "X, executive director of ...,".</summary>
    private void CollectRoles(Piece piece, ArticleEntity entity)
    {
        var tokens = piece.Unit.Tokens;
        for (var k = piece.Start - 1; k >= 0 && k >= piece.Start - 4; k--)
        {
            var token = tokens[k];
            if (!token.IsWord)
            {
                break;
            }

            AddRole(entity, token.Text);
        }

        if (piece.End < tokens.Count && tokens[piece.End].Is(","))
        {
            for (var k = piece.End + 1; k < tokens.Count && k <= piece.End + 8; k++)
            {
                if (!tokens[k].IsWord)
                {
                    break;
                }

                AddRole(entity, tokens[k].Text);
            }
        }
    }

    private void AddRole(ArticleEntity entity, string word)
    {
        var lower = word.ToLowerInvariant();
        if (Lexicon.PersonAnaphors.Contains(lower) || _knowledge.IsTitle(lower) || _knowledge.IsTitleModifier(lower) || _knowledge.DemonymCountry(word) is not null)
        {
            entity.Roles.Add(lower);
        }
    }

    private bool IsCommon(string word) => _knowledge.IsCommonWord(word) && !(_gazetteer?.Find(word) is not null);

    private bool IsDemonymOrGroup(string word) => _knowledge.DemonymCountry(word) is not null || _knowledge.IsGroupAdjective(word);

    private static string CollapseSpaces(string text)
    {
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

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
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
            if (k > start && tokens[k].Text is not ("’s" or "'s" or "’" or "'"))
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
            words.Add(tokens[k].Text.ToLowerInvariant());
        }

        return words;
    }

    private static string Lower(List<Token> tokens, int start, int end, string separator) => Join(tokens, start, end).ToLowerInvariant();
}
