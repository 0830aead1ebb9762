using System;
using System.Text;
using ErrorCodeGen.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ErrorCodeGen.Docs;

/// <summary>
/// Writes a catalog as one self-contained HTML page: no external scripts, styles, fonts or images
/// (a Content-Security-Policy forbids loading any). The quick-reference table has a filter box (code, name,
/// meaning, category, HTTP status; the word <c>retry</c> keeps only retryable codes), every code has an anchor
/// (<c>#1001</c>), the layout works on a phone and follows <c>prefers-color-scheme</c>.
/// The details follow the groups of the <see cref="DocLayout"/>. Every spec string is HTML-escaped; the spec's own sections are rendered from Markdown with raw HTML disabled.
/// </summary>
public static class HtmlDocWriter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .DisableHtml()
        .Build();

    public static string Write(Catalog catalog) => Render(DocLayout.Create(catalog));

    internal static string Render(DocLayout layout)
    {
        var catalog = layout.Catalog;
        var title = catalog.Title.Length > 0 ? catalog.Title : "Error Codes";
        var w = new StringBuilder();
        w.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Append("<meta name=\"color-scheme\" content=\"light dark\">\n");
        w.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        w.Append("<meta name=\"generator\" content=\"ErrorCodeGen\">\n");
        var description = layout.FrontMatterValue("description") is { Length: > 0 } text ? text : null;
        if (description is not null)
        {
            w.Append("<meta name=\"description\" content=\"").Append(Escape(description)).Append("\">\n");
        }

        w.Append("<title>").Append(Escape(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        w.Append("<header>\n<h1>").Append(Escape(title)).Append("</h1>\n");
        if (description is not null)
        {
            w.Append("<p class=\"lead\">").Append(Escape(description)).Append("</p>\n");
        }

        w.Append("</header>\n<main>\n");
        foreach (var kept in layout.SectionsBefore)
        {
            Kept(w, kept);
        }

        Table(w, layout);
        Details(w, layout);
        foreach (var kept in layout.SectionsAfter)
        {
            Kept(w, kept);
        }

        w.Append("</main>\n<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return w.ToString();
    }

    private static void Table(StringBuilder w, DocLayout layout)
    {
        w.Append("<section id=\"quick-reference\" aria-labelledby=\"quick-reference-title\">\n");
        w.Append("<h2 id=\"quick-reference-title\">").Append(Escape(DocLayout.TableHeading)).Append("</h2>\n");
        w.Append("<div class=\"filter\">\n<label for=\"filter\">Filter</label>\n");
        w.Append("<input id=\"filter\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" ");
        w.Append("placeholder=\"Code, name, category, HTTP status, or &quot;retry&quot;\" aria-describedby=\"filter-status\">\n");
        w.Append("<p id=\"filter-status\" aria-live=\"polite\">").Append(DocText.Number(layout.Codes.Count))
            .Append(layout.Codes.Count == 1 ? " code" : " codes").Append("</p>\n</div>\n");
        w.Append("<div class=\"table-wrap\">\n<table id=\"codes\">\n<thead>\n<tr>");
        foreach (var header in new[] { "Code", "Name", "Meaning", "Category", "HTTP", "Retry", "Recommendation" })
        {
            w.Append("<th scope=\"col\">").Append(header).Append("</th>");
        }

        w.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var doc in layout.Codes)
        {
            var entry = doc.Entry;
            var code = Escape(doc.Code);
            var category = doc.Category;
            var search = new StringBuilder();
            search.Append(doc.Code).Append(' ').Append(entry.Name).Append(' ').Append(entry.Meaning.Plain);
            if (category is not null)
            {
                search.Append(' ').Append(category.Name).Append(' ').Append(category.Title);
            }

            if (entry.HttpStatus is { } status)
            {
                search.Append(' ').Append(DocText.Number(status));
            }

            search.Append(' ').Append(entry.Retry.ToString());
            if (entry.IsDeprecated)
            {
                search.Append(" deprecated");
            }

            w.Append("<tr data-code=\"").Append(code).Append("\" data-retryable=\"").Append(entry.IsRetryable ? "true" : "false")
                .Append("\" data-search=\"").Append(Escape(search.ToString().ToLowerInvariant())).Append("\">");
            w.Append("<td data-label=\"Code\"><a href=\"#").Append(code).Append("\">").Append(code).Append("</a>")
                .Append(entry.IsDeprecated ? " <span class=\"deprecated\">deprecated</span>" : string.Empty).Append("</td>");
            w.Append("<td data-label=\"Name\"><code>").Append(Escape(entry.Name)).Append("</code></td>");
            w.Append("<td data-label=\"Meaning\">").Append(Escape(entry.Meaning.Plain)).Append("</td>");
            w.Append("<td data-label=\"Category\">").Append(category is null ? "&ndash;" : Escape(category.Title)).Append("</td>");
            w.Append("<td data-label=\"HTTP\">").Append(entry.HttpStatus is { } http ? DocText.Number(http) : "&ndash;").Append("</td>");
            w.Append("<td data-label=\"Retry\"><span class=\"retry retry-").Append(entry.Retry.ToString().ToLowerInvariant()).Append("\">")
                .Append(doc.RetryLabel).Append("</span></td>");
            w.Append("<td data-label=\"Recommendation\">").Append(entry.Recommendation.IsEmpty ? "&ndash;" : Escape(entry.Recommendation.Plain)).Append("</td>");
            w.Append("</tr>\n");
        }

        w.Append("</tbody>\n</table>\n<p id=\"no-match\" hidden>No code matches the filter.</p>\n</div>\n</section>\n");
    }

    private static void Details(StringBuilder w, DocLayout layout)
    {
        w.Append("<section id=\"details\" aria-labelledby=\"details-title\">\n<h2 id=\"details-title\">")
            .Append(Escape(DocLayout.DetailsHeading)).Append("</h2>\n");
        foreach (var group in layout.Groups)
        {
            w.Append("<h3 id=\"").Append(Escape(group.Anchor)).Append("\">").Append(Escape(group.Heading));
            if (group.Range is { } range)
            {
                w.Append(" <span class=\"range\">(").Append(Escape(range)).Append(")</span>");
            }

            w.Append("</h3>\n");
            foreach (var code in group.Codes)
            {
                Detail(w, code);
            }
        }

        w.Append("</section>\n");
    }

    private static void Detail(StringBuilder w, DocCode doc)
    {
        var entry = doc.Entry;
        var code = Escape(doc.Code);
        w.Append("<article class=\"code\" id=\"").Append(code).Append("\">\n");
        w.Append("<h4><a class=\"anchor\" href=\"#").Append(code).Append("\">").Append(code).Append("</a> ")
            .Append(Escape(entry.Meaning.Plain)).Append("</h4>\n<dl>\n");
        Item(w, "Name", "<code>" + Escape(entry.Name) + "</code>");
        if (doc.WireName is { } wireName)
        {
            Item(w, "Wire name", "<code>" + Escape(wireName) + "</code>");
        }

        Item(w, "HTTP status", entry.HttpStatus is { } status ? DocText.Number(status) : "none (not an HTTP error)");
        Item(w, "Retry", "<span class=\"retry retry-" + entry.Retry.ToString().ToLowerInvariant() + "\">" + doc.RetryLabel + "</span>");
        if (!entry.Recommendation.IsEmpty)
        {
            Item(w, "Recommendation", Escape(entry.Recommendation.Plain));
        }

        if (entry.IsDeprecated)
        {
            Item(w, "Status", "deprecated (a retired code)");
        }

        if (entry.OtherMessages.Count > 0)
        {
            var messages = new StringBuilder("<ul class=\"messages\">");
            foreach (var message in entry.OtherMessages)
            {
                messages.Append("<li>").Append(Escape(message.Plain)).Append("</li>");
            }

            Item(w, "Other messages", messages.Append("</ul>").ToString());
        }

        w.Append("</dl>\n");
        if (doc.Example is { } example)
        {
            w.Append("<pre><code class=\"language-json\">").Append(Escape(example)).Append("</code></pre>\n");
        }

        foreach (var note in entry.Notes)
        {
            w.Append("<p>").Append(Escape(note.Plain)).Append("</p>\n");
        }

        List(w, entry.Causes.Count == 1 ? "Cause" : "Causes", "causes", entry.Causes);
        List(w, entry.Solutions.Count == 1 ? "Solution" : "Solutions", "solutions", entry.Solutions);
        w.Append("</article>\n");
    }

    private static string Escape(string text) => DocText.Html(text);

    private static void Item(StringBuilder w, string term, string html) =>
        w.Append("<dt>").Append(term).Append("</dt><dd>").Append(html).Append("</dd>\n");

    private static void List(StringBuilder w, string label, string cssClass, EquatableArray<SpecText> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.Append("<p class=\"label\">").Append(label).Append("</p>\n<ul class=\"").Append(cssClass).Append("\">\n");
        foreach (var item in items)
        {
            w.Append("<li>").Append(Escape(item.Plain)).Append("</li>\n");
        }

        w.Append("</ul>\n");
    }

    private static void Kept(StringBuilder w, KeptSection kept)
    {
        var document = Markdig.Markdown.Parse(DocText.Lf(kept.Markdown), Pipeline);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link:
                    link.Url = SafeUrl(link.Url, link.IsImage);
                    break;
                case AutolinkInline autolink when !IsSafeUrl(autolink.Url, false):
                    autolink.Url = "#";
                    break;
            }
        }

        var html = DocText.Lf(Markdig.Markdown.ToHtml(document, Pipeline)).Trim('\n');
        w.Append("<section class=\"prose\">\n").Append(html).Append("\n</section>\n");
    }

    private static string SafeUrl(string? url, bool image) => url is not null && IsSafeUrl(url, image) ? url : image ? string.Empty : "#";

    private static bool IsSafeUrl(string url, bool image)
    {
        var value = url.Trim();
        if (image)
        {
            return value.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);
        }

        var colon = value.IndexOf(':');
        var slash = value.IndexOfAny(new[] { '/', '?', '#' });
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true; // relative
        }

        var scheme = value.Substring(0, colon).ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }

    private const string Css = @":root {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --head: #f6f8fa; --accent: #0969da;
  --code: #eff1f3; --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; --info: #8250df;
  font-family: system-ui, -apple-system, ""Segoe UI"", Roboto, ""Helvetica Neue"", Arial, sans-serif;
  line-height: 1.5; color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --head: #151b23; --accent: #4493f8;
    --code: #262c36; --ok: #3fb950; --warn: #d29922; --bad: #f85149; --info: #ab7df8;
  }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; background: var(--bg); color: var(--fg); }
