namespace SeedData.Generator.Extraction.Kinds;

/// <summary>
/// The kinds of evidence the kind model weighs (docs/extraction.md lists them with examples). The
/// numbers are part of the model file's meaning: renumbering one, or changing what it hashes, means
/// retraining (tools/SeedData.Training).
/// </summary>
internal enum Template
{
    Bias = 1,
    Word = 2,
    FirstWord = 3,
    LastWord = 4,
    Shape = 5,
    Length = 6,
    LastSuffix = 7,
    FirstSuffix = 8,
    Previous = 9,
    BeforePrevious = 10,
    Next = 11,
    AfterNext = 12,
    SentenceStart = 13,
    AllCaps = 14,
    CapitalisedLine = 15,
    TableLine = 16,
    GivenName = 18,
    LastWordKnown = 19,
    WordKnown = 20,
    CommonFirstWord = 21,
    DictionaryWord = 22,
    Rule = 23,
    UsedMidSentence = 24,
    UsedInLowerCase = 25,
    Connector = 26,
    CamelCase = 27,
    Digit = 28,
    Mentions = 29,
    SurnameFirst = 30,
    Demonym = 31,
    PreviousAndShape = 32,
    NextAndLength = 33,
    AppositionHead = 34,
    FirstAndLastKnown = 35,
    ScoreLine = 36,
    WordAlone = 37,
    Surname = 38,
}
