using System;
using System.Collections.Generic;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Model;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ErrorCodeGen.Parsing;

/// <summary>
/// Reads pipe tables: a table with a code column (<see cref="SpecColumns.Code"/>, or an HTTP status column when no
/// other column is the code) gives one row per line. Tables without outer pipes and with a header that does not match
/// its delimiter row are read as Markdig renders them.
/// </summary>
internal sealed class TableReader
{
    private readonly SpecPage _page;

    public TableReader(SpecPage page) => _page = page;

    public void Read(Table table)
    {
        var headers = HeaderTexts(table, out var headerRow);
        var roles = ColumnRoles.Assign(headers);
        if (roles.Code < 0)
        {
            _page.SkippedTables.Add(table);
            return;
        }

        if (roles.CodeIsHttpStatus && roles.Meaning < 0)
        {
            _page.SkippedTables.Add(table);
            return;
        }

        if (roles.CodeIsHttpStatus)
        {
            // Keyed by HTTP status: the listing only when the page has no error-code table (the builder decides).
            _page.HttpTables.Add(new HttpTable(table, _page.Sections[_page.Sections.Count - 1]));
        }
        else
        {
            _page.CodeTables.Add(table);
            _page.MarkCatalog();
        }

        CheckDelimiterRow(table, headerRow, headers.Count);
        if (roles.Meaning < 0)
        {
            _page.Report(SpecDiagnostics.MissingColumn, _page.RowSpan(headerRow), "Meaning", string.Join(", ", headers));
            return;
        }

        var tableHeading = _page.CurrentHeading;
        var httpKeyed = roles.CodeIsHttpStatus || tableHeading is { SaysHttp: true };
        var rowIndex = 0;
        foreach (var block in table)
        {
            if ((++rowIndex & 255) == 0)
            {
                _page.CancellationToken.ThrowIfCancellationRequested();
            }

            if (block is not TableRow row || row == headerRow)
            {
                continue;
            }

            var extras = SpecRow.NoExtras;
            foreach (var index in roles.Extra)
            {
                if (index < headers.Count)
                {
                    if (extras == SpecRow.NoExtras)
                    {
                        extras = new List<ExtraCell>(roles.Extra.Count);
                    }

                    extras.Add(new ExtraCell(headers[index], At(row, index).Text));
                }
            }

            var code = At(row, roles.Code);
            var deprecated = StruckThrough.TryStrip(code, _page, out code);
            (roles.CodeIsHttpStatus ? _page.HttpTables[_page.HttpTables.Count - 1].Rows : _page.Rows).Add(new SpecRow(RowLayout.Table, code, At(row, roles.Meaning), _page.RowSpan(row), tableHeading, table)
            {
                Recommendation = roles.Recommendation >= 0 ? At(row, roles.Recommendation) : null,
                Http = roles.Http >= 0 ? At(row, roles.Http) : null,
                Retry = roles.Retry >= 0 ? At(row, roles.Retry) : null,
                Name = roles.Name >= 0 ? At(row, roles.Name) : null,
                Extras = extras,
                Deprecated = deprecated,
                CodeIsHttpStatus = httpKeyed,
            });
        }
    }

    /// <summary>The header texts of a table (the first row).</summary>
    public static List<string> HeaderTexts(Table table, out TableRow? headerRow)
    {
        headerRow = null;
        foreach (var block in table)
        {
            if (block is TableRow row)
            {
                headerRow = row;
                break;
            }
        }

        var headers = new List<string>();
        if (headerRow is not null)
        {
            foreach (var cell in headerRow)
            {
                headers.Add(InlineText.Plain((cell as TableCell)?.Count > 0 ? ((TableCell)cell)[0] as LeafBlock : null));
            }
        }

        return headers;
    }

