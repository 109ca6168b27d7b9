using SeedData.Generator.Extraction.Knowledge;

namespace SeedData.Generator.Extraction.Text;

/// <summary>Questions about one spelling that the rules ask again and again, answered once per <see cref="Word"/>.</summary>
internal enum WordFact
{
    /// <summary><see cref="Lexicon.IsReportingVerb"/>.</summary>
    ReportingVerb,

    /// <summary><see cref="Lexicon.IsCoreReportingVerb"/>.</summary>
    CoreReportingVerb,

    /// <summary><see cref="KnowledgeBase.IsCommonWord"/>.</summary>
    CommonWord,

    /// <summary><see cref="KnowledgeBase.IsDictionaryWord"/>.</summary>
    DictionaryWord,

    /// <summary><see cref="KnowledgeBase.StartsName"/>.</summary>
    StartsName,

    /// <summary><see cref="KnowledgeBase.StartsTitle"/> of the lower-case spelling.</summary>
    StartsTitle,

    /// <summary><see cref="KnowledgeBase.IsTitleModifier"/> of the lower-case spelling.</summary>
    TitleModifier,

    /// <summary><see cref="KnowledgeBase.IsGroupAdjective"/>.</summary>
    GroupAdjective,

    /// <summary><see cref="KnowledgeBase.IsSurnameFirst"/>.</summary>
    SurnameFirst,

    /// <summary><see cref="Lexicon.IsOrganizationWord"/>.</summary>
    OrganizationWord,

    /// <summary><see cref="Lexicon.IsTitleAbbreviation"/>.</summary>
    TitleAbbreviation,

    /// <summary>In <see cref="Lexicon.LocationWords"/>.</summary>
    LocationWord,

    /// <summary>In <see cref="Lexicon.OtherWords"/>.</summary>
    OtherWord,

    /// <summary>In <see cref="Lexicon.NameConnectors"/>.</summary>
    NameConnector,

    /// <summary>In <see cref="Lexicon.CalendarWords"/>.</summary>
    CalendarWord,

    /// <summary><see cref="KnowledgeBase.IsPeopleWord"/>.</summary>
    PeopleWord,

    /// <summary><see cref="KnowledgeBase.IsDemonymOrGroup"/>.</summary>
    DemonymOrGroup,

    /// <summary><see cref="KnowledgeBase.LooksLikeAdjective"/>.</summary>
    AdjectiveLike,

    /// <summary>A personal title (<see cref="Lexicon.PersonTitle"/> is not null).</summary>
    PersonTitle,

    /// <summary>In <see cref="Lexicon.ClubWords"/>.</summary>
    ClubWord,

    /// <summary>In <see cref="Lexicon.MatchWords"/>.</summary>
    MatchWord,

    /// <summary><see cref="Lexicon.IsPreposition"/>.</summary>
    Preposition,

    /// <summary><see cref="KnowledgeBase.IsSurname"/>.</summary>
    Surname,

    /// <summary><see cref="Lexicon.IsPersonPronoun"/>.</summary>
    PersonPronoun,

    /// <summary><see cref="EntityRecognizer.LooksLikeWebAddress"/>.</summary>
    WebAddress,

    /// <summary>In <see cref="Lexicon.BusinessHeads"/>.</summary>
    BusinessHead,

    /// <summary><see cref="KnowledgeBase.StartsLongPeopleWord"/>.</summary>
    StartsLongPeopleWord,

    /// <summary>In <see cref="Lexicon.EventAdjectives"/>.</summary>
    EventAdjective,
}

/// <summary>What a word looks like, as <see cref="Word.Shape"/> and each of its tokens keep it.</summary>
[System.Flags]
internal enum WordShapeBits : byte
{
    /// <summary>See <see cref="Token.IsCapitalized"/>.</summary>
    Capitalized = 1,

    /// <summary>See <see cref="Token.IsAllCaps"/>.</summary>
    AllCaps = 2,
}

