using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Model;
using SeedData.Tool.Check;
using SeedData.Tool.Export;
using SeedData.Tool.Pipeline;

namespace SeedData.Tool.Report;

/// <summary>
/// <c>seeddata report</c>: one self-contained HTML page, readable from file:// without a network. Its
/// Content-Security-Policy allows no fetch at all and only the report's own script (by hash), so even
/// markup that slipped through could not load or run anything; and none can slip through: every
/// seed-derived string is written with <see cref="Html.Escape"/>. The page has no timestamp and no
/// machine path: the same seeds give the same bytes.
/// </summary>
internal static class HtmlReport
{
    private const int ChartBars = 15;

    private static readonly string[] Kinds = { "Person", "Organization", "Location", "Other" };

    public static string Render(CorpusRun run, Dataset dataset, IReadOnlyList<CheckedDiagnostic> diagnostics, string version)
    {
        var html = new StringBuilder(64 * 1024);
        var folderName = Path.GetFileName(run.Folder);
        var script = Script;
        var scriptHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));

        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-")
            .Append(scriptHash).Append("'\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"seeddata ").Append(Html.Escape(version)).Append("\">\n");
        html.Append("<title>SeedData report: ").Append(Html.Escape(folderName)).Append("</title>\n");
        html.Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>SeedData report: <span class=\"folder\">").Append(Html.Escape(folderName)).Append("</span></h1>\n");
        html.Append("<nav><a href=\"#summary\">Summary</a> <a href=\"#charts\">Charts</a> <a href=\"#articles\">Articles</a> <a href=\"#entities\">Entities</a> <a href=\"#diagnostics\">Diagnostics</a></nav></header>\n<main>\n");

        Summary(html, run, dataset, diagnostics);
        Charts(html, dataset);
        Articles(html, run, dataset);
        Entities(html, dataset);
        Diagnostics(html, run, diagnostics);

        html.Append("</main>\n<footer>Made by seeddata ").Append(Html.Escape(version)).Append(" with the SeedData generator's own reading and extraction.</footer>\n");
        html.Append("<script>").Append(script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Summary(StringBuilder html, CorpusRun run, Dataset dataset, IReadOnlyList<CheckedDiagnostic> diagnostics)
    {
        var quotes = dataset.Quotes.ToList();
        var speakers = quotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!).Distinct().Count();
        html.Append("<section id=\"summary\"><h2>Summary</h2>\n<dl class=\"summary\">\n");
        Item(html, "Seeds", run.SeedCount, "seeds");
        Item(html, "Articles", dataset.Articles.Count, "articles");
        Item(html, "Quotes", quotes.Count, "quotes");
        Item(html, "Quotes with a speaker", quotes.Count(q => q.Speaker is not null), "attributed");
        Item(html, "Speakers", speakers, "speakers");
        Item(html, "Entities", dataset.Entities.Count, "entities");
        foreach (var kind in Kinds)
        {
            Item(html, kind, dataset.Entities.Count(e => e.Kind == kind), "kind-" + kind.ToLowerInvariant());
        }

        Item(html, "Errors", diagnostics.Count(d => d.Severity == ReportDiagnostic.Error), "errors");
        Item(html, "Warnings", diagnostics.Count(d => d.Severity == ReportDiagnostic.Warn), "warnings");
        Item(html, "Info", diagnostics.Count(d => d.Severity == ReportDiagnostic.Info), "infos");
        html.Append("</dl></section>\n");
    }

    private static void Item(StringBuilder html, string label, int value, string key) =>
        html.Append("<div data-count=\"").Append(key).Append("\"><dt>").Append(Html.Escape(label)).Append("</dt><dd>")
            .Append(value.ToString(CultureInfo.InvariantCulture)).Append("</dd></div>\n");

    private static void Charts(StringBuilder html, Dataset dataset)
    {
        html.Append("<section id=\"charts\"><h2>Charts</h2>\n<div class=\"charts\">\n");
        var perSpeaker = dataset.Entities
            .Where(e => e.Quotes.Count > 0)
            .OrderByDescending(e => e.Quotes.Count).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Take(ChartBars)
            .Select(e => (Label: e.Name, Value: e.Quotes.Count, Link: (string?)("#e-" + e.Key)))
            .ToList();
        Bars(html, "chart-speakers", "Quotes per speaker" + (perSpeaker.Count == ChartBars ? " (top " + ChartBars + ")" : string.Empty), perSpeaker);
        var byKind = Kinds.Select(k => (Label: k, Value: dataset.Entities.Count(e => e.Kind == k), Link: (string?)null)).ToList();
        Bars(html, "chart-kinds", "Entities by kind", byKind);
        html.Append("</div></section>\n");
    }

    /// <summary>A horizontal bar chart as inline SVG.</summary>
    private static void Bars(StringBuilder html, string id, string title, IReadOnlyList<(string Label, int Value, string? Link)> bars)
    {
        const int labelWidth = 190, barWidth = 260, rowHeight = 22;
        var height = Math.Max(1, bars.Count) * rowHeight + 8;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        html.Append("<figure id=\"").Append(id).Append("\"><figcaption>").Append(Html.Escape(title)).Append("</figcaption>\n");
        html.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").Append(labelWidth + barWidth + 50).Append("\" height=\"").Append(height)
            .Append("\" aria-label=\"").Append(Html.Escape(title)).Append("\">\n");
        if (bars.Count == 0)
        {
            html.Append("<text x=\"0\" y=\"16\">none</text>\n");
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, link) = bars[i];
            var y = 4 + (i * rowHeight);
            var width = Math.Max(value > 0 ? 2 : 0, (int)Math.Round(barWidth * (double)value / max));
            var shortLabel = label.Length > 28 ? label.Substring(0, 27) + "…" : label;
            html.Append("<g class=\"bar\"><title>").Append(Html.Escape(label)).Append(": ").Append(value).Append("</title>");
            if (link is not null)
            {
                html.Append("<a href=\"").Append(Html.Escape(link)).Append("\">");
            }

            html.Append("<text x=\"").Append(labelWidth - 6).Append("\" y=\"").Append(y + 15).Append("\" text-anchor=\"end\">").Append(Html.Escape(shortLabel)).Append("</text>");
            if (link is not null)
            {
                html.Append("</a>");
            }

            html.Append("<rect x=\"").Append(labelWidth).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(width).Append("\" height=\"").Append(rowHeight - 6).Append("\"></rect>");
            html.Append("<text x=\"").Append(labelWidth + width + 6).Append("\" y=\"").Append(y + 15).Append("\">").Append(value).Append("</text></g>\n");
        }

        html.Append("</svg></figure>\n");
    }

    private static void Articles(StringBuilder html, CorpusRun run, Dataset dataset)
    {
        html.Append("<section id=\"articles\"><h2>Articles</h2>\n");
        foreach (var item in run.Articles)
        {
            var article = item.Article;
            var data = dataset.Articles[item.Index];
            var units = article.Units().ToList();
            var slices = new Dictionary<int, List<(UnitSlice Slice, DataQuote Quote)>>();
            for (var q = 0; q < article.Quotes.Count; q++)
            {
                foreach (var part in article.Quotes[q].Parts)
                {
                    if (!slices.TryGetValue(part.Unit, out var list))
                    {
                        slices.Add(part.Unit, list = new List<(UnitSlice, DataQuote)>());
                    }

                    list.Add((part, data.Quotes[q]));
                }
            }

            var unit = 0;
            string Unit(SeedText text) => Marked(text.Text, slices.TryGetValue(unit++, out var list) ? list : null);

            html.Append("<article class=\"seed\" id=\"a-").Append(item.Index).Append("\" data-id=\"").Append(Html.Escape(data.Id)).Append("\">\n");
            html.Append("<p class=\"file\">").Append(Html.Escape(data.File)).Append(" · <code>Articles.").Append(Html.Escape(data.Member)).Append("</code></p>\n");
            var headline = Unit(article.Headline);
            if (article.Kicker is not null)
            {
                html.Append("<p class=\"kicker\">").Append(Unit(article.Kicker)).Append("</p>\n");
            }

            html.Append("<h3 class=\"headline\">").Append(headline).Append("</h3>\n");
            if (article.Subheadline is not null)
            {
                html.Append("<p class=\"subheadline\">").Append(Unit(article.Subheadline)).Append("</p>\n");
            }

            if (article.Caption is not null)
            {
                html.Append("<p class=\"caption\">").Append(Unit(article.Caption)).Append("</p>\n");
            }

            if (article.Credit is not null)
            {
                html.Append("<p class=\"credit\">").Append(Unit(article.Credit)).Append("</p>\n");
            }

            if (article.Lead is not null)
            {
                html.Append("<p class=\"lead\">").Append(Unit(article.Lead)).Append("</p>\n");
            }

            foreach (var section in article.Sections)
            {
                if (section.Heading is not null)
                {
                    html.Append("<h4>").Append(Unit(section.Heading)).Append("</h4>\n");
                }

                foreach (var paragraph in section.Paragraphs)
                {
                    html.Append("<p>").Append(Unit(paragraph)).Append("</p>\n");
                }
            }

            if (article.Source is not null)
            {
                html.Append("<p class=\"source\">Source: ").Append(Html.Escape(article.Source.Text)).Append("</p>\n");
            }

            if (data.Entities.Count > 0)
            {
                html.Append("<p class=\"mentions\">Entities: ");
                html.Append(string.Join(", ", data.Entities.Select(EntityLink)));
                html.Append("</p>\n");
            }

            html.Append("</article>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>A unit's text with its quotes marked: linked to the speaker's entry when there is one.</summary>
    private static string Marked(string text, List<(UnitSlice Slice, DataQuote Quote)>? quotes)
    {
        if (quotes is null)
        {
            return Html.Escape(text);
        }

        var marked = new StringBuilder(text.Length + 64);
        var at = 0;
        foreach (var (slice, quote) in quotes.OrderBy(q => q.Slice.Start))
        {
            if (slice.Start < at || slice.Start + slice.Length > text.Length)
            {
                continue;
            }

            marked.Append(Html.Escape(text.Substring(at, slice.Start - at)));
            var words = Html.Escape(text.Substring(slice.Start, slice.Length));
            if (quote.Speaker is { } speaker)
            {
                marked.Append("<a class=\"quote\" href=\"#e-").Append(Html.Escape(speaker.Key)).Append("\" data-speaker=\"").Append(Html.Escape(speaker.Key))
                    .Append("\" title=\"").Append(Html.Escape(speaker.Name)).Append("\">").Append(words).Append("</a>")
                    .Append("<a class=\"who\" href=\"#e-").Append(Html.Escape(speaker.Key)).Append("\">").Append(Html.Escape(speaker.Name)).Append("</a>");
            }
            else
            {
                marked.Append("<mark class=\"quote unattributed\" title=\"No speaker found\">").Append(words).Append("</mark>");
            }

            at = slice.Start + slice.Length;
        }

        marked.Append(Html.Escape(text.Substring(at)));
        return marked.ToString();
    }

    private static string EntityLink(DataEntity entity) =>
        "<a class=\"entity-link\" data-kind=\"" + entity.Kind + "\" href=\"#e-" + Html.Escape(entity.Key) + "\">" + Html.Escape(entity.Name) + "</a>";

    private static void Entities(StringBuilder html, Dataset dataset)
    {
        html.Append("<section id=\"entities\"><h2>Entities</h2>\n<div class=\"filters\">\n");
        html.Append("<input type=\"search\" id=\"entity-search\" placeholder=\"Search names and aliases\" aria-label=\"Search entities\">\n");
        foreach (var kind in Kinds)
        {
            html.Append("<label><input type=\"checkbox\" data-kind-filter=\"").Append(kind).Append("\" checked> ").Append(kind).Append("</label>\n");
        }

        html.Append("<span id=\"entity-count\"></span>\n</div>\n<ul class=\"entities\">\n");
        foreach (var entity in dataset.Entities)
        {
            var search = string.Join("\n", new[] { entity.Name }.Concat(entity.Aliases)).ToLowerInvariant();
            html.Append("<li class=\"entity\" id=\"e-").Append(Html.Escape(entity.Key)).Append("\" data-kind=\"").Append(entity.Kind)
                .Append("\" data-search=\"").Append(Html.Escape(search)).Append("\">\n");
            html.Append("<span class=\"name\">").Append(Html.Escape(entity.Name)).Append("</span> <span class=\"kind kind-").Append(entity.Kind.ToLowerInvariant()).Append("\">")
                .Append(entity.Kind).Append("</span>");
            if (entity.Aliases.Count > 0)
            {
                html.Append(" <span class=\"aliases\">also ").Append(string.Join(", ", entity.Aliases.Select(Html.Escape))).Append("</span>");
            }

            html.Append("\n<div class=\"in\">In: ").Append(string.Join(", ", entity.Articles.Select(a => "<a href=\"#a-" + a.Index + "\">" + Html.Escape(a.Id) + "</a>"))).Append("</div>\n");
            if (entity.Quotes.Count > 0)
            {
                html.Append("<ul class=\"said\">\n");
                foreach (var quote in entity.Quotes)
                {
                    html.Append("<li><q>").Append(Html.Escape(quote.Text)).Append("</q> <a href=\"#a-").Append(quote.Article.Index).Append("\">")
                        .Append(Html.Escape(quote.Article.Id)).Append(", line ").Append(quote.Line).Append("</a></li>\n");
                }

                html.Append("</ul>\n");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul></section>\n");
    }

    private static void Diagnostics(StringBuilder html, CorpusRun run, IReadOnlyList<CheckedDiagnostic> diagnostics)
    {
        var parent = Path.GetDirectoryName(run.Folder) ?? run.Folder;
        html.Append("<section id=\"diagnostics\"><h2>Diagnostics</h2>\n");
        if (diagnostics.Count == 0)
        {
            html.Append("<p>None.</p></section>\n");
            return;
        }

        html.Append("<table class=\"diagnostics\"><thead><tr><th>Severity</th><th>ID</th><th>Where</th><th>Message</th></tr></thead><tbody>\n");
        foreach (var diagnostic in diagnostics)
        {
            var where = diagnostic.FullPath is null
                ? string.Empty
                : Path.GetRelativePath(parent, diagnostic.FullPath).Replace('\\', '/') + ":" + diagnostic.Line + ":" + diagnostic.Column;
            var word = SeverityOptions.Word(diagnostic.Severity);
            html.Append("<tr class=\"").Append(word).Append("\"><td>").Append(word).Append("</td><td><a href=\"")
                .Append(Html.Escape(diagnostic.Diagnostic.Descriptor.HelpLinkUri)).Append("\">").Append(Html.Escape(diagnostic.Id)).Append("</a></td><td class=\"where\">")
                .Append(Html.Escape(where)).Append("</td><td>").Append(Html.Escape(diagnostic.Message)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

    private const string Style = @"
body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1d232a;background:#fafafa}
header{background:#1d3557;color:#fff;padding:12px 24px;position:sticky;top:0;z-index:1}
header h1{margin:0;font-size:20px}header nav a{color:#dbe7ff;margin-right:14px}
main{max-width:1100px;margin:0 auto;padding:8px 24px 40px}
h2{border-bottom:2px solid #1d3557;padding-bottom:4px;margin-top:32px}
dl.summary{display:flex;flex-wrap:wrap;gap:10px}dl.summary div{background:#fff;border:1px solid #ddd;border-radius:6px;padding:6px 12px;min-width:110px}
dl.summary dt{font-size:12px;color:#555}dl.summary dd{margin:0;font-size:22px;font-weight:600}
.charts{display:flex;flex-wrap:wrap;gap:24px}figure{margin:0;background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px}
figcaption{font-weight:600;margin-bottom:4px}svg text{font-size:12px;fill:#1d232a}svg rect{fill:#457b9d}svg a text{fill:#1d3557;text-decoration:underline}
article.seed{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 18px;margin:14px 0}
.file{font-size:12px;color:#666;margin:4px 0}.kicker{text-transform:uppercase;font-size:12px;letter-spacing:.05em;color:#a33;margin:4px 0}
.headline{margin:4px 0 6px;font-size:20px}.subheadline{font-weight:600}.lead{font-weight:500}.caption,.credit,.source{font-size:13px;color:#555}
.quote{background:#fff3bf;border-radius:3px;padding:0 2px;color:inherit;text-decoration:none;border-bottom:2px solid #f4a261}
a.quote:hover{background:#ffe066}a.who{font-size:11px;vertical-align:super;margin:0 2px;color:#2a9d8f;text-decoration:none;white-space:nowrap}mark.unattributed{border-bottom:2px dashed #999}
.mentions{font-size:13px}.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin-bottom:8px}
#entity-search{font-size:15px;padding:4px 8px;min-width:260px}
ul.entities{list-style:none;padding:0}li.entity{background:#fff;border:1px solid #ddd;border-radius:6px;padding:6px 12px;margin:6px 0}
li.entity:target{outline:3px solid #f4a261}.name{font-weight:600}.kind{font-size:11px;border-radius:8px;padding:1px 7px;color:#fff;background:#6c757d}
.kind-person{background:#2a9d8f}.kind-organization{background:#e76f51}.kind-location{background:#457b9d}.aliases,.in{font-size:13px;color:#555}
ul.said{font-size:13px;margin:4px 0}table.diagnostics{border-collapse:collapse;width:100%;background:#fff}
table.diagnostics td,table.diagnostics th{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top;font-size:13px}
tr.error td:first-child{color:#b00020;font-weight:600}tr.warning td:first-child{color:#a66300;font-weight:600}.where{font-family:monospace;white-space:nowrap}
footer{text-align:center;font-size:12px;color:#777;padding:20px}
";

    private const string Script = @"
(function () {
  'use strict';
  var box = document.getElementById('entity-search');
  var kinds = Array.prototype.slice.call(document.querySelectorAll('input[data-kind-filter]'));
  var items = Array.prototype.slice.call(document.querySelectorAll('li.entity'));
  var count = document.getElementById('entity-count');
  function apply() {
    var query = box.value.trim().toLowerCase();
    var on = {};
    kinds.forEach(function (k) { on[k.getAttribute('data-kind-filter')] = k.checked; });
    var shown = 0;
    items.forEach(function (li) {
      var visible = on[li.getAttribute('data-kind')] === true && (query === '' || li.getAttribute('data-search').indexOf(query) >= 0);
      li.hidden = !visible;
      if (visible) { shown++; }
    });
    count.textContent = shown + ' of ' + items.length + ' shown';
  }
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.hidden) {
      box.value = '';
      kinds.forEach(function (k) { k.checked = true; });
      apply();
      target.scrollIntoView();
    }
  }
  box.addEventListener('input', apply);
  kinds.forEach(function (k) { k.addEventListener('change', apply); });
  window.addEventListener('hashchange', reveal);
  apply();
})();
";
}
