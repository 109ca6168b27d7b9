using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Web addresses and hashtags (EntityRecognizer.WebNames): written in lower case or behind a "#", no capitalised run
/// finds them, yet news annotation names them (kind Other). Invented sites and tags; each test fails without the pass.
/// </summary>
public class WebNameTests
{
    private const string Headline = "Voters pick a new flag for Kellmark\n\n";

    [Fact]
    public void A_web_address_in_prose_is_a_name_of_kind_other()
    {
        var entities = Entities(Headline
            + "People were asked to send their designs to www.flagpick.govt.nz and to read the rules on kellvote.org before the end of the month.\n\n"
            + "The panel will post the winners on news.kellmark.co.uk, a spokeswoman said.");
        Assert.Equal(Kind.Other, KindOf(entities, "www.flagpick.govt.nz"));
        Assert.Equal(Kind.Other, KindOf(entities, "kellvote.org"));
        Assert.Equal(Kind.Other, KindOf(entities, "news.kellmark.co.uk"));
    }

    [Fact]
    public void File_names_abbreviations_mail_hosts_and_missing_spaces_are_no_web_address()
    {
        var entities = Entities(Headline
            + "The rules, e.g. the size of the flag, are in report.pdf on the site. Send questions to panel@kellvote.org and wait.\n\n"
            + "The vote ended.it was close, and the count went on until 3 a.m. on Friday.");
        Assert.Null(KindOf(entities, "report.pdf"));
        Assert.Null(KindOf(entities, "e.g"));
        Assert.Null(KindOf(entities, "kellvote.org"));
        Assert.Null(KindOf(entities, "ended.it"));
        Assert.DoesNotContain(entities, e => e.Name.Contains('.') && e.Kind == Kind.Other);
    }

    [Fact]
    public void A_hashtag_is_one_name_with_its_sign()
    {
        var entities = Entities(Headline
            + "A student chose the hashtag #KeepTheKiwiFern and posted it to the site, and thousands shared #KeepTheKiwiFern within a day.\n\n"
            + "Fans of the old flag used #OldFlagForever instead, organisers said.");
        Assert.Equal(Kind.Other, KindOf(entities, "#KeepTheKiwiFern"));
        Assert.Equal(Kind.Other, KindOf(entities, "#OldFlagForever"));
        Assert.Null(KindOf(entities, "KeepTheKiwiFern"));
        Assert.Null(KindOf(entities, "OldFlagForever"));
    }
}
