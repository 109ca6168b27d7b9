using SeedData.Generator.Model;
using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Business, markets and politics wire news: companies with their legal forms and "and" in their names, market
/// and treasury bodies, a portfolio after a body before a title, a company's people after its name. Every text is
/// invented in the shapes such news uses; each test fails without the rule it names.
/// </summary>
public class WireBusinessTests
{
    private static bool Has(SeedEntity[] entities, string surface) => KindOf(entities, surface) is not null;

    [Fact]
    public void A_legal_form_or_a_market_body_closing_a_name_makes_it_an_organisation()
    {
        // "Ford" is a given name and "U.S." reads as initials; the model alone takes "Veldhaven NV" for a person.
        var entities = Entities("Markets\n\nDutch rival Veldhaven NV also reported gains, and Ford Motor Co raised prices.\n\n"
            + "The U.S. Treasury would sell $ 18 billion in notes on Tuesday. The Paris Bourse closed 0.4 percent lower.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Veldhaven NV"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Ford Motor Co"));
        Assert.Equal(Kind.Organization, KindOf(entities, "U.S. Treasury"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Paris Bourse"));
    }

    [Fact]
    public void A_company_first_named_with_its_legal_form_is_the_same_company_by_its_short_name()
    {
        var entities = Entities("Results\n\nHarwell Group Plc said on Monday its profit rose. A Harwell spokesman said sales were strong.\n\n"
            + "Ostwerk AG said profit rose 14 percent. Ostwerk chief executive Klaus Brenninger said the group would grow.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Harwell"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Ostwerk"));
        Assert.Equal(Kind.Person, KindOf(entities, "Klaus Brenninger"));
    }

    [Fact]
    public void An_and_inside_a_company_name_with_its_legal_form_joins_also_where_the_form_is_left_out()
    {
        var entities = Entities("Telephone maker shares rise\n\nShares in Kellmark Telegraph and Telephone Corp rose 3 percent on Friday.\n\n"
            + "Brennar and Gault Inc, the household goods maker, said it would buy a rival. A Brennar and Gault spokeswoman declined to comment.\n\n"
            + "Britain and France agreed on Tuesday to cut tariffs.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Kellmark Telegraph and Telephone Corp"));
        Assert.False(Has(entities, "Telephone Corp"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Brennar and Gault Inc"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Brennar and Gault"));
        Assert.Equal(Kind.Location, KindOf(entities, "Britain"));
        Assert.Equal(Kind.Location, KindOf(entities, "France"));
    }

    [Fact]
    public void An_and_before_a_name_with_its_own_legal_form_is_a_list_of_companies()
    {
        var entities = Entities("Markets\n\nSaxby Corp, Pellworth and Braemoor Ltd each gained more than 2 percent on Friday.\n\n"
            + "Rostavia Bank and Kellmark Corp signed the loan. In Oslo, Torvik and Hamre ASA said it would sell the unit.");
        Assert.True(Has(entities, "Braemoor Ltd"));
        Assert.False(Has(entities, "Pellworth and Braemoor Ltd"));
        Assert.True(Has(entities, "Kellmark Corp"));

        // A place after a preposition and a comma opens the sentence: no list before the company.
        Assert.Equal(Kind.Organization, KindOf(entities, "Torvik and Hamre ASA"));
    }

    [Fact]
    public void A_sentence_opening_word_joined_by_and_to_a_head_word_before_a_title_stays_in_the_name()
    {
        var entities = Entities("Drug prices\n\nHealth and Human Services Secretary Donna Varley said on Friday that drug prices must fall.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Health and Human Services"));
        Assert.False(Has(entities, "Human Services"));
        Assert.Equal(Kind.Person, KindOf(entities, "Donna Varley"));
    }

    [Fact]
    public void A_legal_form_closes_the_name_before_of_and_a_nationality_before_it_describes_the_company()
    {
        var entities = Entities("Jobs\n\nLumina SA of France said it would cut 300 jobs, and Swiss Bremgarten Holding AG reported gains.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Lumina SA"));
        Assert.Equal(Kind.Location, KindOf(entities, "France"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Bremgarten Holding AG"));
        Assert.False(Has(entities, "Swiss Bremgarten Holding AG"));
    }

    [Fact]
    public void An_english_word_before_a_country_that_speaks_is_one_name()
    {
        var entities = Entities("Prices\n\nStatistics Canada said consumer prices rose 0.3 percent in November, while the Bank of Canada left rates unchanged.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Statistics Canada"));
    }

    [Fact]
    public void A_spokesman_after_a_name_or_an_analyst_at_it_makes_it_an_organisation()
    {
        var entities = Entities("Oil\n\nThe board approved the plan on Monday. A Telvarra spokesman said the plan would cost $ 2 billion.\n\n"
            + "\"The market was surprised,\" said Marek Zielnicki, an analyst at Dravnik in Warsaw.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Telvarra"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Dravnik"));
    }

    [Fact]
    public void A_portfolio_between_a_body_and_a_title_is_neither_part_of_the_body_nor_of_the_person()
    {
        var entities = Entities("Beef aid\n\nEU Farm Commissioner Franz Fischbach told reporters the Commission would make a new proposal.");
        Assert.Equal(Kind.Organization, KindOf(entities, "EU"));
        Assert.False(Has(entities, "EU Farm"));
        Assert.Equal(Kind.Person, KindOf(entities, "Franz Fischbach"));
    }

    [Fact]
    public void A_possessive_right_before_a_legal_form_is_inside_the_company_name()
    {
        var entities = Entities("Sales\n\nKellerman's Corp said on Monday its sales rose 9 percent. Britain's Gorvane Plc also reported higher sales.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Kellerman's Corp"));
        Assert.Equal(Kind.Location, KindOf(entities, "Britain"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Gorvane Plc"));
    }

    [Fact]
    public void The_initials_of_a_company_named_with_its_legal_form_are_the_company()
    {
        var entities = Entities("Steel\n\nTarrow Hill Proprietary Co Ltd rose 12 cents. THP said on Wednesday it would close a steelworks.");
        Assert.Equal(Kind.Organization, KindOf(entities, "THP"));
        Assert.Equal(KindOf(entities, "Tarrow Hill Proprietary Co Ltd"), KindOf(entities, "THP"));
    }

    [Fact]
    public void A_sentence_opening_company_keeps_its_name_when_another_company_ends_in_the_same_legal_form()
    {
        // "Corp" ends another name mid-sentence: it is no surname that makes "Tarvel" an opening word.
        var entities = Entities("Stocks\n\nAnalysts at Albany Corp were cautious.\n\nTarvel Corp led technology stocks higher.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Tarvel Corp"));
    }

    [Fact]
    public void Words_between_a_head_word_and_a_legal_form_are_no_person()
    {
        var entities = Entities("Oil\n\nThe Nigerian unit, Kesh Petroleum Development Co, said output was normal.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Kesh Petroleum Development Co"));
        Assert.False(Has(entities, "Development Co"));
    }

    [Fact]
    public void A_movement_or_party_right_after_a_name_makes_it_an_organisation()
    {
        var entities = Entities("Strike\n\nThe Vandar movement called a general strike on Monday, and the Oskel party joined it.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Vandar"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Oskel"));
    }

    [Fact]
    public void Wire_agencies_parties_and_armed_groups_are_known_organisations()
    {
        // Names a model cannot type from their letters alone: a party before a title, agencies that open a sentence.
        var entities = Entities("Talks\n\nBELFAST 1996-12-10\n\nSinn Fein president Ronan Quill said the talks would go on. "
            + "Itar-Tass said the delegations met. Belga reported the vote, and Tanjug carried the statement.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Sinn Fein"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Itar-Tass"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Belga"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Tanjug"));
    }

    [Fact]
    public void A_known_central_bank_before_a_title_keeps_its_country()
    {
        // "Japan Governor" reads as a country's governor; inside "Bank of Japan" it is not.
        var entities = Entities("Rates\n\nTOKYO 1996-12-06\n\nDealers said Bank of Japan Governor Kenji Aramaki spoke on Friday.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Bank of Japan"));
        Assert.Equal(Kind.Person, KindOf(entities, "Kenji Aramaki"));
    }

    [Fact]
    public void A_plural_trade_noun_closing_a_name_makes_it_a_company()
    {
        // Two unknown capitalised words read as a person's name; "Bakeries", "Mills", "Breweries" are what companies are called.
        var entities = Entities("USA - OSKAMP FOODS TO BUY BAKERIES .\n\nCHICAGO 1996-10-17\n\n"
            + "The company said it would buy Dalvane Bakeries for $ 120 million , and sell Tressing Mills and Harrowgate Breweries to a rival .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Dalvane Bakeries"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Tressing Mills"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Harrowgate Breweries"));
    }

    [Fact]
    public void A_name_before_crossing_is_a_place_and_trinidad_is_the_country()
    {
        var entities = Entities("ISRAEL - TALKS RESUME .\n\nJERUSALEM 1996-10-06\n\n"
            + "The two sides would meet at the Kelmoraq crossing on Monday , officials said .\n\n"
            + "Leading entries : Ato Velmore ( Trinidad ) , Piet Rensburg ( Namibia )");
        Assert.Equal(Kind.Location, KindOf(entities, "Kelmoraq"));
        Assert.Equal(Kind.Location, KindOf(entities, "Trinidad"));
    }

    [Fact]
    public void A_company_named_by_its_trade_goes_by_its_first_word_after_its_full_name()
    {
        var entities = Entities("COURT DISMISSES VAREK HOLDINGS CLAIM .\n\nLONDON 1996-11-14\n\n"
            + "A High Court judge on Thursday dismissed a damages claim brought by Varek Holdings against a Norwegian shipowner .\n\n"
            + "The judge said Varek , a trading company registered in Jersey , had failed to show any loss . Varek had argued otherwise .");
        var company = Assert.Single(entities, e => e.Name == "Varek Holdings");
        Assert.Equal(Kind.Organization, company.Kind);
        Assert.Contains("Varek", company.Aliases);
        Assert.DoesNotContain(entities, e => e.Name == "Varek");
    }

    [Fact]
    public void A_trades_word_closes_a_company_name_before_of_and_a_place_and_keeps_a_city_inside_it()
    {
        var entities = Entities("KELLWAY MARITIME PROFIT FALLS .\n\nHONG KONG 1996-11-14\n\n"
            + "The group will take two new vessels built by Taesan Heavy Industries of South Korea early next year , a director said .\n\n"
            + "It also holds 35 percent of Guangzhou Peihua Cement , a joint venture , and said its shipping unit , Kellway Marine , had a weak year .\n\n"
            + "NOTE - Kellway Maritime is a Hong Kong shipping group .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Taesan Heavy Industries"));
        Assert.Equal(Kind.Location, KindOf(entities, "South Korea"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Guangzhou Peihua Cement"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Kellway Marine"));
        Assert.DoesNotContain(entities, e => e.Name.EndsWith(" of South Korea") || e.Name is "Peihua Cement" or "NOTE");
    }

    [Fact]
    public void Indices_units_of_account_and_companies_without_a_legal_form_get_their_kinds()
    {
        var entities = Entities("EUROPEAN STOCKS MIXED .\n\nLONDON 1996-11-14\n\n"
            + "In Zurich , the KSX index added 0.9 percent , led by banks after Brackwell Financial reported higher profits . "
            + "Retailer Maison Cordoux was the top performer , and the budget gained an additional 500 million ECUs .\n\n"
            + "Output at the Los Vientos mine rose , and a by-election in the constituency of Bukit Serai was set for March .");
        Assert.Equal(Kind.Other, KindOf(entities, "KSX"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Brackwell Financial"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Maison Cordoux"));
        Assert.Equal(Kind.Location, KindOf(entities, "Bukit Serai"));
        Assert.Equal(Kind.Location, KindOf(entities, "Los Vientos"));
        Assert.Null(KindOf(entities, "ECUs"));
    }

    [Fact]
    public void A_name_that_moves_by_a_number_to_a_new_price_is_a_company_and_a_dollars_letters_no_name()
    {
        var entities = Entities("HONG KONG STOCKS END FIRMER .\n\nHONG KONG 1996-12-03\n\n"
            + "Property shares led the market higher on Tuesday . Lanfong Land rose 1.25 to HK$ 69.75 and Tsang Wah added 0.75 to HK$ 60.25 ahead of a board meeting .\n\n"
            + "Brokers said Kowloon Harbour could follow after it fell 15 cents to A$ 2.14 last week .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Lanfong Land"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Tsang Wah"));
        Assert.Null(KindOf(entities, "HK"));
        Assert.Null(KindOf(entities, "A"));
    }

    [Fact]
    public void A_trade_before_a_name_a_ruling_party_and_a_regulators_panel_are_organisations()
    {
        var entities = Entities("Trade\n\nIstanbul textile exporter Demirel Tekstil has won a $ 40 million order , and the processor Hoogmeer Cacao reported record grindings .\n\n"
            + "Under Takeover Panel rules the bidder must post its offer within 28 days .\n\n"
            + "Ramdev , a leader of the ruling Janata Sangh , denied any role in the affair .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Demirel Tekstil"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Hoogmeer Cacao"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Takeover Panel"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Janata Sangh"));
    }

    [Fact]
    public void A_place_or_a_name_before_an_agreements_noun_names_the_agreement()
    {
        // "Maastricht" and "Dayton" are known places: the noun after them decides, as it does for the unknown "Bradley".
        var entities = Entities("EU BUDGET RULES .\n\nDUBLIN 1996-12-13\n\n"
            + "The deficit may not exceed the limit set in the Maastricht treaty , officials said , and the Dayton accords hold in Bosnia .\n\n"
            + "Ecuador 's Bradley bonds rose on the news , dealers in Quito said .");
        Assert.Equal(Kind.Other, KindOf(entities, "Maastricht"));
        Assert.Equal(Kind.Other, KindOf(entities, "Dayton"));
        Assert.Equal(Kind.Other, KindOf(entities, "Bradley"));
        Assert.Equal(Kind.Location, KindOf(entities, "Quito"));
    }

    [Fact]
    public void An_australian_companys_legal_form_closes_its_name()
    {
        var entities = Entities("MINING RESULTS .\n\nPERTH 1996-12-02\n\nKarrowin Gold NL said on Monday its profit fell 22 percent . Karrowin shares eased 5 cents .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Karrowin Gold NL"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Karrowin"));
    }
}
