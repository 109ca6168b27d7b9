using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction;

internal static partial class Lexicon
{
    /// <summary>
    /// The sport a wire headline opens with before its dash ("SOCCER - SHEARER HAT-TRICK …", "GOLF - LEADING SCORES"):
    /// the article is sports copy, where a city's name is as often its club's.
    /// </summary>
    public static readonly HashSet<string> SportLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "SOCCER", "FOOTBALL", "TENNIS", "GOLF", "CRICKET", "RUGBY", "RUGBY UNION", "RUGBY LEAGUE", "BASKETBALL", "BASEBALL", "ICE HOCKEY", "HOCKEY",
        "ATHLETICS", "CYCLING", "BOXING", "MOTOR RACING", "MOTORCYCLING", "MOTOR RALLYING", "FORMULA ONE", "SKIING", "ALPINE SKIING", "NORDIC SKIING",
        "SWIMMING", "ROWING", "SAILING", "YACHTING", "HORSE RACING", "SQUASH", "BADMINTON", "TABLE TENNIS", "VOLLEYBALL", "HANDBALL", "SNOOKER",
        "WRESTLING", "JUDO", "GYMNASTICS", "SPEED SKATING", "FIGURE SKATING", "BIATHLON", "TRIATHLON", "NFL", "NBA", "NHL", "NCAA", "AMERICAN FOOTBALL",
        "AUSTRALIAN RULES", "OLYMPICS", "SPORT", "SPORTS",
    };

    /// <summary>
    /// Labels before a colon that list a match's scorers, with their goals, tries or minutes: "Scorers : Okafor 37",
    /// "Tries : Pennock 2 , Lui Faleolo", "Goals : Neil Rudge 3" (rugby's goals are kicks).
    /// </summary>
    public static readonly HashSet<string> ScorerLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Scorers", "Scorer", "Goalscorers", "Goalscorer", "Tries", "Try", "Goals", "Conversions", "Penalties", "Cons", "Pens",
    };

    /// <summary>
    /// A league's name in the languages of European football: "Primera Liga", "Serie A", "Ligue 1", "Lega Pro", "Eerste
    /// Divisie"; news annotation in the CoNLL style types a league an organisation, as it does "Premier League".
    /// </summary>
    public static readonly HashSet<string> LeagueWords = new(StringComparer.Ordinal)
    {
        "Liga", "Ligue", "Lega", "Serie", "Divisie", "Divisione", "Superliga", "Superleague", "Ekstraklasa", "Allsvenskan", "Eliteserien", "Veikkausliiga",
    };

    /// <summary>A league's one-word name by its ending: "Bundesliga", "Oberliga", "Eredivisie", "Regionalliga".</summary>
    public static readonly string[] LeagueEndings = { "liga", "divisie" };

    /// <summary>
    /// Nations that field their own national sides without being countries of the knowledge base (the home nations; former
    /// countries such as "Yugoslavia" are countries of their own, former-countries.tsv): a place as a team, as a country is.
    /// </summary>
    public static readonly HashSet<string> HomeNations = new(StringComparer.Ordinal)
    {
        "England", "Scotland", "Wales", "Northern Ireland",
    };

    /// <summary>A team's players by position and its people, after a place's name in sports copy: "Derbyshire seamer", "Colorado goaltender" (more of <see cref="ClubStaff"/>).</summary>
    public static readonly HashSet<string> TeamPlayers = new(StringComparer.Ordinal)
    {
        "goaltender", "goalie", "netminder", "pitcher", "catcher", "shortstop", "outfielder", "infielder", "reliever", "quarterback", "linebacker",
        "seamer", "paceman", "spinner", "batsman", "wicketkeeper", "all-rounder", "flanker", "flyhalf", "fly-half", "scrum-half", "hooker", "lock",
        "centre-back", "centre-forward", "sweeper", "keeper", "chairman", "owner", "players", "squad", "rookie", "veteran", "teammate",
    };

    /// <summary>Nouns for a team right before its name in sports copy: "leaders Benfica", "Belgian side Kellmoor", "champions Ajax".</summary>
    public static readonly HashSet<string> TeamNouns = new(StringComparer.Ordinal)
    {
        "leaders", "champions", "holders", "visitors", "rivals", "side", "club", "outsiders", "newcomers", "underdogs", "favourites", "favorites",
        "runners-up", "opponents", "neighbours", "strugglers", "titleholders",
    };

    /// <summary>Notes in brackets after a result: overtime, shootout, extra time ("Seattle 104 DENVER 99 ( OT )").</summary>
    public static readonly HashSet<string> ResultNotes = new(StringComparer.Ordinal)
    {
        "OT", "SO", "AET", "ET", "OT2", "2OT", "3OT",
    };

    /// <summary>Where a lone city is the place, not the club of that name: "in Newcastle", "near Newcastle".</summary>
    public static readonly HashSet<string> PlaceOnlyPrepositions = new(StringComparer.Ordinal)
    {
        "in", "near", "outside", "around", "across", "throughout", "inside",
    };

    /// <summary>Verbs of a match whose object, in sports copy, is a side: "to play South Australia", "meet Western Australia", "beat Kent".</summary>
    public static readonly HashSet<string> TeamObjectVerbs = new(StringComparer.Ordinal)
    {
        "play", "plays", "playing", "meet", "meets", "meeting", "face", "faces", "facing", "beat", "beating", "host", "hosts", "hosting",
    };

    /// <summary>
    /// Verbs of a match that follow a team's name in sports copy and are no words of a place's: "Sunderland played at
    /// …", "Groningen equalised through …" (the result verbs themselves, "beat", "drew", are <see cref="MatchWords"/>).
    /// </summary>
    public static readonly HashSet<string> ResultVerbs = new(StringComparer.Ordinal)
    {
        "played", "equalised", "equalized", "levelled", "leveled", "conceded", "scored", "hammered", "crushed", "overcame",
    };

    /// <summary>
    /// Plural verbs British sports copy gives a team named by its place ("Somerset have signed", "Barcelona are second");
    /// a place itself takes the singular.
    /// </summary>
    public static readonly HashSet<string> TeamPluralVerbs = new(StringComparer.Ordinal)
    {
        "have", "are", "were",
    };

    /// <summary>Nouns of a venue after its name: "the Royal Sydney course", "the Monza circuit"; the name is the place.</summary>
    public static readonly HashSet<string> VenueNouns = new(StringComparer.Ordinal)
    {
        "course", "stadium", "ground", "arena", "circuit", "track", "velodrome", "racecourse", "oval", "links", "raceway", "speedway", "rink",
    };

    /// <summary>Words between a result verb and the other side: "lost to Lancashire", "drew with Kent".</summary>
    public static readonly HashSet<string> ResultPrepositions = new(StringComparer.Ordinal)
    {
        "to", "with", "over", "against", "at",
    };

    /// <summary>Words that may follow a venue's name after "at the" ("at the Santiago Bernabeu on Wednesday"); a noun there ("athletics meeting") names something else.</summary>
    public static readonly HashSet<string> VenueFollowers = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "where", "when", "and", "but", "while", "before", "after", "last", "this", "for", "to", "with", "against", "as", "yesterday",
        "today", "tonight", "since", "until", "next",
    };

    /// <summary>Words between a side's name and its innings on a cricket scoreboard: "Eastmoor first innings", "Kellford 2nd innings".</summary>
    public static readonly HashSet<string> InningsOrdinals = new(StringComparer.Ordinal)
    {
        "first", "second", "1st", "2nd",
    };

    /// <summary>A match's nouns before "between" and its two sides: "the match between Eastmoor and Valderburg".</summary>
    public static readonly HashSet<string> MatchNouns = new(StringComparer.Ordinal)
    {
        "match", "game", "final", "semifinal", "semi-final", "tie", "fixture", "clash", "derby", "encounter", "showdown", "play-off", "playoff",
    };

    /// <summary>Sports of a headline's label whose matches are between players ("the final between Sampras and Agassi"), not teams.</summary>
    public static readonly HashSet<string> IndividualSports = new(StringComparer.OrdinalIgnoreCase)
    {
        "TENNIS", "GOLF", "BOXING", "SNOOKER", "SQUASH", "BADMINTON", "TABLE TENNIS", "WRESTLING", "JUDO", "CHESS", "ATHLETICS", "FENCING", "DARTS",
    };

    /// <summary>The first word of a cycling race's name in the languages of its home roads: "Ronde van Kempenland", "Giro del Trentino", "Vuelta a Murcia".</summary>
    public static readonly HashSet<string> RaceOpeners = new(StringComparer.Ordinal)
    {
        "Ronde", "Giro", "Vuelta", "Volta", "Omloop", "Trofeo",
    };
}
