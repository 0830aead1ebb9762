using System.Collections.Generic;
using System.Text;
using ErrorCodeGen.Model;
using ErrorCodeGen.Parsing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ErrorCodeGen.Emit;

/// <summary>
/// Spec text as the content of an XML doc comment: its plain text, XML-escaped, with the spec's inline code kept as
/// <c>&lt;c&gt;…&lt;/c&gt;</c> so that IntelliSense shows <c>X-API-Key</c> as code. Everything else is escaped as
/// <see cref="SourceEscaping.XmlText"/> escapes it; without a code span the result is exactly that of the plain text.
/// </summary>
internal static class XmlDocText
{
    private const char CodeStart = '\uE000';
    private const char CodeEnd = '\uE001';

    public static string Of(SpecText text)
    {
        var plain = SourceEscaping.XmlText(text.Plain);
        var markdown = text.Markdown;
        if (markdown.IndexOf('`') < 0 || markdown.IndexOf(CodeStart) >= 0 || markdown.IndexOf(CodeEnd) >= 0)
        {
            return plain;
        }

        var marked = Collapse(Marked(markdown));
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

            var builder = new StringBuilder();
            Append(builder, block.Inline, 0);
            var part = Collapse(builder.ToString());
            if (part.Length > 0)
            {
                parts.Add(part);
            }
        }

        return string.Join(" ", parts);
    }

    private static void Append(StringBuilder builder, ContainerInline container, int depth)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.Text, literal.Content.Start, literal.Content.Length);
                    break;
                case CodeInline code:
                    builder.Append(CodeStart).Append(code.Content).Append(CodeEnd);
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.Text, entity.Transcoded.Start, entity.Transcoded.Length);
                    break;
                case HtmlInline html:
                    if (html.Tag is { } tag && tag.Replace(" ", string.Empty).ToLowerInvariant() is "<br>" or "<br/>" or "</br>")
                    {
                        builder.Append(' ');
                    }

                    break;
                case ContainerInline child when depth < 64:
                    Append(builder, child, depth + 1);
                    break;
            }
        }
    }

    /// <summary>Whitespace runs become one space, none at either end (as the parser's plain text); marks are not whitespace.</summary>
    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