    /// <summary>
    /// GFM renders a table only when the header and the delimiter row have the same number of cells; Markdig reads it
    /// anyway, and so does the parser, with a warning that other renderers show the lines as text.
    /// </summary>
    private void CheckDelimiterRow(Table table, TableRow? headerRow, int headerCells)
    {
        if (headerRow is null || headerRow.Span.Start < 0)
        {
            return;
        }

        var text = _page.Text;
        var lineEnd = text.IndexOfAny(new[] { '\n', '\r' }, Math.Min(text.Length, headerRow.Span.End + 1));
        if (lineEnd < 0)
        {
            return;
        }

        // Count the header's cells as written (Markdig pads a short header to the delimiter row's width).
        var headerStart = lineEnd;
        while (headerStart > 0 && text[headerStart - 1] != '\n' && text[headerStart - 1] != '\r')
        {
            headerStart--;
        }

        headerCells = CountCells(text.Substring(headerStart, lineEnd - headerStart));

        var start = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        var end = text.IndexOfAny(new[] { '\n', '\r' }, start);
        end = end < 0 ? text.Length : end;
        var line = text.Substring(start, end - start).Trim();
        if (line.Length == 0 || line.Trim('|', '-', ':', ' ', '\t').Length != 0)
        {
            return;
        }

        var cells = CountCells(line);
        if (cells != headerCells)
        {
            _page.Report(SpecDiagnostics.TableNotRenderedByGfm, _page.RowSpan(headerRow),
                headerCells.ToString(System.Globalization.CultureInfo.InvariantCulture),
                cells.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The cells of a table line: pipes that are not escaped, outer pipes optional.</summary>
    private static int CountCells(string line)
    {
        line = line.Trim();
        var start = line.StartsWith("|", StringComparison.Ordinal) ? 1 : 0;
        var end = line.Length > start && line[line.Length - 1] == '|' && (line.Length < 2 || line[line.Length - 2] != '\\') ? line.Length - 1 : line.Length;
        var cells = 1;
        for (var i = start; i < end; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                cells++;
            }
        }

        return cells;
    }

    /// <summary>Cell <paramref name="index"/> of <paramref name="row"/>, or an empty cell spanning the row when it has fewer cells.</summary>
    private SpecCell At(TableRow row, int index) =>
        index >= 0 && index < row.Count ? ReadCell(row[index] as TableCell, row) : new SpecCell(SpecText.Empty, _page.RowSpan(row));

    private SpecCell ReadCell(TableCell? cell, TableRow row)
    {
        var text = _page.Text;
        if (cell is null || cell.Span.Length <= 0 || cell.Span.Start < 0)
        {
            return new SpecCell(SpecText.Empty, _page.RowSpan(row));
        }

        var start = cell.Span.Start;
        var end = Math.Min(text.Length, cell.Span.End + 1);
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '|'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || (text[end - 1] == '|' && (end - 2 < start || text[end - 2] != '\\'))))
        {
            end--;
        }

        var plain = InlineText.Plain(cell.Count > 0 ? cell[0] as LeafBlock : null);
        var markdown = text.Substring(start, end - start);
        return new SpecCell(new SpecText(markdown, plain), end > start ? _page.Lines.Span(start, end - start) : _page.RowSpan(row));
    }
}

/// <summary>A code struck through (<c>~~10018~~</c>): a retired code that is still listed.</summary>
internal static class StruckThrough
{
    /// <summary>True when the cell's text is wrapped in <c>~~</c>; <paramref name="inner"/> is the code without the marks.</summary>
    public static bool TryStrip(SpecCell cell, SpecPage page, out SpecCell inner)
    {
        var plain = cell.Text.Plain.Trim();
        if (plain.Length > 4 && plain.StartsWith("~~", StringComparison.Ordinal) && plain.EndsWith("~~", StringComparison.Ordinal))
        {
            var markdown = cell.Text.Markdown.Trim();
            var innerMarkdown = markdown.Length > 4 && markdown.StartsWith("~~", StringComparison.Ordinal) && markdown.EndsWith("~~", StringComparison.Ordinal)
                ? markdown.Substring(2, markdown.Length - 4)
                : plain.Substring(2, plain.Length - 4);
            var span = cell.Span.Length > 4 ? page.Lines.Span(cell.Span.Start + 2, cell.Span.Length - 4) : cell.Span;
            inner = new SpecCell(new SpecText(innerMarkdown.Trim(), plain.Substring(2, plain.Length - 4).Trim()), span);
            return true;
        }

        inner = cell;
        return false;
    }
}
