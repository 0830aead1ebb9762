using System.Globalization;
using System.Text;

namespace ErrorCodeGen.Emit;

/// <summary>
/// Escapes spec text for generated C#: string literals and XML doc comments. No character that could end a line,
/// reorder the rendering of the source (bidi controls, Trojan Source), or break the XML reaches the output raw.
/// </summary>
public static class SourceEscaping
{
    /// <summary>A C# regular string literal, quotes included, that evaluates to exactly <paramref name="value"/>.</summary>
    public static string StringLiteral(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\0': builder.Append("\\0"); break;
                case '\a': builder.Append("\\a"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\v': builder.Append("\\v"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (IsUnsafe(c))
                    {
                        AppendUnicodeEscape(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>
    /// Text for an XML doc comment: markup characters as entities, line ends as spaces, format and bidi controls as
    /// character references, and characters XML cannot carry at all (C0 controls, lone surrogates) as U+FFFD.
    /// </summary>
    public static string XmlText(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\n':
                case '\r':
                case '\t':
                    builder.Append(' ');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Control || c is '\uFFFE' or '\uFFFF')
                    {
                        builder.Append('\uFFFD');
                    }
                    else if (IsUnsafe(c))
                    {
                        builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// True for characters that must never appear raw in generated source: controls, format characters
    /// (bidi overrides and isolates, zero-width characters, BOM), line and paragraph separators, lone surrogates,
    /// private-use and unassigned code points.
    /// </summary>
    public static bool IsUnsafe(char c)
    {
        if (c >= ' ' && c < '\u007F')
        {
            return false;
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned => true,
            _ => c == '\u0085',
        };
    }

    private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
