using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using System.Threading;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Model;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using SourceSpan = ErrorCodeGen.Model.SourceSpan;

namespace ErrorCodeGen.Parsing;

/// <summary>
/// What the layout readers share while they walk one page: its text, positions, the headings seen so far, the rows
/// found and the problems reported. Readers add rows; only <see cref="CatalogBuilder"/> judges them.
/// </summary>
internal sealed class SpecPage
{
    private readonly List<HeadingContext> _headingStack = new();

    public SpecPage(string original, string text, CancellationToken cancellationToken)
    {
        Original = original;
        Text = text;
        CancellationToken = cancellationToken;
        Lines = new LineMap(text);
        SelectionEnd = text.Length;
    }

    /// <summary>A code range in a heading: <c>(1xxx)</c>, <c>4XX</c>.</summary>
    private static readonly Regex RangePattern = new(@"\(?\b(?<digits>\d*)(?<x>[xX]+)\b\)?", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The page as written (kept sections are cut from it).</summary>
    public string Original { get; }

    /// <summary>The page with MDX/Hugo noise blanked (<see cref="PageNoise"/>): same length, same positions.</summary>
    public string Text { get; }

    public CancellationToken CancellationToken { get; }

    public LineMap Lines { get; }

    public List<SpecDiagnostic> Diagnostics { get; } = new();

    /// <summary>Every row found, in page order.</summary>
    public List<SpecRow> Rows { get; } = new();

    /// <summary>Every code heading's section, in page order.</summary>
    public List<CodeSection> CodeSections { get; } = new();

    /// <summary>Every heading that is not a code heading, in page order.</summary>
    public List<HeadingContext> Headings { get; } = new();

    /// <summary>The page's top-level sections; the first is the preamble (the text before the first level-1 or level-2 heading).</summary>
    public List<PageSection> Sections { get; } = new() { new PageSection(0) };

    /// <summary>Tables that have a code column, in page order.</summary>
    public List<Table> CodeTables { get; } = new();

    /// <summary>Tables without a code column (reported as skipped, or as the missing column when nothing else is found).</summary>
    public List<Table> SkippedTables { get; } = new();

    /// <summary>Tables whose code column is an HTTP status column, with their rows (read only when nothing else lists codes).</summary>
    public List<HttpTable> HttpTables { get; } = new();

    public string? FrontMatter { get; private set; }

    public string? Title { get; private set; }

    /// <summary>Where the selected part of the page starts (0 for the whole page).</summary>
    public int SelectionStart { get; private set; }

    /// <summary>Where the selected part of the page ends (the page's length for the whole page).</summary>
    public int SelectionEnd { get; private set; }

    /// <summary>The selected section's heading (the document start for the whole page): where "nothing found" is reported.</summary>
    public SourceSpan SelectionHeading { get; private set; } = SourceSpan.DocumentStart;

    /// <summary>Reads only the part of the page a section selection chose; its title (the heading path) names the catalog.</summary>
    public void Select(SectionSelection selection)
    {
        SelectionStart = selection.Start;
        SelectionEnd = selection.End;
        SelectionHeading = selection.HeadingSpan;
        Title = selection.Title;
    }

    public HeadingContext? CurrentHeading => _headingStack.Count > 0 ? _headingStack[_headingStack.Count - 1] : null;

    public void OnFrontMatter(YamlFrontMatterBlock front)
    {
        FrontMatter = Original.Substring(Math.Max(0, front.Span.Start), Math.Max(0, Math.Min(Original.Length, front.Span.End + 1) - Math.Max(0, front.Span.Start)));
        Title ??= Model.FrontMatter.Value(FrontMatter, "title");
    }

    /// <summary>Notes a heading: a new top-level section for levels 1-2, the title for level 1.</summary>
    public void OnAnyHeading(HeadingBlock heading, string plain)
    {
        if (heading.Level <= 2)
        {
            Sections.Add(new PageSection(heading.Span.Start));
        }

        if (heading.Level == 1)
        {
            Title ??= plain;
        }
    }

    /// <summary>Pushes a heading that is not a code heading: it may be the category of what follows.</summary>
    public void PushHeading(HeadingBlock heading, string plain, SourceSpan span)
    {
        while (_headingStack.Count > 0 && _headingStack[_headingStack.Count - 1].Level >= heading.Level)
        {
            _headingStack.RemoveAt(_headingStack.Count - 1);
        }

        var range = plain.IndexOf('x') >= 0 || plain.IndexOf('X') >= 0 ? Match(RangePattern, plain) : null;
        var title = (range is null ? plain : plain.Remove(range.Index, range.Length)).Trim(' ', '\t', '-', '–', '—', ':', '|');
        var info = new HeadingContext(heading.Level, plain, title, span, range is null ? null : range.Value.Trim('(', ')'));
        _headingStack.Add(info);
        Headings.Add(info);
        if (info.Range is not null)
        {
            info.MarkCategory();
        }
    }

    /// <summary>The headings above a heading of <paramref name="level"/>, nearest first.</summary>
    public IEnumerable<HeadingContext> HeadingsAbove(int level)
    {
        for (var i = _headingStack.Count - 1; i >= 0; i--)
        {
            if (_headingStack[i].Level < level)
            {
                yield return _headingStack[i];
                level = _headingStack[i].Level;
            }
        }
    }

    /// <summary>The nearest heading above a heading of <paramref name="level"/>.</summary>
    public HeadingContext? NearestHeading(int level)
    {
        for (var i = _headingStack.Count - 1; i >= 0; i--)
        {
            if (_headingStack[i].Level < level)
            {
                return _headingStack[i];
            }
        }

        return null;
    }

    /// <summary>Marks the current top-level section as part of the catalog (not kept verbatim for the docs).</summary>
    public void MarkCatalog() => Sections[Sections.Count - 1].MarkCatalog();

    public void Report(SpecDiagnosticDescriptor descriptor, SourceSpan span, params string[] args) =>
        Diagnostics.Add(new SpecDiagnostic(descriptor, span, new EquatableArray<string>(args)));

    public string Slice(int start, int end)
    {
        start = Math.Max(0, Math.Min(start, Text.Length));
        end = Math.Max(start, Math.Min(end, Text.Length));
        return Text.Substring(start, end - start);
    }

    /// <summary>Where the text of <paramref name="block"/> starts, after leading spaces; -1 for a block with no place in the text.</summary>
    public int TextStart(Block block)
    {
        var i = block.Span.Start;
        if (i < 0)
        {
            return -1;
        }

        while (i < Text.Length && Text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>The span of a block without its trailing line end.</summary>
    public SourceSpan BlockSpan(Block block)
    {
        if (block.Span.Start < 0 || block.Span.Length <= 0)
        {
            return SourceSpan.DocumentStart;
        }

        // A block's span ends at its last character (inclusive); drop a trailing line end.
        var end = Math.Min(Text.Length, block.Span.End + 1);
        while (end > block.Span.Start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return Lines.Span(block.Span.Start, end - block.Span.Start);
    }

    /// <summary>The span of <paramref name="start"/>..<paramref name="end"/> with blanks trimmed on both sides.</summary>
    public SourceSpan TrimmedSpan(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        return Lines.Span(start, end - start);
    }

    public SourceSpan RowSpan(TableRow? row)
    {
        if (row is null || row.Span.Start < 0 || row.Span.Length <= 0)
        {
            return SourceSpan.DocumentStart;
        }

        // Markdig's row span leaves out the outer pipes: a row is reported as the whole line a reader sees.
        var start = row.Span.Start;
        var end = Math.Min(Text.Length, row.Span.End + 1);
        while (start > 0 && Text[start - 1] is '|' or ' ' or '\t')
        {
            start--;
        }

        while (end < Text.Length && Text[end] is '|' or ' ' or '\t')
        {
            end++;
        }

        while (start < end && Text[start] is ' ' or '\t')
        {
            start++;
        }

        while (end > start && Text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        return Lines.Span(start, end - start);
    }

    public static Match? Match(Regex regex, string input)
    {
        try
        {
            var match = regex.Match(input);
            return match.Success ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}

/// <summary>A table keyed by HTTP status (<c>Status code | Status message | Description</c>), its rows and its section.</summary>
internal sealed class HttpTable(Table table, PageSection section)
{
    public Table Table => table;

    public PageSection Section => section;

    public List<SpecRow> Rows { get; } = new();
}

/// <summary>A top-level section of the page (from a level-1 or level-2 heading to the next).</summary>
internal sealed class PageSection(int start)
{
    public int Start => start;

    public bool HasCatalog { get; private set; }

    public void MarkCatalog() => HasCatalog = true;
}
