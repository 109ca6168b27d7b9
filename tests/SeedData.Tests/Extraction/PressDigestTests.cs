using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Wire press digests ("KELLMARK - PRESS DIGEST - NOV 14"): each paper's stories follow its name on a line in capitals,
/// an organisation's name however unknown (EntityRecognizer.PressDigest). Invented papers; each test fails without the rule.
/// </summary>
public class PressDigestTests
{
    private const string Digest = "KELLMARK - PRESS DIGEST - NOV 14 .\n\nVARNOS 1996-11-14\n\n"
        + "These are the leading stories in the Kellmark press on Thursday . Reuters has not verified these stories .\n\n"
        + "GLASUL ZILEI\n\n- Prime Minister-designate Arvo Keskula will present his cabinet to parliament on Monday .\n\n"
        + "TRIBUNA DE VEST\n\n- Workers at a steel mill in Ostrava have threatened to strike from next week .\n\n"
        + "VARNOSKA\n\n- The central bank is preparing to tighten rules on currency exchange bureaux .";

    [Fact]
    public void A_press_digests_lines_in_capitals_name_its_papers()
    {
        var entities = Entities(Digest);
        Assert.Equal(Kind.Organization, KindOf(entities, "GLASUL ZILEI"));
        Assert.Equal(Kind.Organization, KindOf(entities, "TRIBUNA DE VEST"));
        Assert.Equal(Kind.Organization, KindOf(entities, "VARNOSKA"));
        Assert.Equal(Kind.Location, KindOf(entities, "VARNOS"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("DIGEST"));
    }

    [Fact]
    public void Capitals_lines_outside_a_press_digest_name_no_paper()
    {
        var entities = Entities(Digest.Replace("PRESS DIGEST", "CABINET TALKS"));
        Assert.Null(KindOf(entities, "GLASUL ZILEI"));
        Assert.Null(KindOf(entities, "TRIBUNA DE VEST"));
    }

    [Fact]
    public void A_title_designate_or_elect_is_no_part_of_the_name()
    {
        var entities = Entities(Digest);
        Assert.Equal(Kind.Person, KindOf(entities, "Arvo Keskula"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("designate"));
    }
}
