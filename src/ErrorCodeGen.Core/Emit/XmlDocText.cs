using System.Collections.Generic;
using System.Text;
using ErrorCodeGen.Model;
using ErrorCodeGen.Parsing;
using Markdig;
using Markdig.Syntax;

namespace ErrorCodeGen.Emit;

/// <summary>
/// Spec text as the content of an XML doc comment: its plain text, XML-escaped, with the spec's inline code kept as
/// <c>&lt;c&gt;…&lt;/c&gt;</c> so that IntelliSense shows <c>X-API-Key</c> as code. Everything else is escaped as
/// <see cref="SourceEscaping.XmlText"/> escapes it; without a code span the result is exactly that of the plain text.
/// </summary>
internal static class XmlDocText
{
    public static string Of(SpecText text)
    {
        var plain = SourceEscaping.XmlText(text.Plain);
        var markdown = text.Markdown;
        if (markdown.IndexOf('`') < 0 || markdown.IndexOf(CodeStart) >= 0 || markdown.IndexOf(CodeEnd) >= 0)
        {
            return plain;
        }

        var marked = Marked(markdown);
        var result = new StringBuilder(marked.Length + 16);
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != CodeStart && marked[i] != CodeEnd)
            {
                continue;
            }

            result.Append(SourceEscaping.XmlText(marked.Substring(start, i - start)));
            if (i < marked.Length)
            {
                result.Append(marked[i] == CodeStart ? "<c>" : "</c>");
            }

            start = i + 1;
        }

        // The plain text decides what is said; the marks only add <c>. Should the two disagree (a Markdown form the plain
        // text renders otherwise), the plain text is kept.
        var rendered = result.ToString();
        return rendered.Replace("<c>", string.Empty).Replace("</c>", string.Empty) == plain ? rendered : plain;
    }

    /// <summary>The text of the Markdown as the parser's plain text renders it, each code span between the two marks.</summary>
    private static string Marked(string markdown)
    {
        var document = Markdown.Parse(markdown, SpecParser.Pipeline);
        var parts = new List<string>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null)
            {
                continue;
            }

            var part = InlineText.Plain(block.Inline, (CodeStart, CodeEnd));
            if (part.Length > 0)
            {
                parts.Add(part);
            }
        }

        return string.Join(" ", parts);
    }

    /// <summary>Where a code span starts and ends in the marked text (private-use characters; a spec holding them is not marked).</summary>
    private const char CodeStart = '\uE000', CodeEnd = '\uE001';
}