/// <summary>
/// One spelling, shared by every token written that way (the tokenizer takes it from its thread's
/// <see cref="WordTable"/>): what a spelling looks like and what the knowledge base says about it
/// depend on the spelling alone, so they are worked out once per spelling instead of once per
/// question and token. Only the static word lists and knowledge base are asked here, never a
/// project's gazetteer. A word belongs to one thread's table, so its answers are filled in without locks.
/// </summary>
internal sealed class Word
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Instance;

    /// <summary>Two bits per <see cref="WordFact"/> (up to 32): asked, then the answer.</summary>
    private long _facts;
    private string? _lower;
    private Word? _folded;

    /// <summary><see cref="KnowledgeBase.GivenName"/>'s answer, or <see cref="NotAsked"/>.</summary>
    private char _givenName = NotAsked;
    private bool _demonymAsked;
    private string? _demonymCountry;
    private bool _knownAsked;
    private KnownEntity? _known;

    private const char NotAsked = '\uFFFF';

    /// <summary>
    /// The kind model's feature hashes of this spelling, one per template that hashes a word, kept by
    /// <see cref="Kinds.FeatureHash"/> (0: not worked out yet); null until a candidate name uses the word.
    /// </summary>
    public ulong[]? FeatureHashes;

    public Word(string text, int hash, TokenKind kind)
    {
        Text = text;
        Hash = hash;
        Kind = kind;
        Shape = kind == TokenKind.Word
            ? (WordShape.IsCapitalized(text) ? WordShapeBits.Capitalized : 0) | (WordShape.IsAllCaps(text) ? WordShapeBits.AllCaps : 0)
            : 0;
    }

    public string Text { get; }

    /// <summary>The table's hash of <see cref="Text"/>; also what a <see cref="WordSet"/> hashes by.</summary>
    public int Hash { get; }

    public TokenKind Kind { get; }

    /// <summary>See <see cref="Token.IsCapitalized"/>.</summary>
    public bool IsCapitalized => (Shape & WordShapeBits.Capitalized) != 0;

    /// <summary>See <see cref="Token.IsAllCaps"/>.</summary>
    public bool IsAllCaps => (Shape & WordShapeBits.AllCaps) != 0;

    /// <summary>Both shapes in one byte, which each token copies.</summary>
    public WordShapeBits Shape { get; }

    /// <summary>The spelling lower-cased (invariant culture).</summary>
    public string Lower => _lower ??= Text.ToLowerInvariant();

    /// <summary>
    /// The word every case-variant of this spelling shares (its upper-case form, as ordinal
    /// case-insensitive comparison has it): the key of case-blind word sets.
    /// </summary>
    public Word Folded => _folded ??= FoldedWord();

    /// <summary><see cref="KnowledgeBase.GivenName"/>: 'm', 'f', 'x' or '\0'.</summary>
    public char GivenName => _givenName != NotAsked ? _givenName : _givenName = Knowledge.GivenName(Text);

    /// <summary><see cref="KnowledgeBase.DemonymCountry"/>: the country code of a demonym, or null.</summary>
    public string? DemonymCountry
    {
        get
        {
            if (!_demonymAsked)
            {
                _demonymCountry = Knowledge.DemonymCountry(Text);
                _demonymAsked = true;
            }

            return _demonymCountry;
        }
    }

    /// <summary><see cref="KnowledgeBase.Find"/> of this one word: the known entity it names, or null.</summary>
    public KnownEntity? Known
    {
        get
        {
            if (!_knownAsked)
            {
                _known = Knowledge.Find(Text);
                _knownAsked = true;
            }

            return _known;
        }
    }

    public bool Is(WordFact fact)
    {
        var asked = 1L << (2 * (int)fact);
        if ((_facts & asked) == 0)
        {
            _facts |= asked | (Answer(fact) ? asked << 1 : 0);
        }

        return (_facts & (asked << 1)) != 0;
    }

    public override string ToString() => Text;

    private bool Answer(WordFact fact) => fact switch
    {
        WordFact.ReportingVerb => Lexicon.IsReportingVerb(Text),
        WordFact.CoreReportingVerb => Lexicon.IsCoreReportingVerb(Text),
        WordFact.CommonWord => Knowledge.IsCommonWord(Text),
        WordFact.DictionaryWord => Knowledge.IsDictionaryWord(Text),
        WordFact.StartsName => Knowledge.StartsName(Text),
        WordFact.StartsTitle => Knowledge.StartsTitle(Lower),
        WordFact.TitleModifier => Knowledge.IsTitleModifier(Lower),
        WordFact.GroupAdjective => Knowledge.IsGroupAdjective(Text),
        WordFact.SurnameFirst => Knowledge.IsSurnameFirst(Text),
        WordFact.OrganizationWord => Lexicon.IsOrganizationWord(Text),
        WordFact.TitleAbbreviation => Lexicon.IsTitleAbbreviation(Text),
        WordFact.LocationWord => Lexicon.LocationWords.Contains(Text),
        WordFact.OtherWord => Lexicon.OtherWords.Contains(Text),
        WordFact.NameConnector => Lexicon.NameConnectors.Contains(Text),
        WordFact.CalendarWord => Lexicon.CalendarWords.Contains(Text),
        WordFact.PeopleWord => Knowledge.IsPeopleWord(Text),
        WordFact.DemonymOrGroup => Knowledge.IsDemonymOrGroup(Text),
        WordFact.AdjectiveLike => Knowledge.LooksLikeAdjective(Text),
        WordFact.PersonTitle => Lexicon.PersonTitle(Text) is not null,
        WordFact.ClubWord => Lexicon.ClubWords.Contains(Text),
        WordFact.MatchWord => Lexicon.MatchWords.Contains(Text),
        WordFact.Preposition => Lexicon.IsPreposition(Text),
        WordFact.Surname => Knowledge.IsSurname(Text),
        WordFact.PersonPronoun => Lexicon.IsPersonPronoun(Text),
        WordFact.WebAddress => EntityRecognizer.LooksLikeWebAddress(Text),
        WordFact.BusinessHead => Lexicon.BusinessHeads.Contains(Text),
        WordFact.StartsLongPeopleWord => Knowledge.StartsLongPeopleWord(Text),
        WordFact.EventAdjective => Lexicon.EventAdjectives.Contains(Text),
        _ => false,
    };

    private Word FoldedWord()
    {
        var upper = Text.ToUpperInvariant();
        return ReferenceEquals(upper, Text) ? this : new Word(upper, WordTable.HashOf(upper, 0, upper.Length), Kind);
    }
}
