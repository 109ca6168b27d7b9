using System.Linq;
using SeedData.Generator.Model;
using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Name boundaries and kinds of wire copy (business, markets, politics, sports summaries), tokenised with spaces as
/// 1990s wire news is: an event fused with the place after it, a sentence's opening words fused with a nationality,
/// companies named in other languages, market indices (Other, as the team's wire gold types them), the desk that signs a story and a body's name before a role.
/// Every text is invented; each test fails without the rule it names.
/// </summary>
public class WireBoundaryTests
{
    private static bool Has(SeedEntity[] entities, string surface) => KindOf(entities, surface) is not null;

    [Fact]
    public void An_event_and_the_known_place_after_in_are_two_names()
    {
        var entities = Entities("SOCCER - VASSTRUP RETIRES .\n\n"
            + "Ostervik striker Tore Vasstrup , who played in the 1995 World Cup in South Africa , announced his retirement on Friday .\n\n"
            + "Vasstrup also won a silver medal at the Kellmark Games in New Zealand two years earlier , his club said .");
        Assert.Equal(Kind.Other, KindOf(entities, "World Cup"));
        Assert.Equal(Kind.Location, KindOf(entities, "South Africa"));
        Assert.False(Has(entities, "World Cup in South Africa"));
        Assert.Equal(Kind.Other, KindOf(entities, "Kellmark Games"));
        Assert.Equal(Kind.Location, KindOf(entities, "New Zealand"));
    }

    [Fact]
    public void A_nationality_after_of_that_ends_the_run_is_a_name_of_its_own()
    {
        var entities = Entities("SOCCER - DUTCH FIRST DIVISION SUMMARY .\n\nAMSTERDAM 1996-08-30\n\n"
            + "Summary of Dutch first division matches played on Friday :\n\n"
            + "Brayford 2 ( Okafor 37 , Lindqvist 81 ) Kellmoor 1 ( Vasstrup 65 ) . Half-time 1-0 . Attendance 8,500 .");
        Assert.Equal(Kind.Other, KindOf(entities, "Dutch"));
        Assert.False(Has(entities, "Summary of Dutch"));
        Assert.False(Has(entities, "Summary"));
    }

    [Fact]
    public void A_wire_label_word_before_of_is_no_part_of_the_name()
    {
        var entities = Entities("KELLMARK PARLIAMENT .\n\nKELLMARK CITY 1996-12-05\n\n"
            + "Summary of Kellmark parliament votes on Thursday :\n\n"
            + "The parliament approved the budget by 120 votes to 80 , with six abstentions , the speaker said .");
        Assert.False(Has(entities, "Summary of Kellmark"));
        Assert.True(Has(entities, "Kellmark"));
    }

