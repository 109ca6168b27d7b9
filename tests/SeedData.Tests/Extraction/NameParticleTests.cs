using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Lower-case particles inside a person's name ("wa", "van der", "de la", "ter"; Lexicon.NameParticles, issue 11,
/// `knowledge` branch): one person, not two names, and not fused with the club or country after "of". Invented names.
/// </summary>
public class NameParticleTests
{
    [Fact]
    public void A_wa_between_two_names_is_one_person()
    {
        var entities = Entities("ZAIRE PREMIER REJECTS TALKS .\n\nKINSHASA 1996-11-03\n\n"
            + "Zaire will not negotiate with the rebels , prime minister Ngolo wa Temba said on Sunday .\n\n"
            + "Ngolo wa Temba told reporters the army would retake the east .");
        Assert.Equal(Kind.Person, KindOf(entities, "Ngolo wa Temba"));
        Assert.Null(KindOf(entities, "Ngolo"));
        Assert.Null(KindOf(entities, "Temba"));
    }

    [Fact]
    public void Two_particles_between_a_given_name_and_a_surname_are_one_person()
    {
        var entities = Entities("SOCCER - UTRECHT WIN .\n\nUTRECHT 1996-09-01\n\n"
            + "Raf van der Berke scored twice for Utrecht on Sunday , and Jean de la Fontvieille , the French envoy , watched .");
        Assert.Equal(Kind.Person, KindOf(entities, "Raf van der Berke"));
        Assert.Equal(Kind.Person, KindOf(entities, "Jean de la Fontvieille"));
        Assert.Null(KindOf(entities, "Berke"));
        Assert.Null(KindOf(entities, "Fontvieille"));
    }

    [Fact]
    public void A_person_with_a_particle_of_a_club_or_country_is_the_person_alone()
    {
        var entities = Entities("ATHLETICS - RESULTS .\n\nROTTERDAM 1996-08-20\n\n"
            + "Jan ter Horstveen of Feyenoord scored twice , and Carlos de Oliveira of Brazil won the 800 metres . Israel and Syria sent no team .");
        Assert.Equal(Kind.Person, KindOf(entities, "Jan ter Horstveen"));
        Assert.Equal(Kind.Person, KindOf(entities, "Carlos de Oliveira"));
        Assert.Equal(Kind.Location, KindOf(entities, "Brazil"));
        Assert.DoesNotContain(entities, e => e.Name.Contains(" of "));
        Assert.Equal(Kind.Location, KindOf(entities, "Israel"));
        Assert.Equal(Kind.Location, KindOf(entities, "Syria"));
    }

    [Fact]
    public void An_arap_between_two_names_is_one_person()
    {
        var entities = Entities("KENYA PRESIDENT OPENS ROAD .\n\nNAIROBI 1996-12-02\n\n"
            + "President Tobias arap Keter 's ruling party won the seat , and Tobias arap Keter said the road would open in May .");
        Assert.Equal(Kind.Person, KindOf(entities, "Tobias arap Keter"));
        Assert.Null(KindOf(entities, "Keter"));
        Assert.Null(KindOf(entities, "Tobias"));
    }
}
