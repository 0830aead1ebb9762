using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ErrorCodeGen.Inference;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Docs;

/// <summary>
/// Writes a catalog back as an error-code page: front matter and the spec's own sections kept, the quick-reference
/// table with <c>HTTP</c> and <c>Retry</c> columns, category sections and one detail section per code.
/// The output is itself a valid spec: parsing it gives the same catalog (source locations aside).
/// Deterministic, LF line endings.
/// </summary>
public static class MarkdownDocWriter
{
    /// <summary>The heading of the regenerated quick-reference table.</summary>
    public const string TableHeading = "Error Code Quick Reference";

    /// <summary>The heading above the category sections.</summary>
    public const string DetailsHeading = "Detailed Descriptions";

    /// <summary>The heading of the details of codes that belong to no category.</summary>
    public const string OtherCodesHeading = "Other Codes";

    public static string Write(Catalog catalog)
    {
        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        var w = new StringBuilder();
        if (catalog.FrontMatter is { } front)
        {
            w.Append(DocText.Lf(front).TrimEnd('\n')).Append("\n\n");
        }

        var blocks = new List<string>();
        foreach (var kept in catalog.KeptSections)
        {
            if (kept.BeforeCatalog)
            {
                blocks.Add(DocText.Lf(kept.Markdown).Trim('\n'));
            }
        }

        if (NeedsTitleHeading(catalog))
        {
            blocks.Add("# " + catalog.Title);
        }

        blocks.Add(QuickReference(catalog));
        blocks.Add(Details(catalog));
        var after = new List<string>();
        foreach (var kept in catalog.KeptSections)
        {
            if (!kept.BeforeCatalog)
            {
                after.Add(DocText.Lf(kept.Markdown).Trim('\n'));
            }
        }

        if (after.Count > 0)
        {
            blocks.Add("---");
            blocks.AddRange(after);
        }

        w.Append(string.Join("\n\n", blocks));
        w.Append('\n');
        return w.ToString();
    }

    /// <summary>
    /// The title is kept when the front matter or a kept section carries it; only a title that came from a heading
    /// inside the catalog's own sections has to be written again.
    /// </summary>
    private static bool NeedsTitleHeading(Catalog catalog)
    {
        if (catalog.Title.Length == 0)
        {
            return false;
        }

        if (catalog.FrontMatter is { } front && front.IndexOf("\ntitle:", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        foreach (var kept in catalog.KeptSections)
        {
            if (kept.BeforeCatalog && (kept.Markdown.StartsWith("# ", StringComparison.Ordinal)
                || kept.Markdown.IndexOf("\n# ", StringComparison.Ordinal) >= 0))
            {
                return false;
            }
        }

        return true;
    }

    private static string QuickReference(Catalog catalog)
    {
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
            headers.Add(Cell(extra.Header));
        }

        var w = new StringBuilder();
        w.Append("## ").Append(TableHeading).Append("\n\n");
        Row(w, headers);
        var rule = new List<string>();
        foreach (var header in headers)
        {
            rule.Add(new string('-', Math.Max(3, header.Length)));
        }

        Row(w, rule);
        foreach (var entry in catalog.Entries)
        {
            // A retired code stays struck through; each other message of a code is one more row with that code.
            var code = DocText.CodeCell(catalog, entry);
            var cells = new List<string> { entry.IsDeprecated ? "~~" + code + "~~" : code };
            if (writeNames)
            {
                cells.Add(IdentifierNaming.IsValidIdentifier(entry.Name) ? entry.Name : "@" + entry.Name);
            }

            cells.Add(Cell(entry.Meaning.Markdown));
            cells.Add(entry.Recommendation.IsEmpty ? "-" : Cell(entry.Recommendation.Markdown));
            cells.Add(entry.HttpStatus is { } status ? DocText.Number(status) : "-");
            cells.Add(entry.Retry.ToString());
            foreach (var extra in catalog.ExtraColumns)
            {
                var value = string.Empty;
                foreach (var cell in entry.ExtraCells)
                {
                    if (cell.Column == extra.Header)
                    {
                        value = Cell(cell.Value.Markdown);
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
                again[meaningIndex] = Cell(message.Markdown);
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

    /// <summary>A cell's Markdown on one line, with pipes escaped (Markdown from a table cell already has them escaped).</summary>
    private static string Cell(string markdown)
    {
        var text = DocText.Lf(markdown).Replace('\n', ' ').Trim();
        var w = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                w.Append(c).Append(text[++i]);
                continue;
            }

            if (c == '|')
            {
                w.Append('\\');
            }

            w.Append(c);
        }

        return w.ToString();
    }

    private static string Details(Catalog catalog)
    {
        var w = new StringBuilder();
        w.Append("## ").Append(DetailsHeading);
        var first = true;
        var written = new HashSet<int>();
        foreach (var category in catalog.Categories)
        {
            w.Append("\n\n");
            if (!first)
            {
                w.Append("---\n\n");
            }

            first = false;
            w.Append("### ").Append(category.Title);
            if (category.RangePattern is { Length: > 0 } range)
            {
                w.Append(" (").Append(range).Append(')');
            }

            foreach (var entry in catalog.Entries)
            {
                if (entry.Category == category.Name && written.Add(entry.Code))
                {
                    w.Append("\n\n");
                    Detail(w, catalog, entry);
                }
            }
        }

        // A code under no category heading keeps its details too. (The parser makes every heading above a detail
        // section a category, so these come back under "Other Codes".)
        var other = false;
        foreach (var entry in catalog.Entries)
        {
            if (written.Contains(entry.Code) || (!entry.HasWireMessage && entry.Causes.IsEmpty && entry.Solutions.IsEmpty && entry.Notes.IsEmpty))
            {
                continue;
            }

            if (!other)
            {
                w.Append("\n\n");
                if (!first)
                {
                    w.Append("---\n\n");
                }

                w.Append("### ").Append(OtherCodesHeading);
                other = true;
            }

            w.Append("\n\n");
            Detail(w, catalog, entry);
        }

        return w.ToString();
    }

    private static void Detail(StringBuilder w, Catalog catalog, ErrorEntry entry)
    {
        w.Append("#### ").Append(DocText.CodeCell(catalog, entry)).Append(" - ").Append(DocText.Lf(entry.Meaning.Markdown).Replace('\n', ' '));
        if (entry.HasWireMessage)
        {
            w.Append("\n\n```json\n{\n  \"code\": ").Append(DocText.CodeJson(catalog, entry))
                .Append(",\n  \"message\": ").Append(JsonText.Quote(entry.Message)).Append("\n}\n```");
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

/// <summary>Small text helpers shared by the docs writers.</summary>
internal static class DocText
{
    public static string Lf(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The code as the API sends it: the wire string of a string-code catalog, else the number.</summary>
    public static string CodeText(Catalog catalog, ErrorEntry entry) => catalog.CodeText(entry);

    /// <summary>The code as a JSON value: a string for a string-code catalog, else a number.</summary>
    public static string CodeJson(Catalog catalog, ErrorEntry entry) =>
        catalog.CodeKind == CodeKind.String ? JsonText.Quote(catalog.CodeText(entry)) : Number(entry.Code);

    /// <summary>
    /// The code column of regenerated Markdown: a wire code in backticks whenever the entry has one (so a numeric table
    /// with a symbolic code column reads back the same, its number staying in its own column), else the number.
    /// </summary>
    public static string CodeCell(Catalog catalog, ErrorEntry entry) =>
        entry.WireCode is { } wire ? "`" + wire + "`" : Number(entry.Code);
}
