using SeedData.Generator.Extraction.Knowledge;
using Kind = global::SeedData.Generator.Model.EntityKind;
using Xunit;

namespace SeedData.Tests.Extraction;

/// <summary>The built-in knowledge (Extraction/Knowledge/README.md): GeoNames cities, states and provinces, the dictionary.</summary>
public class KnowledgeBaseTests
{
    private static KnowledgeBase Knowledge => KnowledgeBase.Instance;

    [Theory]
    [InlineData("Sialkot", "PK")]
    [InlineData("Kraków", "PL")]
    [InlineData("Krakow", "PL")]
    [InlineData("Phoenix", "US")]
    [InlineData("East Los Angeles", "US")]
    public void A_GeoNames_city_is_a_location_in_its_country(string name, string country)
    {
        var city = Knowledge.Find(name);
        Assert.NotNull(city);
        Assert.Equal(Kind.Location, city!.Kind);
        Assert.Equal(country, city.CountryCode);
        Assert.False(city.IsCountry);
    }

    [Fact]
    public void An_ascii_spelling_is_a_place_of_its_own_so_an_entity_keeps_the_text_s_spelling()
    {
        Assert.Equal("Herāt", Knowledge.Find("Herāt")!.Name);
        Assert.Equal("Herat", Knowledge.Find("Herat")!.Name);
        Assert.Equal("AF", Knowledge.Find("Herat")!.CountryCode);
    }

    [Theory]
    [InlineData("Reading")]
    [InlineData("Mobile")]
    [InlineData("Split")]
    [InlineData("Orange")]
    [InlineData("Jackson")]
    [InlineData("Lincoln")]
    [InlineData("Brent")]
    [InlineData("Regina")]
    public void A_city_named_like_a_word_or_a_person_is_not_a_place(string name)
    {
        Assert.Null(Knowledge.Find(name));
    }

    [Theory]
    [InlineData("Georgia", "GE", true)]
    [InlineData("Washington", "US", false)]
    [InlineData("Victoria", "SC", false)]
    public void A_city_or_state_never_shadows_a_country_or_capital(string name, string country, bool isCountry)
    {
        var known = Knowledge.Find(name)!;
        Assert.Equal(country, known.CountryCode);
        Assert.Equal(isCountry, known.IsCountry);
    }

    [Theory]
    [InlineData("Texas")]
    [InlineData("Ohio")]
    [InlineData("New Hampshire")]
    [InlineData("Ontario")]
    [InlineData("Saskatchewan")]
    [InlineData("Queensland")]
    [InlineData("Australian Capital Territory")]
    public void States_and_provinces_are_locations(string name)
    {
        Assert.Equal(Kind.Location, Knowledge.Find(name)?.Kind);
    }

    [Theory]
    [InlineData("Bavaria")]
    [InlineData("Sichuan")]
    [InlineData("KwaZulu-Natal")]
    [InlineData("Dagestan")]
    [InlineData("Tatarstan")]
    [InlineData("Wallonia")]
    public void A_region_of_any_country_is_a_location_not_a_country(string name)
    {
        var region = Knowledge.Find(name);
        Assert.Equal(Kind.Location, region?.Kind);
        Assert.False(region!.IsCountry);
    }

    [Fact]
    public void A_world_region_has_its_country_and_its_unit_word_is_optional()
    {
        Assert.Equal("ZA", Knowledge.Find("KwaZulu-Natal")!.CountryCode);
        Assert.Equal("RU", Knowledge.Find("Dagestan")!.CountryCode);
        Assert.Equal("RU", Knowledge.Find("Primorsky Krai")!.CountryCode);
        Assert.Equal("RU", Knowledge.Find("Primorsky")!.CountryCode);
    }

    [Theory]
    [InlineData("Kiev", "UA")]
    [InlineData("Grozny", "RU")]
    [InlineData("Bombay", "IN")]
    [InlineData("Peking", "CN")]
    [InlineData("Gothenburg", "SE")]
    [InlineData("Chechnya", "RU")]
    [InlineData("Krajina", "HR")]
    [InlineData("Golan", "SY")]
    [InlineData("Transvaal", "ZA")]
    public void English_and_older_names_and_regions_news_uses_are_places_in_their_country(string name, string country)
    {
        var place = Knowledge.Find(name);
        Assert.Equal(Kind.Location, place?.Kind);
        Assert.Equal(country, place!.CountryCode);
        Assert.False(place.IsCountry);
    }

    [Theory]
    [InlineData("Danube")]
    [InlineData("Himalayas")]
    [InlineData("Indian Ocean")]
    [InlineData("Sahara Desert")]
    public void A_river_mountain_range_sea_or_desert_across_borders_is_a_place_of_no_country(string name)
    {
        var place = Knowledge.Find(name);
        Assert.Equal(Kind.Location, place?.Kind);
        Assert.Null(place!.CountryCode);
    }

    [Theory]
    [InlineData("Bosnia", "BA")]
    [InlineData("Macedonia", "MK")]
    [InlineData("Byelorussia", "BY")]
    public void A_country_s_short_or_older_name_is_the_country(string name, string country)
    {
        var known = Knowledge.Find(name);
        Assert.True(known?.IsCountry);
        Assert.Equal(country, known!.CountryCode);
    }

