using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using SeedData.Tool.Tests.Infrastructure;
using Xunit;

namespace SeedData.Tool.Tests;

/// <summary><c>seeddata report</c>: one self-contained page, escaped, and working in a real browser.</summary>
[Collection(ToolCollection.Name)]
public sealed class ReportTests
{
    /// <summary>Debian's Chromium (.ci/run installs it); no browser is ever downloaded.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    {
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    };

    private readonly SeedFolders _folders;

    public ReportTests(SeedFolders folders) => _folders = folders;

    [Fact]
    public void Report_is_self_contained_escaped_and_deterministic()
    {
        var path = Report(_folders.Hostile, "hostile.html");
        var html = File.ReadAllText(path);

        // Self-contained: nothing to fetch (the only external links are the diagnostics' help pages, followed on a click).
        Assert.DoesNotMatch(new Regex(@"\bsrc\s*=\s*""", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);

        // Escaped: the page's own script is the only script, and no seed made an element.
        Assert.Single(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Mayor &lt;script&gt;alert(&quot;headline&quot;)&lt;/script&gt; resigns &quot;", html, StringComparison.Ordinal);
        Assert.Contains("&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("x&quot;&gt;&lt;img src=y onerror=alert(3)&gt;.txt", html, StringComparison.Ordinal);

        // Deterministic: the same seeds, the same bytes, from any folder path.
        Assert.Equal(html, File.ReadAllText(Report(_folders.Hostile, "hostile-again.html")));
        Assert.DoesNotContain(_folders.Root, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_works_in_headless_chromium()
    {
        Assert.True(File.Exists(Chromium), "Chromium is not installed at " + Chromium + ": apt-get install -y chromium (.ci/run does)");
        var repository = Report(SeedDataTool.RepositorySeeds, "repository.html");
        var hostile = Report(_folders.Hostile, "hostile-browser.html");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Type + ": " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.Dialog += (_, dialog) =>
        {
            problems.Add("dialog: " + dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                problems.Add("request: " + request.Url);
            }
        };

        // The repository's seeds: loads from file:// without a console error.
        await page.GotoAsync(new Uri(repository).AbsoluteUri);
        var entities = page.Locator("li.entity");
        var total = await entities.CountAsync();
        Assert.True(total > 10, "entities: " + total);
        Assert.Equal(total, await page.Locator("li.entity:visible").CountAsync());

        // The search box filters entities by name and alias.
        await page.FillAsync("#entity-search", "blinken");
        var shown = page.Locator("li.entity:visible");
        Assert.InRange(await shown.CountAsync(), 1, total - 1);
        foreach (var search in await shown.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.search)"))
        {
            Assert.Contains("blinken", search, StringComparison.Ordinal);
        }

        Assert.Contains(" of " + total + " shown", await page.TextContentAsync("#entity-count") ?? string.Empty, StringComparison.Ordinal);

        // A kind filter hides that kind.
        await page.FillAsync("#entity-search", string.Empty);
        await page.UncheckAsync("input[data-kind-filter=Location]");
        Assert.Equal(0, await page.Locator("li.entity[data-kind=Location]:visible").CountAsync());
        Assert.True(await page.Locator("li.entity[data-kind=Person]:visible").CountAsync() > 0);
        await page.CheckAsync("input[data-kind-filter=Location]");

        // A quote links to its speaker's entry, shown even when the search had hidden it.
        await page.FillAsync("#entity-search", "no entity is called this");
        Assert.Equal(0, await page.Locator("li.entity:visible").CountAsync());
        var quote = page.Locator("a.quote").First;
        var speaker = await quote.GetAttributeAsync("data-speaker");
        var speakerName = await quote.GetAttributeAsync("title");
        await quote.ClickAsync();
        await page.WaitForFunctionAsync("key => location.hash === '#e-' + key", speaker);
        var entry = page.Locator("#e-" + speaker);
        Assert.True(await entry.IsVisibleAsync());
        Assert.Equal(speakerName, await entry.Locator(".name").TextContentAsync());
        Assert.True(await entry.EvaluateAsync<bool>("e => e.matches(':target')"));

        Directory.CreateDirectory(ArtifactFolder);
        await page.GotoAsync(new Uri(repository).AbsoluteUri);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactFolder, "report.png"), FullPage = true });

        // The hostile seeds: their markup is text on the page, never an element, and nothing runs.
        await page.GotoAsync(new Uri(hostile).AbsoluteUri);
        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Equal(0, await page.Locator("main b").CountAsync());
        Assert.Equal(1, await page.Locator("script").CountAsync());
        Assert.Equal(SeedFolders.HostileHeadline, await page.Locator("h3.headline").First.TextContentAsync());
        var body = await page.InnerTextAsync("body");
        Assert.Contains("<script>alert('quote')</script>", body, StringComparison.Ordinal);
        Assert.Contains("\"><img src=z onerror=alert(2)>", body, StringComparison.Ordinal);
        Assert.Contains("x\"><img src=y onerror=alert(3)>.txt", body, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactFolder, "report-hostile.png"), FullPage = true });

        Assert.Empty(problems);
    }

    /// <summary>Screenshots are kept here, under the test's output folder.</summary>
    public static string ArtifactFolder => Path.Combine(AppContext.BaseDirectory, "artifacts");

    private string Report(string folder, string name)
    {
        var path = Path.Combine(_folders.Root, name);
        var result = SeedDataTool.Run(_folders.Root, "report", folder, "-o", path);
        Assert.True(result.ExitCode == 0, result.ToString());
        return path;
    }
}
