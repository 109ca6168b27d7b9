using System.Linq;
using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// One test per class of entity errors seen on unseen newswire (issue 11), each on sentences written
/// for the test: the class is fixed, not the example.
/// </summary>
public class EntityFailureClassTests
{
    [Fact]
    public void A_capitals_only_dateline_is_a_place()
    {
        var entities = Entities("Mills reopen after the flood\n\nKARAKORAM - Two textile mills reopened on Tuesday, officials said.\n\nWorkers returned to the mills in LONDON and in TIRUPUR on Monday.");
        Assert.Equal(Kind.Location, KindOf(entities, "KARAKORAM"));
        Assert.Equal(Kind.Location, KindOf(entities, "LONDON"));
        Assert.Equal(Kind.Location, KindOf(entities, "TIRUPUR"));
    }

    [Fact]
    public void Days_and_months_end_a_name_and_are_never_one()
    {
        var entities = Entities("Talks resume\n\nThe United States Thursday urged both sides to return to the table. The envoy will arrive on Dec 14 and leave in January.");
        Assert.Equal(Kind.Location, KindOf(entities, "United States"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("Thursday") || e.Name.Contains("Dec") || e.Name.Contains("January"));
    }

    [Fact]
    public void A_person_of_a_country_is_two_names()
    {
        var entities = Entities("Envoy named\n\nThe council appointed Mamadou Ould Tijani of Mauritania as its envoy to the region on Friday.");
        Assert.Equal(Kind.Person, KindOf(entities, "Mamadou Ould Tijani"));
        Assert.Equal(Kind.Location, KindOf(entities, "Mauritania"));
    }

    [Fact]
    public void A_company_suffix_closes_the_name_before_and()
    {
        var entities = Entities("Carriers plan a tie-up\n\nNorthwind Airways Plc and Southern Cross Airlines said on Monday they would seek approval for the alliance.");
        Assert.NotNull(KindOf(entities, "Northwind Airways Plc"));
        Assert.NotNull(KindOf(entities, "Southern Cross Airlines"));
        Assert.DoesNotContain(entities, e => e.Name.Contains(" and "));

        var list = Entities("Shares rise\n\nTraders bought Halvard Wellmont and Northern Telecom ahead of results. The Department of Health and Human Services said nothing.");
        Assert.NotNull(KindOf(list, "Northern Telecom"));
        Assert.DoesNotContain(list, e => e.Name.Contains("Wellmont and"));
        Assert.NotNull(KindOf(list, "Department of Health and Human Services"));
    }

    [Fact]
    public void A_place_with_a_club_word_is_a_club()
    {
        var entities = Entities("Late goal settles it\n\nManchester City beat Real Madrid 2-1 on Saturday, and the fans stayed long after the whistle.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Manchester City"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Real Madrid"));
    }

    [Fact]
    public void A_company_described_by_its_trade_is_an_organisation()
    {
        var entities = Entities("Profits rise\n\nProfits rose at Brannholm, the Danish brewer, in the first half of the year, the company said.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Brannholm"));
    }

    [Fact]
    public void A_results_table_line_does_not_make_a_name_of_a_number()
    {
        var entities = Entities("Scorers\n\nThe match ended in a draw after a late penalty.\n\nScorers: Lindqvist 83 , Okafor 12\n\nThe teams meet again in May.");
        Assert.DoesNotContain(entities, e => e.Name.Any(char.IsDigit));
    }

    [Fact]
    public void A_city_with_its_score_in_a_results_table_is_the_team()
    {
        var entities = Entities("Results\n\nResults of league games on Thursday:\n\nChicago 103 Toronto 97\n\nThe mayor of Chicago attended the game.");
        Assert.Contains(entities, e => e.Name == "Toronto" && e.Kind == Kind.Organization);
    }

    [Fact]
    public void A_name_before_administration_is_the_leader()
    {
        var entities = Entities("Talks\n\nThe Halvorsen administration welcomed the talks on Monday.");
        Assert.Equal(Kind.Person, KindOf(entities, "Halvorsen"));
    }

    [Fact]
    public void A_portfolio_or_a_chamber_before_a_title_is_no_name_of_its_own()
    {
        var entities = Entities("Jobs\n\nLabour Minister Tomas Vellberg said the figures were poor. Senate Majority Leader Ana Silva called it a victory.");
        Assert.Equal(Kind.Person, KindOf(entities, "Tomas Vellberg"));
        Assert.Null(KindOf(entities, "Labour"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Senate"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("Majority"));
    }

    [Fact]
    public void A_nationality_before_a_state_body_describes_it()
    {
        var entities = Entities("Ruling\n\nThe Maltese Ministry of Heritage and the Latvian Supreme Court of Appeal ruled on Monday. "
            + "The Maltese Orthodox Fellowship welcomed it.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Ministry of Heritage"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Supreme Court of Appeal"));
        Assert.Equal(Kind.Other, KindOf(entities, "Maltese"));
        Assert.Null(KindOf(entities, "Maltese Ministry of Heritage"));
        Assert.NotNull(KindOf(entities, "Maltese Orthodox Fellowship"));
    }

    [Fact]
    public void A_short_word_in_capitals_after_a_preposition_is_not_taken_for_a_place()
    {
        var entities = Entities("Results\n\nThe home team is written in CAPS in the table below.");
        Assert.NotEqual(Kind.Location, KindOf(entities, "CAPS"));
    }

    [Fact]
    public void Peoples_named_by_a_plural_or_an_adjective_outside_a_name_are_other_entities()
    {
        var entities = Entities("Aid arrives\n\nAfghans and Muslims from the region queued for aid, Afghan officials said on Monday. "
            + "A Brannholm bank lent the money to the Malian Growers Union and to farmers.");
        Assert.Equal(Kind.Other, KindOf(entities, "Afghans"));
        Assert.Equal(Kind.Other, KindOf(entities, "Muslims"));
        Assert.Equal(Kind.Other, KindOf(entities, "Afghan"));
        Assert.Null(KindOf(entities, "Malian"));
        Assert.NotNull(KindOf(entities, "Malian Growers Union"));
    }

    [Fact]
    public void An_ampersand_between_capitalised_words_is_inside_the_name()
    {
        var entities = Entities("Exhibits move\n\nThe Halden Aviation & Rocket Museum and Brask & Tollefsen announced the move on Monday.");
        Assert.NotNull(KindOf(entities, "Halden Aviation & Rocket Museum"));
        Assert.NotNull(KindOf(entities, "Brask & Tollefsen"));
    }

    [Fact]
    public void A_name_of_english_words_before_and_continues_into_the_head_word()
    {
        var entities = Entities("Exhibits move\n\nThe shuttle goes to the National Sea and Harbour Museum in the spring.");
        Assert.NotNull(KindOf(entities, "National Sea and Harbour Museum"));
        Assert.Null(KindOf(entities, "National Sea"));
    }

    [Fact]
    public void Of_the_and_for_the_continue_an_organisation_name()
    {
        var entities = Entities("Plan criticised\n\nThe Joint Council for the Defence of Tenants and the Ministry of the Coastlands said the plan was unfair.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Joint Council for the Defence of Tenants"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Ministry of the Coastlands"));
        var person = Entities("Award\n\nThe prize went to Tomas Ekdal of the Halden Choir on Friday.");
        Assert.Equal(Kind.Person, KindOf(person, "Tomas Ekdal"));
        var place = Entities("Study\n\nResearchers from the University of Brennmoor of the United Kingdom took part.");
        Assert.NotNull(KindOf(place, "University of Brennmoor"));
        Assert.Equal(Kind.Location, KindOf(place, "United Kingdom"));
    }

    [Fact]
    public void Office_titles_before_a_name_are_roles_not_part_of_the_name()
    {
        var entities = Entities("Museums chosen\n\nAgency Administrator Carl Brennvik and Sheriff Dana Holmqvist spoke. Curator Ines Vaart agreed.");
        Assert.Equal(Kind.Person, KindOf(entities, "Carl Brennvik"));
        Assert.Equal(Kind.Person, KindOf(entities, "Dana Holmqvist"));
        Assert.Equal(Kind.Person, KindOf(entities, "Ines Vaart"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("Administrator") || e.Name.Contains("Sheriff") || e.Name.Contains("Curator"));
    }

    [Fact]
    public void A_given_name_inside_unknown_name_words_does_not_split_a_person()
    {
        var entities = Entities("Coach speaks\n\nAfter the match, Tavito Dario Quenza, the coach, said the team had learned a lot. "
            + "Education Minister Stefania Rendell and Health Maria Olsgaard attended.");
        Assert.Equal(Kind.Person, KindOf(entities, "Tavito Dario Quenza"));
        Assert.Null(KindOf(entities, "Tavito"));
        // "Health" stays off the name, and a known given name before a word nothing else explains is a
        // person whatever the kind model makes of the lone "Health" before it (persons branch).
        Assert.Equal(Kind.Person, KindOf(entities, "Maria Olsgaard"));
        Assert.Null(KindOf(entities, "Health Maria Olsgaard"));
    }

    [Fact]
    public void Names_are_not_fused_with_a_label_a_leading_article_or_a_person_after_a_place()
    {
        var entities = Entities("Robots\n\nThe contest was held in Ridgeford Hall. Image: Brannholm Navy.\n\n"
            + "Members of The Ontario Dreamwrights met the ambassador to the United States Hamdullah Tirgari on Friday.");
        Assert.NotNull(KindOf(entities, "Ridgeford Hall"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("Image"));
        Assert.NotNull(KindOf(entities, "Ontario Dreamwrights"));
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("The ", System.StringComparison.Ordinal));
        Assert.Equal(Kind.Location, KindOf(entities, "United States"));
        Assert.Equal(Kind.Person, KindOf(entities, "Hamdullah Tirgari"));
    }

    [Fact]
    public void An_initial_and_a_sentence_opening_name_before_a_place_name_stay_whole()
    {
        var entities = Entities("Founders\n\nThe movement was founded by the writer L. Ron Hubbard in 1954. Valeska Paris said she had left.");
        Assert.Equal(Kind.Person, KindOf(entities, "L. Ron Hubbard"));
        Assert.NotNull(KindOf(entities, "Valeska Paris"));
        Assert.Null(KindOf(entities, "Valeska"));

        var afterAbbreviation = Entities("Visas\n\nThe team was finally allowed into the U.S. The President had stepped in.");
        Assert.DoesNotContain(afterAbbreviation, e => e.Name.Contains("The President") || e.Aliases.Any(a => a.Contains("The President")));
    }

    [Fact]
    public void Cities_in_a_match_report_are_teams_and_clubs_keep_their_prefix()
    {
        var entities = Entities("Football\n\nSevilla beat Valencia 3-1 on Sunday, while Bayern Munich drew 1-1 with Borussia Dortmund. Inter Milan lost to Sparta Prague.\n\nThe mayor of Lisbon said the city would host the final.");
        foreach (var team in new[] { "Sevilla", "Valencia", "Bayern Munich", "Borussia Dortmund", "Inter Milan", "Sparta Prague" })
        {
            Assert.Equal(Kind.Organization, KindOf(entities, team));
        }

        Assert.Equal(Kind.Location, KindOf(entities, "Lisbon"));
    }

    [Fact]
    public void A_result_line_names_teams_and_players_not_models()
    {
        var entities = Entities("Cricket\n\nThe match was drawn.\n\nWessex 442 and 134-3 (K. Varrow 67 not out) v Northbury 330.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Wessex"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Northbury"));
        Assert.Equal(Kind.Person, KindOf(entities, "K. Varrow"));
        Assert.DoesNotContain(entities, e => e.Name.Any(char.IsDigit));
    }

    [Fact]
    public void Agencies_banks_and_companies_described_as_things_are_organisations()
    {
        var entities = Entities("Markets\n\nThe Rentenbank left rates unchanged, the Tarsal news agency said. Nordwerk Telekom, which will list next month, expects a profit.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Rentenbank"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Tarsal"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Nordwerk Telekom"));
    }

    [Fact]
    public void Personal_titles_initials_and_party_tags_around_politicians()
    {
        var entities = Entities("Politics\n\nMr. Obrecht said he would veto the bill, and Mr. King agreed. Florida Rep. Alvin Hastwell (D-Fla.) and Rep. G.K. Butterworth (D-N.C.) objected.");
        Assert.Equal(Kind.Person, KindOf(entities, "Obrecht"));
        Assert.Equal(Kind.Person, KindOf(entities, "King"));
        Assert.Equal(Kind.Location, KindOf(entities, "Florida"));
        Assert.Equal(Kind.Person, KindOf(entities, "Alvin Hastwell"));
        Assert.Equal(Kind.Person, KindOf(entities, "G.K. Butterworth"));
        Assert.DoesNotContain(entities, e => e.Name is "Rep" or "D-Fla." or "D-N.C." || e.Name.EndsWith(" Rep", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Results_lines_keep_their_names_and_clubs_are_known_by_their_staff()
    {
        var entities = Entities("Tennis\n\nResults of first round matches at the Hamburg Open on Wednesday:\n\n"
            + "Marek Rosvall (Switzerland) beat 3 - Goran Ivanek (Croatia) 7-6 6-2\n\n"
            + "Scores after the first round of the Dutch Open in Velsburg on Thursday. Brayford manager Ruud Gallant said he would not sell his striker to Sampdoria.");
        Assert.Equal(Kind.Person, KindOf(entities, "Marek Rosvall"));
        Assert.Equal(Kind.Person, KindOf(entities, "Goran Ivanek"));
        Assert.NotNull(KindOf(entities, "Dutch Open"));
        Assert.DoesNotContain(entities, e => e.Name.Contains(" in "));
        Assert.Equal(Kind.Organization, KindOf(entities, "Brayford"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Sampdoria"));
    }

    [Fact]
    public void Club_and_company_names_lose_their_descriptions_and_keep_their_places()
    {
        var entities = Entities("Round-up\n\nChicago-based Northwind Airlines expanded its alliance.\n\n"
            + "Velder Eindhoven 3 Brakel Amsterdam 1\n\nKorvelt beat Vitesse Arnhem 2-0 on Sunday.");
        Assert.NotNull(KindOf(entities, "Northwind Airlines"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("-based"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Brakel Amsterdam"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Korvelt"));
    }

    [Fact]
    public void Capitalised_common_words_and_plurals_opening_a_sentence_are_no_names()
    {
        var entities = Entities("Markets\n\nStandings after Saturday's matches were unchanged.\n\nHeifers sold for 80 cents. Totals were higher. Posts and telegraph workers went on strike. Movement in the market was slow, traders said.");
        foreach (var word in new[] { "Standings", "Heifers", "Totals", "Posts", "Movement" })
        {
            Assert.Null(KindOf(entities, word));
        }
    }

    [Fact]
    public void Last_or_this_before_a_span_of_time_is_a_time_however_capitalised()
    {
        var entities = Entities("Lantern fair grows\n\nThe Brannholm lantern fair opened in Korvik on Saturday, organisers said.\n\n"
            + "Last Year over 4 million visitors came, and the city expects more This Week than in any week before.");
        Assert.DoesNotContain(entities, e => e.Name is "Year" or "Week" or "Last Year" or "This Week");
        Assert.Equal(Kind.Location, KindOf(entities, "Korvik"));
    }

    [Fact]
    public void An_unknown_word_opening_a_sentence_is_a_name_when_a_list_of_known_names_follows_it()
    {
        // The opener is known from nothing else: the known name after its comma, and the list going on, make it a name.
        var entities = Entities("Games fair opens\n\nThe fair opened on Friday in a large hall downtown, organisers said.\n\n"
            + "Zarbosoft, Microsoft, and Nintendo all had large areas set up for players. Meanwhile, Microsoft showed nothing new.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Zarbosoft"));
        Assert.Null(KindOf(entities, "Meanwhile"));
    }

    [Fact]
    public void A_news_agency_in_capitals_is_an_organisation_and_an_acronym_keeps_its_canonical_entity()
    {
        var entities = Entities("Talks\n\nThe talks would resume on Monday, the news agency KORSA said. FBI agents searched the office, and the FBI said nothing.");
        Assert.Equal(Kind.Organization, KindOf(entities, "KORSA"));
        var fbi = Assert.Single(entities, e => e.Name == "FBI" || e.Aliases.Contains("FBI"));
        Assert.Equal(Kind.Organization, fbi.Kind);
        Assert.Contains("FBI", fbi.Aliases.Append(fbi.Name));
    }

    [Fact]
    public void A_direction_before_a_known_place_is_one_place()
    {
        var entities = Entities("Rain returns\n\nFarmers in East Java and growers in Southern California waited for rain, as West Germany once did in a dry summer.");
        Assert.Equal(Kind.Location, KindOf(entities, "East Java"));
        Assert.Equal(Kind.Location, KindOf(entities, "Southern California"));
        Assert.Equal(Kind.Location, KindOf(entities, "West Germany"));
        Assert.DoesNotContain(entities, e => e.Name is "Java" or "California" or "Germany");
    }

    [Fact]
    public void A_given_name_inside_the_name_of_an_event_or_a_building_starts_no_person()
    {
        var entities = Entities("Concert season\n\nThe quartet played the Baltic Sea Jazz Festival on Friday and the Royal Albert Hall a week later.");
        Assert.Equal(Kind.Other, KindOf(entities, "Baltic Sea Jazz Festival"));
        Assert.NotNull(KindOf(entities, "Royal Albert Hall"));
        Assert.DoesNotContain(entities, e => e.Name is "Jazz Festival" or "Albert Hall");
    }

    [Fact]
    public void A_title_after_an_organisation_or_a_known_name_is_not_part_of_the_name()
    {
        var entities = Entities("Budget cut\n\nThe NASA Administrator said the cut was deep. The Museum of Aviation director and the Velder Bank CEO did not comment.");
        Assert.Equal(Kind.Organization, KindOf(entities, "NASA"));
        Assert.NotNull(KindOf(entities, "Velder Bank"));
        Assert.DoesNotContain(entities, e => e.Name.EndsWith("Administrator") || e.Name.EndsWith("CEO"));
    }

    [Fact]
    public void A_name_of_unknown_words_before_of_is_a_person_of_an_organisation()
    {
        var entities = Entities("Magazine sold\n\nThe deal was announced by Joran Wessel of Harbour Light magazine on Monday.");
        Assert.Equal(Kind.Person, KindOf(entities, "Joran Wessel"));
        Assert.DoesNotContain(entities, e => e.Name.Contains(" of "));
    }

    [Fact]
    public void A_surname_shared_by_two_people_of_the_article_is_a_person()
    {
        var entities = Entities("Brothers in the ring\n\nDuane Vaskell and his brother Rodney Vaskell both fought in Denver last year. Everyone at the gym believed in Vaskell.");
        Assert.Equal(Kind.Person, KindOf(entities, "Duane Vaskell"));
        Assert.Equal(Kind.Person, KindOf(entities, "Rodney Vaskell"));
        var vaskell = entities.Where(e => e.Name == "Vaskell" || e.Aliases.Contains("Vaskell")).ToArray();
        Assert.NotEmpty(vaskell);
        Assert.All(vaskell, e => Assert.Equal(Kind.Person, e.Kind));
    }

    [Fact]
    public void Two_organisations_joined_by_and_are_two_names()
    {
        var entities = Entities("Joint study\n\nResearchers from the Brannholm Institute of Technology and Velder State University published the study on soil in the spring. Both the Korvik Morning News and Tessel Post reported on it at length, and so did a newsletter of the Department of Health and Human Services.");
        Assert.NotNull(KindOf(entities, "Brannholm Institute of Technology"));
        Assert.NotNull(KindOf(entities, "Velder State University"));
        Assert.NotNull(KindOf(entities, "Korvik Morning News"));
        Assert.NotNull(KindOf(entities, "Tessel Post"));
        Assert.NotNull(KindOf(entities, "Department of Health and Human Services"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("Technology and") || e.Name.Contains("News and"));
    }

    [Fact]
    public void A_person_named_right_after_an_organisation_is_a_name_of_its_own()
    {
        var entities = Entities("Support grows\n\nA psychology major at University of Velder Brannholm Maria Korvik heard of the case and started a petition.");
        Assert.Equal(Kind.Person, KindOf(entities, "Maria Korvik"));
        Assert.NotNull(KindOf(entities, "University of Velder Brannholm"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("Brannholm Maria"));
    }

    [Fact]
    public void Plural_days_and_a_day_with_a_time_of_day_are_no_names()
    {
        var entities = Entities("Market days\n\nThe draw is held twice a week, on Tuesdays and Fridays. The Brannholm lantern fair opened on Saturday Night as crowds gathered in Korvik.");
        Assert.DoesNotContain(entities, e => e.Name is "Tuesdays" or "Fridays" || e.Name.Contains("Night"));
        Assert.Equal(Kind.Location, KindOf(entities, "Korvik"));
    }
}
