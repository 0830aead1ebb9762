using System;
using System.Text.RegularExpressions;
using ErrorCodeGen.Model;
using Markdig.Syntax;

namespace ErrorCodeGen.Parsing;

/// <summary>
/// Reads bold-name blocks: a line holding only a bold name (<c>**ThrottlingException**</c>), description lines, and
/// field lines — <c>HTTP Status Code: 400</c> and, for numeric codes, <c>Code: 4029</c> (or the code in the name:
/// <c>**4029 Throttled**</c>, <c>**Throttled (4029)**</c>). A bold line followed by no field line is ordinary text.
/// </summary>
internal sealed class NameBlockReader
{
    private static readonly Regex BoldLine = new(
        @"^\s{0,3}(?:\*\*|__)(?<name>[^*_].*?)(?:\*\*|__)\s*(?:\\|<br\s*/?>)?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    private static readonly Regex HttpField = new(
        @"^\s*(?:\*\*|__)?\s*(?:HTTP\s+)?Status(?:\s+Code)?\s*:?\s*(?:\*\*|__)?\s*:?\s*(?<value>\d{3})\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    private static readonly Regex CodeField = new(
        @"^\s*(?:\*\*|__)?\s*(?:Error\s+)?Code\s*:?\s*(?:\*\*|__)?\s*:?\s*`?(?<value>[+-]?\d+)`?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    private static readonly Regex CodeInName = new(
        @"^(?:(?<code>[+-]?\d+)\s*[-–—:]?\s+(?<name>.+)|(?<name>.+?)\s*\((?<code>[+-]?\d+)\))$",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly SpecPage _page;
    private OpenBlock? _block;

    public NameBlockReader(SpecPage page) => _page = page;

    /// <summary>Reads a paragraph that starts or continues a name block; false when it is neither.</summary>
    public bool TryRead(Block block)
    {
        if (block is not ParagraphBlock paragraph)
        {
            End();
            return false;
        }

        if (_block is null && !StartsBold(paragraph))
        {
            // Most paragraphs: not a bold line and no block open (no lines split, no regex run).
            return false;
        }

        var lines = BlockLines.Of(_page, paragraph);
        if (lines.Count > 0 && SpecPage.Match(BoldLine, lines[0].Text) is { } bold)
        {
            End();
            _block = new OpenBlock(bold, lines[0], _page);
            for (var i = 1; i < lines.Count; i++)
            {
                _block.Add(lines[i], _page);
            }

            return true;
        }

        if (_block is null)
        {
            return false;
        }

        foreach (var line in lines)
        {
            _block.Add(line, _page);
        }

        return true;
    }

    private bool StartsBold(ParagraphBlock paragraph)
    {
        var text = _page.Text;
        var i = _page.TextStart(paragraph);
        return i >= 0 && i + 1 < text.Length && ((text[i] == '*' && text[i + 1] == '*') || (text[i] == '_' && text[i + 1] == '_'));
    }

    /// <summary>Closes the open block (a heading, a table or another block follows): it becomes a row when it had a field line.</summary>
    public void End()
    {
        var block = _block;
        _block = null;
        if (block is null || !block.FieldSeen)
        {
            return;
        }

        var code = block.Code ?? block.Name;
        var meaning = block.DescriptionStart >= 0 ? BlockLines.Cell(_page, block.DescriptionStart, block.DescriptionEnd) : new SpecCell(SpecText.Empty, block.Name.Span);
        var heading = _page.CurrentHeading;
        _page.MarkCatalog();
        _page.Rows.Add(new SpecRow(RowLayout.NameBlock, code, meaning, _page.Lines.Span(block.Start, block.End - block.Start), heading, (object?)heading ?? _page)
        {
            Name = block.Name,
            Http = block.Http,
            Deprecated = block.Deprecated,
            CodeIsHttpStatus = false,
        });
    }

    private sealed class OpenBlock
    {
        public OpenBlock(Match bold, BlockLines.Line line, SpecPage page)
        {
            var group = bold.Groups["name"];
            var cell = BlockLines.Cell(page, line.Start + group.Index, line.Start + group.Index + group.Length);
            var text = cell.Text.Plain;
            if (text.Length > 4 && text.StartsWith("~~", StringComparison.Ordinal) && text.EndsWith("~~", StringComparison.Ordinal))
            {
                Deprecated = true;
                cell = BlockLines.Cell(page, cell.Span.Start + 2, cell.Span.End - 2);
                text = cell.Text.Plain;
            }

            Name = cell;
            if (SpecPage.Match(CodeInName, text) is { } withCode)
            {
                var codeText = withCode.Groups["code"].Value;
                var at = page.Text.IndexOf(codeText, cell.Span.Start, cell.Span.Length, StringComparison.Ordinal);
                Code = new SpecCell(SpecText.FromPlain(codeText), at < 0 ? cell.Span : page.Lines.Span(at, codeText.Length));
                var nameText = withCode.Groups["name"].Value.Trim();
                var nameAt = page.Text.IndexOf(nameText, cell.Span.Start, cell.Span.Length, StringComparison.Ordinal);
                Name = new SpecCell(SpecText.FromPlain(nameText), nameAt < 0 ? cell.Span : page.Lines.Span(nameAt, nameText.Length));
            }

            Start = line.Start;
            End = line.End;
        }

        private bool _fieldSeen;

        /// <summary>A field line (status, code) was read: without one, the bold line is ordinary text.</summary>
        public bool FieldSeen => _fieldSeen;

        public SpecCell Name { get; }

        public bool Deprecated { get; }

        public SpecCell? Code { get; private set; }

        public SpecCell? Http { get; private set; }

        public int Start { get; }

        public int End { get; private set; }

        public int DescriptionStart { get; private set; } = -1;

        public int DescriptionEnd { get; private set; } = -1;

        public void Add(BlockLines.Line line, SpecPage page)
        {
            End = Math.Max(End, line.End);
            if (SpecPage.Match(HttpField, line.Text) is { } http)
            {
                var value = http.Groups["value"];
                Http = new SpecCell(SpecText.FromPlain(value.Value), page.Lines.Span(line.Start + value.Index, value.Length));
                _fieldSeen = true;
                return;
            }

            if (SpecPage.Match(CodeField, line.Text) is { } code)
            {
                var value = code.Groups["value"];
                Code = new SpecCell(SpecText.FromPlain(value.Value), page.Lines.Span(line.Start + value.Index, value.Length));
                _fieldSeen = true;
                return;
            }

            if (!_fieldSeen && line.Text.Trim().Length > 0)
            {
                // Description lines come before the fields; lines after them are not part of the meaning.
                DescriptionStart = DescriptionStart < 0 ? line.Start : DescriptionStart;
                var end = line.End;
                while (end > line.Start && (char.IsWhiteSpace(page.Text[end - 1]) || page.Text[end - 1] == '\\'))
                {
                    end--;
                }

                DescriptionEnd = end;
            }
        }
    }
}
