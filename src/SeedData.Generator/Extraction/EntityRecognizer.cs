using System;
using System.Collections.Generic;
using System.Threading;
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

    /// <summary>Capitalised words seen in a trustworthy position (not sentence-initial, not in a title-case line).</summary>
    private readonly HashSet<string> _reliableWords = new(StringComparer.Ordinal);

    /// <summary>Every lower-case word of the article: "Judges" at a sentence start is "judges" elsewhere.</summary>
    private readonly HashSet<string> _lowerWords = new(StringComparer.Ordinal);

    private EntityRecognizer(List<UnitTokens> units, Gazetteer? gazetteer)
    {
        _knowledge = KnowledgeBase.Instance;
        _gazetteer = gazetteer;
        _units = units;
    }

    public static List<ArticleEntity> Recognize(List<UnitTokens> units, Gazetteer? gazetteer, CancellationToken cancellationToken)
    {
        var recognizer = new EntityRecognizer(units, gazetteer);
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

            foreach (var token in unit.Tokens)
            {
                if (token.IsCapitalized && !token.SentenceStart)
                {
                    _reliableWords.Add(token.Text);
                }
                else if (token.IsWord && char.IsLower(token.Text[0]))
                {
                    _lowerWords.Add(token.Text);
                }
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

        ClassifyLongNames();
        ResolveShortNames();

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

        public string Surface => Unit.Text.Substring(Unit.Tokens[Start].Start, Unit.Tokens[End - 1].End - Unit.Tokens[Start].Start);

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

            var end = unit.UnreliableCase ? ReliableRunEnd(tokens, i) : RunEnd(tokens, i);
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
    private int RunEnd(List<Token> tokens, int start)
    {
        var end = start + 1;
        var organization = IsOrganizationWord(tokens[start].Text);
        while (end < tokens.Count)
        {
            var token = tokens[end];
            if (token.IsCapitalized && !IsSentenceBreak(tokens, end))
            {
                organization |= IsOrganizationWord(token.Text);
                end++;
                continue;
            }

            // "Ariane 6", "Paris 2024": a short number right after a name.
            if (token.Kind == TokenKind.Number && token.Text.Length <= 4 && end + 1 < tokens.Count && !tokens[end + 1].IsCapitalized && !IsCommon(tokens[end - 1].Text)
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
                    "and" or "&" => organization || EndsInNameHead(tokens, end + 1),
                    "for" => organization,
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

            Flush(unit, pieceStart, i, role);

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

        // "Italian Marco Venturi": a nationality in front of a name describes it.
        if (end - start > 1 && IsDemonymOrGroup(tokens[start].Text) && !EndsAsOrganization(tokens, start, end) && !Lexicon.OtherWords.Contains(tokens[end - 1].Text))
        {
            Flush(unit, start + 1, end, role ?? new List<string> { tokens[start].Text.ToLowerInvariant() });
            return;
        }

        if ((end - start == 1 && IsDemonymOrGroup(tokens[start].Text)) || _knowledge.IsGroupAdjective(Join(tokens, start, end)) || MatchRole(tokens, start, end, requireName: false) == end)
        {
            // "Chinese", "European", "Foreign Minister": descriptions, not names.
            return;
        }

        AddPiece(new Piece(unit, start, end) { Roles = role });
    }

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
                Attach(piece, Entity(known.Name, known.Kind, known));
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
    /// Types unknown names by every place the article uses them: "in Patna" in one sentence and
    /// "Patna’s hospitals" in another both count, and the strongest evidence wins.
    /// </summary>
    private void AssignByVote(List<Piece> pieces)
    {
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var verdicts = new List<(Piece Piece, EntityKind Kind)>();
        foreach (var piece in pieces)
        {
            if (piece.Unit.UnreliableCase && !AllReliable(piece))
            {
                continue;
            }

            var (kind, weight) = Classify(piece);
            if (kind is null)
            {
                continue;
            }

            var surface = piece.Surface;
            if (!votes.TryGetValue(surface, out var tally))
            {
                votes.Add(surface, tally = new int[4]);
            }

            tally[(int)kind.Value] += weight;
            verdicts.Add((piece, kind.Value));
        }

        foreach (var (piece, _) in verdicts)
        {
            var tally = votes[piece.Surface];
            var best = 0;
            for (var k = 1; k < tally.Length; k++)
            {
                if (tally[k] > tally[best])
                {
                    best = k;
                }
            }

            Attach(piece, Entity(piece.Surface, (EntityKind)best, null));
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

            // A single capitalised word at the start of a sentence is a name only if the article also
            // uses it mid-sentence, or it is a known given name.
            if (piece.First.SentenceStart && !_reliableWords.Contains(piece.First.Text) && piece.Roles is null && !piece.First.IsAllCaps
                && (_lowerWords.Contains(piece.First.Text.ToLowerInvariant()) || !NameCueAfter(piece)))
            {
                continue;
            }

            open.Add(piece);
        }

        AssignByVote(open);
    }

    /// <summary>"Economiesuisse, the ...", "Eskom said": what follows a sentence-initial word says it is a name.</summary>
    private static bool NameCueAfter(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        var next = piece.End;
        if (next < tokens.Count && tokens[next].IsWord && Lexicon.IsCoreReportingVerb(tokens[next].Text))
        {
            return true;
        }

        return next + 1 < tokens.Count && tokens[next].Is(",") && tokens[next + 1].Text is "the" or "a" or "an" or "which" or "who" or "whose";
    }

    /// <summary>"Blinken" → Antony Blinken, "Wang" → Wang Yi, "Rodríguez Ceja" → Victoria Rodríguez Ceja, "INEC" → Independent National Electoral Commission.</summary>
    private ArticleEntity? FindByShortName(string surface)
    {
        var short1 = surface.Split(' ');
        ArticleEntity? found = null;
        ArticleEntity? byGivenName = null;
        var givenNameCount = 0;
        foreach (var entity in _entities.Values)
        {
            if (entity.MergedInto is not null)
            {
                continue;
            }

            var matches = false;
            if (entity.Kind == EntityKind.Person)
            {
                var words = entity.Name.Split(' ');
                matches = words.Length > short1.Length && EndsWith(words, short1);
                matches |= short1.Length == 1 && words.Length > 1 && words[0] == surface && _knowledge.IsSurnameFirst(surface);
                if (!matches && short1.Length == 1 && words.Length > 1 && words[0] == surface)
                {
                    byGivenName = entity;
                    givenNameCount++;
                }
            }
            else if (entity.Kind == EntityKind.Organization && IsAcronymCandidate(surface))
            {
                matches = Initials(entity.Name) == surface;
            }
            else if (entity.Kind == EntityKind.Organization && short1.Length == 1 && IsOrganizationWord(surface))
            {
                matches = entity.Name.EndsWith(" " + surface, StringComparison.Ordinal);
            }

            if (matches)
            {
                if (found is not null && found != entity)
                {
                    return null;
                }

                found = entity;
            }
        }

        // "Tedros" for Tedros Adhanom Ghebreyesus: a given name alone, when only one person has it.
        return found ?? (givenNameCount == 1 ? byGivenName : null);
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

        if (piece.Length == 1 && (IsCommon(first.Text) || IsDemonymOrGroup(first.Text) || LooksLikeAdjective(first.Text) || first.Text.Length == 1 || IsContraction(first.Text)))
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
            if (Lexicon.OtherWords.Contains(last.Text))
            {
                return (EntityKind.Other, Strong);
            }

            if (Lexicon.LocationWords.Contains(last.Text) || Lexicon.LocationPrefixes.Contains(first.Text))
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

        if (piece.End + 1 < tokens.Count && tokens[piece.End].Is(",") && tokens[piece.End + 1].IsWord && Lexicon.PersonAnaphors.Contains(tokens[piece.End + 1].Text))
        {
            return (EntityKind.Person, Strong);
        }

        if (piece.Length == 1 && first.IsAllCaps)
        {
            return (EntityKind.Organization, Medium);
        }

        var givenName = _knowledge.GivenName(first.Text) != '\0';
        var afterPreposition = previous.Text is not null && Lexicon.LocationPrepositions.Contains(previousLower);
        var speaks = piece.End < tokens.Count && tokens[piece.End].IsWord && Lexicon.IsCoreReportingVerb(tokens[piece.End].Text);
        if (piece.Length >= 2 && piece.Length <= 4 && AllNameLike(piece))
        {
            if (givenName || (_knowledge.IsSurnameFirst(first.Text) && piece.Length == 2))
            {
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

            return afterPreposition ? (EntityKind.Location, Weak) : (EntityKind.Person, Weak);
        }

        if (piece.Length >= 2)
        {
            var lastKnown = _knowledge.Find(last.Text);
            return (afterPreposition || lastKnown?.Kind == EntityKind.Location ? EntityKind.Location : EntityKind.Organization, Weak);
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

        return (givenName ? EntityKind.Person : EntityKind.Location, Weak);
    }

    /// <summary>"I’d", "we’re": contractions.</summary>
    private static bool IsContraction(string word)
    {
        var apostrophe = word.IndexOfAny(new[] { '’', '\'' });
        return apostrophe >= 0 && apostrophe + 1 < word.Length && char.IsLower(word[apostrophe + 1]);
    }

    /// <summary>"Sicilian", "Parisians", "Victorian", "French-speaking": adjectives and peoples, not names.</summary>
    private bool LooksLikeAdjective(string word) =>
        (word.EndsWith("s", StringComparison.Ordinal) && IsDemonymOrGroup(word.Substring(0, word.Length - 1)))
        || word.EndsWith("-speaking", StringComparison.Ordinal) || word.EndsWith("-based", StringComparison.Ordinal) || word.EndsWith("-born", StringComparison.Ordinal) || word.EndsWith("-led", StringComparison.Ordinal) || word.EndsWith("-owned", StringComparison.Ordinal)
        || (_knowledge.GivenName(word) == '\0'
        && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ians", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal) || word.EndsWith("eans", StringComparison.Ordinal)));

    private bool IsLocationBefore(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        var k = piece.Start - 2;
        return k >= 0 && tokens[k].IsCapitalized && (_knowledge.Find(tokens[k].Text)?.Kind == EntityKind.Location || (k >= 1 && Lexicon.LocationPrepositions.Contains(tokens[k - 1].Text)));
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
            if (k > start)
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