    [Theory]
    [InlineData("Bundesbank")]
    [InlineData("Carlsberg")]
    [InlineData("USAir")]
    [InlineData("Goldman Sachs")]
    [InlineData("Norsk Hydro")]
    [InlineData("Shell")]
    public void A_company_business_news_names_most_is_an_organisation(string name)
    {
        Assert.Equal(Kind.Organization, Knowledge.Find(name)?.Kind);
    }

    [Theory]
    [InlineData("Tamil Tigers")]
    [InlineData("UNITA")]
    [InlineData("Inkatha")]
    [InlineData("Kuomintang")]
    [InlineData("OAU")]
    [InlineData("Hizbollah")]
    [InlineData("Organisation for Security and Cooperation in Europe")]
    public void A_party_armed_group_or_bloc_of_world_news_is_an_organisation(string name)
    {
        Assert.Equal(Kind.Organization, Knowledge.Find(name)?.Kind);
    }

    [Theory]
    [InlineData("Total")]
    [InlineData("Delta")]
    [InlineData("Ford")]
    public void A_company_named_like_a_word_or_a_family_name_is_known_only_by_its_longer_name(string name)
    {
        Assert.Null(Knowledge.Find(name));
    }

    [Theory]
    [InlineData("Central")]
    [InlineData("Delta")]
    [InlineData("Plateau")]
    [InlineData("Rivers")]
    [InlineData("Central Province")]
    [InlineData("North East")]
    public void A_region_named_like_a_word_or_a_direction_is_not_a_place(string name)
    {
        Assert.Null(Knowledge.Find(name));
    }

    [Theory]
    [InlineData("Moscow", "RU", false)]
    [InlineData("Tokyo", "JP", false)]
    [InlineData("Luxembourg", "LU", true)]
    [InlineData("Punjab", "IN", false)]
    public void A_region_never_shadows_a_country_capital_city_or_state(string name, string country, bool isCountry)
    {
        var known = Knowledge.Find(name)!;
        Assert.Equal(country, known.CountryCode);
        Assert.Equal(isCountry, known.IsCountry);
    }

    [Fact]
    public void A_state_the_hand_written_lists_lack_has_its_country()
    {
        Assert.Equal("US", Knowledge.Find("Ohio")!.CountryCode);
        Assert.Equal("CA", Knowledge.Find("Saskatchewan")!.CountryCode);
        Assert.Equal("AU", Knowledge.Find("Australian Capital Territory")!.CountryCode);
    }

    [Theory]
    [InlineData("standings")]
    [InlineData("Standings")]
    [InlineData("TOTALS")]
    [InlineData("Heifers")]
    [InlineData("Posts")]
    [InlineData("Movement")]
    [InlineData("a")]
    [InlineData("zoo")]
    [InlineData("colour")]
    [InlineData("color")]
    public void An_everyday_word_is_a_dictionary_word_in_any_case(string word)
    {
        Assert.True(Knowledge.IsDictionaryWord(word));
    }

    [Theory]
    [InlineData("Sialkot")]
    [InlineData("Paris")]
    [InlineData("Obama")]
    [InlineData("")]
    [InlineData("zzzz")]
    [InlineData("aaaaa")]
    [InlineData("standing's")]
    public void A_name_or_a_non_word_is_not_a_dictionary_word(string word)
    {
        Assert.False(Knowledge.IsDictionaryWord(word));
    }

    [Theory]
    [InlineData("Half-time", true)]
    [InlineData("FULL-TIME", true)]
    [InlineData("well-known", true)]
    [InlineData("standings", false)]
    [InlineData("Rolls-Royce", false)]
    [InlineData("half-", false)]
    [InlineData("-time", false)]
    public void A_compound_of_dictionary_words_is_told_apart_from_a_hyphenated_name(string word, bool compound)
    {
        Assert.Equal(compound, Knowledge.IsCompoundOfWords(word));
    }

    [Theory]
    [InlineData("Slobodan")]
    [InlineData("Benazir")]
    [InlineData("Saddam")]
    [InlineData("Yitzhak")]
    [InlineData("Thabo")]
    public void Given_names_of_wire_news_newsmakers_are_known(string name)
    {
        Assert.NotEqual('\0', Knowledge.GivenName(name));
        Assert.False(Knowledge.IsSurname(name));
    }

    [Fact]
    public void The_dictionary_file_is_sorted_and_lower_case_and_every_word_is_found()
    {
        string? previous = null;
        var count = 0;
        foreach (var word in Knowledge.DictionaryWords())
        {
            Assert.False(string.IsNullOrWhiteSpace(word));
            Assert.Equal(word.ToLowerInvariant(), word);
            if (previous is not null)
            {
                Assert.True(string.CompareOrdinal(previous, word) < 0, previous + " before " + word);
            }

            Assert.True(Knowledge.IsDictionaryWord(word), word);
            previous = word;
            count++;
        }

        Assert.InRange(count, 50_000, 80_000);
    }
}