header, main { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { margin: 0 0 .25rem; font-size: 1.75rem; }
.lead { margin: 0; color: var(--muted); }
h2 { border-bottom: 1px solid var(--border); padding-bottom: .25rem; margin-top: 2rem; }
a { color: var(--accent); }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, ""Liberation Mono"", monospace; font-size: .9em; }
code { background: var(--code); padding: .1em .3em; border-radius: 4px; }
pre { background: var(--code); padding: .75rem; border-radius: 6px; overflow-x: auto; }
pre code { background: none; padding: 0; }
hr { border: 0; border-top: 1px solid var(--border); }
.filter { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: 1rem 0; }
.filter label { font-weight: 600; }
.filter input { flex: 1 1 16rem; min-width: 0; font: inherit; padding: .45rem .6rem; color: var(--fg); background: var(--bg);
  border: 1px solid var(--border); border-radius: 6px; }
.filter p { margin: 0; color: var(--muted); font-size: .9em; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border: 1px solid var(--border); }
thead th { background: var(--head); }
tr:target, article:target { outline: 2px solid var(--accent); }
.retry { white-space: nowrap; font-weight: 600; }
.retry-none { color: var(--ok); }
.retry-donotretry { color: var(--bad); }
.retry-retrywithbackoff, .retry-retryafterdelay { color: var(--warn); }
.retry-usefallback { color: var(--info); }
.range { color: var(--muted); font-weight: normal; }
article.code { border: 1px solid var(--border); border-radius: 8px; padding: 0 1rem .5rem; margin: 1rem 0; }
article.code h4 { margin: .75rem 0 .5rem; font-size: 1.05rem; }
a.anchor { text-decoration: none; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 .5rem; }
dt { color: var(--muted); }
dd { margin: 0; }
.label { font-weight: 600; margin-bottom: 0; }
@media (max-width: 40rem) {
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table, tbody, tr, td { display: block; width: 100%; }
  tr { border: 1px solid var(--border); border-radius: 8px; margin-bottom: .75rem; padding: .25rem 0; }
  td { border: 0; padding: .2rem .75rem; display: grid; grid-template-columns: 8.75rem minmax(0, 1fr); gap: .5rem; }
  td::before { content: attr(data-label); color: var(--muted); font-weight: 600; font-size: .85em; padding-top: .1em; }
  td code { overflow-wrap: anywhere; }
  dl { grid-template-columns: 1fr; }
}
";

    private const string Script = @"(function () {
  'use strict';
  var input = document.getElementById('filter');
  var status = document.getElementById('filter-status');
  var none = document.getElementById('no-match');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#codes tbody tr'));
  var retryWords = ['retry', 'retryable', 'retriable'];
  function apply() {
    var tokens = input.value.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 0; });
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute('data-search');
      var match = tokens.every(function (t) {
        if (retryWords.indexOf(t) >= 0) { return row.getAttribute('data-retryable') === 'true'; }
        return text.indexOf(t) >= 0;
      });
      row.hidden = !match;
      if (match) { shown++; }
    });
    none.hidden = shown !== 0;
    status.textContent = tokens.length === 0
      ? rows.length + (rows.length === 1 ? ' code' : ' codes')
      : shown + ' of ' + rows.length + ' codes';
    var url = tokens.length === 0 ? location.pathname : '?q=' + encodeURIComponent(input.value);
    if (history.replaceState && location.protocol !== 'file:') { history.replaceState(null, '', url + location.hash); }
  }
  input.addEventListener('input', apply);
  var q = /[?&]q=([^&#]*)/.exec(location.search);
  if (q) { input.value = decodeURIComponent(q[1].replace(/\+/g, ' ')); }
  apply();
})();
";
}