    [Fact]
    public void Company_words_of_other_languages_make_an_organisation()
    {
        // Two plain name words read as a person's name without the company word.
        var entities = Entities("GERMAN STOCKS END HIGHER .\n\nFRANKFURT 1996-10-04\n\n"
            + "Deutsche Varnholt said on Friday that it expected profits for the year to match those of last year .\n\n"
            + "Societe Brevane and Petroleos de Kellmark both reported higher profits for the first half of the year .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Deutsche Varnholt"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Societe Brevane"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Petroleos de Kellmark"));
    }

    [Fact]
    public void Credit_opening_a_sentence_before_a_foreign_word_is_part_of_the_company()
    {
        // "Credit" is a common word (a photo credit) and was cut as a sentence opener.
        var entities = Entities("FRENCH BANKS .\n\nPARIS 1996-10-04\n\n"
            + "Credit Ostravien said on Friday it would cut 300 jobs in its branch network this year , a spokesman said .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Credit Ostravien"));
        Assert.False(Has(entities, "Ostravien"));
    }

    [Fact]
    public void A_one_word_company_is_told_by_its_ending()
    {
        var entities = Entities("AIRLINE LEASES JETS .\n\nMOSCOW 1996-10-04\n\n"
            + "The transport ministry said Ostraflot would lease four more aircraft from a Dutch bank next year .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Ostraflot"));
    }

    [Fact]
    public void A_broker_a_railway_or_a_foreign_company_word_makes_an_organisation()
    {
        // Two plain name words read as a person's name, one unknown word after "at" as a place.
        var entities = Entities("KELLMARK SHARES .\n\nKELLMARK CITY 1996-10-04\n\n"
            + "Drug group shares fell on Friday after brokers Varnay Hollis cut their forecasts for the year .\n\n"
            + "Economists at Ostbanken had expected a cut of 15 basis points , and Ostravia 's national railway OKZ said it would raise fares .\n\n"
            + "The buyer was advised by Delmare Freres , the seller by a Kellmark bank .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Varnay Hollis"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Ostbanken"));
        Assert.Equal(Kind.Organization, KindOf(entities, "OKZ"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Delmare Freres"));
    }

    [Fact]
    public void A_name_whose_price_moves_is_a_company()
    {
        // Two plain words read as a person's name; the price's move says it is a share.
        var entities = Entities("MARKETS - KELLMARK SHARES .\n\nKELLMARK CITY 1996-10-04\n\n"
            + "Varnholt Brevik fell 4.5 percent to 310 crowns in busy trading on Friday , while the wider market was flat .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Varnholt Brevik"));
    }

    [Fact]
    public void Known_market_indices_are_of_kind_other()
    {
        var entities = Entities("WORLD MARKETS .\n\nTOKYO 1996-09-12\n\n"
            + "Tokyo stocks ended lower on Thursday , with the Nikkei average ending down 120.35 points at 21,340.50 .\n\n"
            + "In Frankfurt , the DAX index closed 0.5 percent higher , while in Paris the CAC-40 gained 1.2 percent .\n\n"
            + "In London , the FTSE 100 index rose 12.3 points .");
        Assert.Equal(Kind.Other, KindOf(entities, "Nikkei"));
        Assert.Equal(Kind.Other, KindOf(entities, "DAX"));
        Assert.Equal(Kind.Other, KindOf(entities, "FTSE 100"));
        Assert.Equal(Kind.Other, KindOf(entities, "CAC-40"));
    }

    [Fact]
    public void A_name_before_index_or_average_is_of_kind_other()
    {
        var entities = Entities("WORLD MARKETS .\n\nKELLMARK CITY 1996-09-12\n\n"
            + "In Ostravia , the Brenmark index closed 0.3 percent lower , and in Vardonia the Taviro average ended up 12 points .");
        Assert.Equal(Kind.Other, KindOf(entities, "Brenmark"));
        Assert.Equal(Kind.Other, KindOf(entities, "Taviro"));
    }

    [Fact]
    public void The_desk_that_signs_a_wire_story_is_an_organisation_without_its_number()
    {
        var entities = Entities("BREVANE POWER PLANT SHUT .\n\nBREVANE 1996-11-20\n\n"
            + "The Brevane power plant was shut on Wednesday after a fire in its turbine hall , its operator said .\n\n"
            + "-- Brevane Newsroom +44 171 542 7658");
        Assert.Equal(Kind.Organization, KindOf(entities, "Brevane Newsroom"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("171") || e.Name.Contains("7658"));
    }

    [Fact]
    public void An_unknown_bank_before_a_role_keeps_its_name_where_the_article_writes_bank_in_lower_case()
    {
        var entities = Entities("KELLMARK HOLDS RATES .\n\nKELLMARK CITY 1996-10-03\n\n"
            + "Bank of Kellmark Governor Tomas Reyes said on Monday that the bank would not change its rates this year .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Bank of Kellmark"));
        Assert.Equal(Kind.Person, KindOf(entities, "Tomas Reyes"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("Governor"));
    }

    [Fact]
    public void A_foreign_bank_before_a_title_is_no_portfolio()
    {
        var entities = Entities("OSTRAVIA HOLDS RATES .\n\nOSTRAVIA 1996-10-03\n\n"
            + "Banco de Ostravia Governor Arvo Keskula said on Monday that the rates would stay the same this year .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Banco de Ostravia"));
        Assert.Equal(Kind.Person, KindOf(entities, "Arvo Keskula"));
    }

    [Fact]
    public void A_common_word_before_a_body_of_is_part_of_its_name()
    {
        var entities = Entities("VARDONIA BUDGET TALKS .\n\nVARDONIA 1996-10-03\n\n"
            + "State Bank of Vardonia Governor Ivan Petrak said on Friday that inflation would fall below ten percent next year .");
        Assert.Equal(Kind.Organization, KindOf(entities, "State Bank of Vardonia"));
        Assert.False(Has(entities, "Bank of Vardonia"));
    }

    [Fact]
    public void An_and_before_a_role_and_a_name_parts_two_people()
    {
        var entities = Entities("VARDONIA BUDGET TALKS .\n\nVARDONIA 1996-10-03\n\n"
            + "Bank of Vardonia Chairman Ivan Petrak and Finance Minister Lina Varga met on Friday to discuss the budget , the bank said .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Bank of Vardonia"));
        Assert.Equal(Kind.Person, KindOf(entities, "Ivan Petrak"));
        Assert.Equal(Kind.Person, KindOf(entities, "Lina Varga"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("Chairman"));
    }

    [Fact]
    public void A_group_word_before_a_party_plural_is_the_party()
    {
        var entities = Entities("VARDONIA COALITION ROW .\n\nVARDONIA 1996-10-03\n\n"
            + "The opposition Christian Democrats said on Friday they would call a vote of no confidence in the cabinet .\n\n"
            + "In the capital , the Christian Socialists said they would back the motion in parliament next week .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Christian Democrats"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Christian Socialists"));
        Assert.False(Has(entities, "Christian"));
    }

    [Fact]
    public void A_memorial_before_a_meeting_noun_is_an_event()
    {
        var entities = Entities("ATHLETICS - RESULTS .\n\nOSTERVIK 1996-08-23\n\n"
            + "Leading results at the Tore Halvorsen Memorial athletics meeting on Friday were announced by the organisers .");
        Assert.Equal(Kind.Other, KindOf(entities, "Tore Halvorsen Memorial"));
    }

    [Fact]
    public void A_rating_agency_with_a_tokenised_possessive_is_one_name()
    {
        var entities = Entities("KELLMARK RATING .\n\nKELLMARK CITY 1996-10-03\n\n"
            + "Moody 's Investors Service said on Thursday it had raised Kellmark 's credit rating by one notch .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Moody 's Investors Service"));
        Assert.False(Has(entities, "Investors Service"));
    }

    [Fact]
    public void A_lone_word_after_of_is_not_the_speaker_of_the_sentence()
    {
        // A lone unknown word before "told" is read as a person whose full name is elsewhere; after "of" it is not the subject.
        var entities = Entities("POLITICS - ENVOY MEETS LEADERS .\n\nNAIROBI 1996-07-14\n\n"
            + "Foreign Minister Klaus Brenner of Germany arrived in Washington Tuesday .\n\n"
            + "President Lamberto Oduya of Kellmark told reporters in Nairobi Sunday that talks would go on .");
        Assert.Equal(Kind.Person, KindOf(entities, "Lamberto Oduya"));
        Assert.NotEqual(Kind.Person, KindOf(entities, "Kellmark"));
    }

    [Fact]
    public void A_forum_for_a_cause_is_one_organisation()
    {
        var entities = Entities("KENYA OPPOSITION SPLITS .\n\nNAIROBI 1996-12-02\n\n"
            + "The Forum for the Renewal of Kavango said on Monday it would field its own candidate .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Forum for the Renewal of Kavango"));
        Assert.False(Has(entities, "Forum"));
    }

    [Fact]
    public void A_count_after_a_name_is_no_part_of_it()
    {
        var entities = Entities("SOCCER - LATE GOAL .\n\nROTTERDAM 1996-12-01\n\n"
            + "Feyenoord went ahead through Argentine midfielder Hernan Quilmaro 10 minutes from time .");
        Assert.Equal(Kind.Person, KindOf(entities, "Hernan Quilmaro"));
        Assert.False(Has(entities, "Hernan Quilmaro 10"));
    }

    [Fact]
    public void A_known_paper_after_a_capitalised_article_stays_whole()
    {
        var entities = Entities("Writing in a blog post , Tamsin Orlev of The Globe and Mail called the dispute a war .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Globe and Mail"));
        Assert.False(Has(entities, "Globe"));
        Assert.False(Has(entities, "Mail"));
    }

    [Fact]
    public void A_stance_on_a_known_name_is_no_name()
    {
        var entities = Entities("The Kellmark Alliance won seats . Pro-Beijing KDA 's Tamsin Orlev won , and for the Pro-Beijing camp , Orlev was elected .");
        Assert.Equal(Kind.Person, KindOf(entities, "Tamsin Orlev"));
        Assert.Equal(Kind.Organization, KindOf(entities, "KDA"));
        Assert.False(Has(entities, "Pro-Beijing"));
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Pro-", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_letter_and_an_English_word_end_a_name()
    {
        var entities = Entities("Pictures of the boy wearing a NASA T-shirt spread , and a Kellmark X-ray machine failed .");
        Assert.DoesNotContain(entities, e => e.Name.Contains("T-shirt") || e.Name.Contains("X-ray"));
    }

    [Fact]
    public void Elided_articles_saints_possessives_and_ampersands_stay_inside_names()
    {
        var entities = Entities("CYCLING - VARLO WINS .\n\nKORVIK 1996-11-14\n\n"
            + "Varlo , who won the Tour de l'Orvenne last year , trained at St Aldric 's Park , the trade house Harlan & Voss said .\n\n"
            + "Ministers met outside the Brenholm palace on Friday .");
        Assert.Equal(Kind.Other, KindOf(entities, "Tour de l'Orvenne"));
        Assert.Equal(Kind.Location, KindOf(entities, "St Aldric 's Park"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Harlan & Voss"));
        Assert.Equal(Kind.Location, KindOf(entities, "Brenholm"));
        Assert.DoesNotContain(entities, e => e.Name is "Tour" or "St Aldric" or "Park");
    }

    [Fact]
    public void At_in_a_capitals_headline_sentence_is_no_fixture()
    {
        // Known places, as a fixture's sides would be.
        var entities = Entities("KELLMARK , OSTRAVIANS RESUME NABLUS TALKS AT JERICHO .\n\nVARNOS 1996-11-05\n\n"
            + "Negotiators resumed talks on Tuesday on a troop pullback from the town of Nablus , officials said .");
        Assert.Equal(Kind.Location, entities.Single(e => e.Name == "Nablus").Kind);
        Assert.DoesNotContain(entities, e => e.Kind == Kind.Organization && e.Name is "NABLUS" or "JERICHO");
    }

    [Fact]
    public void A_place_noun_after_a_name_and_a_street_word_before_it_make_it_a_place()
    {
        var entities = Entities("PORTUGAL - DOCK STRIKE HALTS SHIPPING .\n\nLISBON 1996-10-08\n\n"
            // "giant" before a name is a company's noun ("the media giant"), but not before a place's name and "field".
            + "More than 30 ships waited at anchor in the Tavra estuary on Tuesday , and crude from the giant Kessak field was held up .\n\n"
            + "Trucks queued on the Salvang road , and strikers marched down Avenida Mariscal Olmedo to the ministry .");
        Assert.Equal(Kind.Location, KindOf(entities, "Tavra"));
        Assert.Equal(Kind.Location, KindOf(entities, "Kessak"));
        Assert.Equal(Kind.Location, KindOf(entities, "Salvang"));
        Assert.Equal(Kind.Location, KindOf(entities, "Avenida Mariscal Olmedo"));
    }

    [Fact]
    public void A_rugby_position_before_a_name_and_a_former_countrys_people_are_no_part_of_the_name()
    {
        var entities = Entities("RUGBY LEAGUE - HORNETS WIN .\n\nLEEDS , England 1996-04-06\n\n"
            + "Stand-off Daryl Penrick scored two tries as Halsworth won .\n\n"
            + "Western Samoan centre Lui Fanoga sealed the win five minutes from time .");
        Assert.Equal(Kind.Person, KindOf(entities, "Daryl Penrick"));
        Assert.Null(KindOf(entities, "Stand-off Daryl Penrick"));
        Assert.Equal(Kind.Other, KindOf(entities, "Western Samoan"));
        Assert.Equal(Kind.Person, KindOf(entities, "Lui Fanoga"));
    }

    [Fact]
    public void A_sentence_opening_compound_of_english_words_and_a_scot_are_no_part_of_the_name()
    {
        var entities = Entities("CENTRAL AFRICAN MUTINY .\n\nBANGUI 1996-11-16\n\n"
            + "State-run Radio Kavangu said the mutineers had seized the airport .\n\n"
            + "Scot Alan McCardie beat Welshman Dai Pritchard 9-4 in the quarter-finals .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Radio Kavangu"));
        Assert.Null(KindOf(entities, "State-run Radio Kavangu"));
        Assert.Equal(Kind.Person, KindOf(entities, "Alan McCardie"));
        Assert.Equal(Kind.Other, KindOf(entities, "Scot"));
    }
}
