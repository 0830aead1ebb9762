using System;
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
    public static string StringLiteral(string value) => "\"" + Escape(value, StringLiteralEscape) + "\"";

    /// <summary>
    /// Text for an XML doc comment: markup characters as entities, line ends as spaces, format and bidi controls as
    /// character references, and characters XML cannot carry at all (C0 controls, lone surrogates) as U+FFFD.
    /// </summary>
    public static string XmlText(string value) => Escape(value, XmlEscape);

    /// <summary>
    /// The text as an XML doc comment carries it, before any markup escaping: lone surrogates and the control characters
    /// XML cannot hold as U+FFFD (tab and line ends stay, as the white space they are).
    /// </summary>
    internal static string XmlCarried(string value) =>
        Escape(value, c => c is not ('\n' or '\r' or '\t') && XmlCannotCarry(c) ? "\uFFFD" : null);

    /// <summary>True for a character no XML document can hold: a lone surrogate, a control character, U+FFFE or U+FFFF.</summary>
    private static bool XmlCannotCarry(char c) =>
        char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Control || c is '\uFFFE' or '\uFFFF';

    /// <summary>
    /// <paramref name="value"/> with each character that <paramref name="escape"/> replaces replaced; a surrogate pair is
    /// always kept whole (only a lone surrogate reaches <paramref name="escape"/>).
    /// </summary>
    private static string Escape(string value, Func<char, string?> escape)
    {
        var builder = new StringBuilder(value.Length + 2);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (escape(c) is { } replacement)
            {
                builder.Append(replacement);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The escape sequence of a character inside a C# string literal; null for a character written as itself.</summary>
    private static string? StringLiteralEscape(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\0' => "\\0",
        '\a' => "\\a",
        '\b' => "\\b",
        '\f' => "\\f",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\v' => "\\v",
        _ => IsUnsafe(c) ? "\\u" + Hex(c) : null,
    };

    /// <summary>What a character becomes in XML doc text; null for a character written as itself.</summary>
    private static string? XmlEscape(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '\n' or '\r' or '\t' => " ",
        _ when XmlCannotCarry(c) => "\uFFFD",
        _ => IsUnsafe(c) ? "&#x" + Hex(c) + ";" : null,
    };

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

    private static string Hex(char c) => ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
