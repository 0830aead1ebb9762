using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ErrorCodeGen.Parsing;

/// <summary>Plain text of Markdown inlines: code spans and emphasis lose their marks, line breaks become spaces.</summary>
internal static class InlineText
{
    public static string Plain(LeafBlock? block)
    {
        if (block?.Inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(builder, block.Inline, 0);
        return Collapse(builder);
    }

    public static string Plain(ContainerInline inline) => Plain(inline, null);

    /// <summary>
    /// The plain text with each code span between <paramref name="codeMarks"/> (for a renderer that shows inline code as
    /// code); null marks give <see cref="Plain(ContainerInline)"/>.
    /// </summary>
    public static string Plain(ContainerInline inline, (char Start, char End)? codeMarks)
    {
        var builder = new StringBuilder();
        Append(builder, inline, 0, codeMarks);
        return Collapse(builder);
    }

    private static void Append(StringBuilder builder, ContainerInline container, int depth, (char Start, char End)? codeMarks = null)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.Text, literal.Content.Start, literal.Content.Length);
                    break;
                case CodeInline code when codeMarks is { } marks:
                    builder.Append(marks.Start).Append(code.Content).Append(marks.End);
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
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
                    // Inline HTML renders to its text: a line break is a space, any other tag (<a name="x">, <span>) nothing.
                    if (IsLineBreakTag(html.Tag))
                    {
                        builder.Append(' ');
                    }

                    break;
                case ContainerInline child when depth < 64:
                    Append(builder, child, depth + 1, codeMarks);
                    break;
            }
        }
    }

    private static bool IsLineBreakTag(string? tag)
    {
        if (tag is null)
        {
            return false;
        }

        var t = tag.Replace(" ", string.Empty).ToLowerInvariant();
        return t is "<br>" or "<br/>" or "</br>";
    }

    private static string Collapse(StringBuilder builder)
    {
        var result = new StringBuilder(builder.Length);
        var space = false;
        for (var i = 0; i < builder.Length; i++)
        {
            var c = builder[i];
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
