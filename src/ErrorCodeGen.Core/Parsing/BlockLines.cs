using System.Collections.Generic;
using ErrorCodeGen.Model;
using Markdig;
using Markdig.Syntax;

namespace ErrorCodeGen.Parsing;

/// <summary>The source lines of a top-level paragraph, each with its offset, for the readers of line-based layouts.</summary>
internal static class BlockLines
{
    public readonly record struct Line(string Text, int Start)
    {
        public int End => Start + Text.Length;
    }

    public static List<Line> Of(SpecPage page, Block block)
    {
        var lines = new List<Line>();
        if (block.Span.Start < 0 || block.Span.Length <= 0)
        {
            return lines;
        }

        var text = page.Text;
        var end = System.Math.Min(text.Length, block.Span.End + 1);
        var start = block.Span.Start;
        while (start < end)
        {
            var lineEnd = start;
            while (lineEnd < end && text[lineEnd] != '\n' && text[lineEnd] != '\r')
            {
                lineEnd++;
            }

            lines.Add(new Line(text.Substring(start, lineEnd - start), start));
            start = lineEnd;
            while (start < end && (text[start] == '\n' || text[start] == '\r'))
            {
                start++;
            }
        }

        return lines;
    }

    /// <summary>The text of <paramref name="start"/>..<paramref name="end"/> as a cell: its Markdown trimmed, its plain text rendered.</summary>
    public static SpecCell Cell(SpecPage page, int start, int end)
    {
        var span = page.TrimmedSpan(start, end);
        var markdown = page.Text.Substring(span.Start, span.Length);
        return new SpecCell(new SpecText(markdown, Plain(markdown)), span);
    }

    /// <summary>The plain text of a piece of inline Markdown (links give their text, HTML is dropped, lines joined).</summary>
    public static string Plain(string markdown)
    {
        if (markdown.Length == 0)
        {
            return string.Empty;
        }

        var document = Markdown.Parse(markdown, SpecParser.Pipeline);
        var parts = new List<string>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            var plain = InlineText.Plain(block);
            if (plain.Length > 0)
            {
                parts.Add(plain);
            }
        }

        return string.Join(" ", parts);
    }
}
