using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SeedData.IdeTests.Infrastructure;
using SeedData.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.IdeTests;

/// <summary>
/// The real thing: the csharp-ls language server (a local tool) loads src/SeedData.Sample the way an
/// editor would, runs the generator through MSBuild's design-time build, and answers completion,
/// completion resolve and hover over the generated members, spoken to over stdio.
/// </summary>
public sealed class LanguageServerTests
{
    /// <summary>Loading the project takes 6-11 s here; CI machines can be several times slower.</summary>
    private static readonly TimeSpan ProjectLoadTimeout = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The member SeedData.Sample.csproj pins for seeds/001_who-measles-europe.txt (docs/naming.md).</summary>
    private const string PinnedMember = "MeaslesEurope";

    private readonly ITestOutputHelper _output;

    public LanguageServerTests(ITestOutputHelper output) => _output = output;

    [LanguageServerFact]
    public async Task Csharp_ls_completes_resolves_and_hovers_generated_members_of_the_sample()
    {
        var sample = Path.Combine(Repository.Root, "src", "SeedData.Sample");

        // The server runs the generator from its build output, so it must exist before the project loads.
        var watch = Stopwatch.StartNew();
        var build = DotNet.Run(Repository.Root, "build", Path.Combine(sample, "SeedData.Sample.csproj"), "-c", "Debug", "-nologo", "-v:q");
        Assert.True(build.ExitCode == 0, "Building the sample failed:\n" + build.Output);
        _output.WriteLine($"sample build: {watch.Elapsed.TotalSeconds:F1} s");

        var headline = File.ReadLines(Path.Combine(Repository.Root, "seeds", "001_who-measles-europe.txt")).First().Trim();
        var programUri = new Uri(Path.Combine(sample, "Program.cs")).AbsoluteUri;
        const string Code = "using System;\nusing SeedData;\n\nConsole.WriteLine(Articles.MeaslesEurope.Id);\nvar all = Articles.";
        var completionAt = Position(Code, Code.Length);
        var hoverAt = Position(Code, Code.IndexOf(PinnedMember, StringComparison.Ordinal) + 3);

        watch.Restart();
        await using var server = LspClient.Start("dotnet", new[] { "tool", "run", "csharp-ls", "--", "--loglevel", "info" }, sample);
        var rootUri = new Uri(sample + Path.DirectorySeparatorChar).AbsoluteUri;
        await server.RequestAsync("initialize", Initialize(rootUri), RequestTimeout);
        await server.NotifyAsync("initialized", new JsonObject());
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = programUri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = Code },
        });

        // Until the project has loaded the server answers from an empty workspace; ask until it knows the member.
        JsonObject? item = null;
        while (item is null)
        {
            var items = Items(await server.RequestAsync("textDocument/completion", Completion(programUri, completionAt), RequestTimeout));
            item = items.FirstOrDefault(i => (string?)i["label"] == PinnedMember);
            if (item is null)
            {
                Assert.True(watch.Elapsed < ProjectLoadTimeout, $"No completion item {PinnedMember} after {watch.Elapsed.TotalSeconds:F0} s; last items: {string.Join(", ", items.Take(20).Select(i => (string?)i["label"]))}\nServer log:\n{server.Transcript}");
                await Task.Delay(500);
            }
            else
            {
                Assert.Contains(items, i => (string?)i["label"] == "All");
                Assert.Contains(items, i => (string?)i["label"] == "Find");
            }
        }

        _output.WriteLine($"first completion with generated members: {watch.Elapsed.TotalSeconds:F1} s after the server started");

        watch.Restart();
        var again = Items(await server.RequestAsync("textDocument/completion", Completion(programUri, completionAt), RequestTimeout));
        _output.WriteLine($"next completion: {watch.Elapsed.TotalMilliseconds:F0} ms ({again.Count} items)");
        Assert.Contains(again, i => (string?)i["label"] == PinnedMember);

        var resolved = await server.RequestAsync("completionItem/resolve", item.DeepClone(), RequestTimeout);
        Assert.Contains(headline, Text(resolved?["documentation"]) + Text(resolved?["detail"]), StringComparison.Ordinal);

        watch.Restart();
        var hover = await server.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = programUri },
            ["position"] = hoverAt,
        }, RequestTimeout);
        _output.WriteLine($"hover: {watch.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Contains(headline, Text(hover?["contents"]), StringComparison.Ordinal);
    }

    private static JsonObject Initialize(string rootUri) => new()
    {
        ["processId"] = Environment.ProcessId,
        ["rootUri"] = rootUri,
        ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = "SeedData.Sample" }),
        ["capabilities"] = new JsonObject
        {
            ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
            ["textDocument"] = new JsonObject
            {
                ["synchronization"] = new JsonObject { ["didSave"] = true },
                ["completion"] = new JsonObject
                {
                    ["completionItem"] = new JsonObject
                    {
                        ["documentationFormat"] = new JsonArray("plaintext", "markdown"),
                        ["resolveSupport"] = new JsonObject { ["properties"] = new JsonArray("documentation", "detail") },
                    },
                },
                ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("plaintext", "markdown") },
            },
        },
    };

    private static JsonObject Completion(string uri, JsonObject position) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["position"] = position.DeepClone(),
        ["context"] = new JsonObject { ["triggerKind"] = 2, ["triggerCharacter"] = "." },
    };

    /// <summary>The items of a CompletionList or a bare array of items.</summary>
    private static System.Collections.Generic.List<JsonObject> Items(JsonNode? result) =>
        (result is JsonArray array ? array : result?["items"] as JsonArray ?? new JsonArray()).OfType<JsonObject>().ToList();

    /// <summary>The text of a string, a MarkupContent, a MarkedString or an array of them.</summary>
    private static string Text(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue value => value.ToString(),
        JsonArray array => string.Join("\n", array.Select(Text)),
        JsonObject obj => (string?)obj["value"] ?? string.Empty,
        _ => string.Empty,
    };

    /// <summary>An LSP position (0-based line, UTF-16 character) of an offset in <paramref name="text"/>.</summary>
    private static JsonObject Position(string text, int offset)
    {
        var line = text.Take(offset).Count(c => c == '\n');
        var character = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1);
        return new JsonObject { ["line"] = line, ["character"] = character };
    }
}
