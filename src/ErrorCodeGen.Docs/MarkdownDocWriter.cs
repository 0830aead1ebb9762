using System;
using System.Collections.Generic;
using System.Text;
using ErrorCodeGen.Inference;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Docs;

/// <summary>
/// Writes a catalog back as an error-code page: front matter and the spec's own sections kept, the quick-reference
/// table with <c>HTTP</c> and <c>Retry</c> columns and the detail groups of the <see cref="DocLayout"/> (categories, then
/// <see cref="DocLayout.OtherCodesHeading"/>), one detail section per code. The output is itself a valid spec: parsing it gives the same catalog (source locations aside).
/// Deterministic, LF line endings.
/// </summary>
public static class MarkdownDocWriter
{
    public static string Write(Catalog catalog) => Render(DocLayout.Create(catalog));

    internal static string Render(DocLayout layout)
    {
        var catalog = layout.Catalog;
        var w = new StringBuilder();
        if (catalog.FrontMatter is { } front)
        {
            w.Append(DocText.Lf(front).TrimEnd('\n')).Append("\n\n");
        }

        var blocks = new List<string>();
        foreach (var kept in layout.SectionsBefore)
        {
            blocks.Add(DocText.Lf(kept.Markdown).Trim('\n'));
        }

        if (NeedsTitleHeading(layout))
        {
            blocks.Add("# " + catalog.Title);
        }

        blocks.Add(QuickReference(layout));
        blocks.Add(Details(layout));
        if (layout.SectionsAfter.Count > 0)
        {
            blocks.Add("---");
            foreach (var kept in layout.SectionsAfter)
            {
                blocks.Add(DocText.Lf(kept.Markdown).Trim('\n'));
            }
        }

        w.Append(string.Join("\n\n", blocks));
        w.Append('\n');
        return w.ToString();
    }

    /// <summary>
    /// The title is kept when the front matter or a kept section carries it; only a title that came from a heading
    /// inside the catalog's own sections has to be written again.
    /// </summary>
    private static bool NeedsTitleHeading(DocLayout layout)
    {
        if (layout.Catalog.Title.Length == 0 || layout.FrontMatterValue("title") is not null)
        {
            return false;
        }

        foreach (var kept in layout.SectionsBefore)
        {
            if (kept.Markdown.StartsWith("# ", StringComparison.Ordinal) || kept.Markdown.IndexOf("\n# ", StringComparison.Ordinal) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string QuickReference(DocLayout layout)
    {
        var catalog = layout.Catalog;
        var writeNames = NeedsNameColumn(catalog);
        var headers = new List<string> { "Code" };
        if (writeNames)
        {
            headers.Add("Name");
        }

        headers.Add("Meaning");
        headers.Add("Recommendation");
        headers.Add("HTTP");
        headers.Add("Retry");
        foreach (var extra in catalog.ExtraColumns)
        {
            headers.Add(DocText.MarkdownCell(extra.Header));
        }

        var w = new StringBuilder();
        w.Append("## ").Append(DocLayout.TableHeading).Append("\n\n");
        Row(w, headers);
        var rule = new List<string>();
        foreach (var header in headers)
        {
            rule.Add(new string('-', Math.Max(3, header.Length)));
        }

        Row(w, rule);
        foreach (var doc in layout.Codes)
        {
            // A retired code stays struck through; each other message of a code is one more row with that code.
            var entry = doc.Entry;
            var code = doc.MarkdownCode;
            var cells = new List<string> { entry.IsDeprecated ? "~~" + code + "~~" : code };
            if (writeNames)
            {
                cells.Add(IdentifierNaming.IsValidIdentifier(entry.Name) ? entry.Name : "@" + entry.Name);
            }

            cells.Add(DocText.MarkdownCell(entry.Meaning.Markdown));
            cells.Add(entry.Recommendation.IsEmpty ? "-" : DocText.MarkdownCell(entry.Recommendation.Markdown));
            cells.Add(entry.HttpStatus is { } status ? DocText.Number(status) : "-");
            cells.Add(entry.Retry.ToString());
            foreach (var extra in catalog.ExtraColumns)
            {
                var value = string.Empty;
                foreach (var cell in entry.ExtraCells)
                {
                    if (cell.Column == extra.Header)
                    {
                        value = DocText.MarkdownCell(cell.Value.Markdown);
                        break;
                    }
                }

                cells.Add(value);
            }

            Row(w, cells);
            var meaningIndex = writeNames ? 2 : 1;
            foreach (var message in entry.OtherMessages)
            {
                var again = new List<string>(cells);
                again[meaningIndex] = DocText.MarkdownCell(message.Markdown);
                Row(w, again);
            }
        }

        return w.Append("\n---").ToString();
    }

    private static bool NeedsNameColumn(Catalog catalog)
    {
        foreach (var entry in catalog.Entries)
        {
            if (IdentifierNaming.ToPascalCase(entry.Meaning.Plain) != entry.Name)
            {
                return true;
            }
        }

        return false;
    }

    private static void Row(StringBuilder w, List<string> cells)
    {
        w.Append('|');
        foreach (var cell in cells)
        {
            w.Append(' ').Append(cell).Append(" |");
        }

        w.Append('\n');
    }

    private static string Details(DocLayout layout)
    {
        var w = new StringBuilder();
        w.Append("## ").Append(DocLayout.DetailsHeading);
        for (var i = 0; i < layout.Groups.Count; i++)
        {
            var group = layout.Groups[i];
            w.Append("\n\n").Append(i == 0 ? string.Empty : "---\n\n").Append("### ").Append(group.Heading);
            if (group.Range is { } range)
            {
                w.Append(" (").Append(range).Append(')');
            }

            foreach (var code in group.Codes)
            {
                w.Append("\n\n");
                Detail(w, code);
            }
        }

        return w.ToString();
    }

    private static void Detail(StringBuilder w, DocCode code)
    {
        var entry = code.Entry;
        w.Append("#### ").Append(code.MarkdownCode).Append(" - ").Append(DocText.Lf(entry.Meaning.Markdown).Replace('\n', ' '));
        if (code.Example is { } example)
        {
            w.Append("\n\n```json\n").Append(example).Append("\n```");
        }

        foreach (var note in entry.Notes)
        {
            w.Append("\n\n").Append(DocText.Lf(note.Markdown).Trim());
        }

        Labelled(w, "Cause", entry.Causes);
        Labelled(w, "Solution", entry.Solutions);
    }

    private static void Labelled(StringBuilder w, string label, EquatableArray<SpecText> items)
    {
        if (items.Count == 1)
        {
            w.Append("\n\n**").Append(label).Append("**: ").Append(DocText.Lf(items[0].Markdown).Trim());
        }
        else if (items.Count > 1)
        {
            w.Append("\n\n**").Append(label).Append("s**:\n");
            for (var i = 0; i < items.Count; i++)
            {
                w.Append("- ").Append(DocText.Lf(items[i].Markdown).Trim().Replace("\n", "\n  "));
                if (i + 1 < items.Count)
                {
                    w.Append('\n');
                }
            }
        }
    }
}
