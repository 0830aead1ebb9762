using System;
using System.Globalization;
using System.Text;
using ErrorCodeGen.Emit;

namespace ErrorCodeGen.Docs;

/// <summary>
/// The one place the docs escape spec text: HTML, JSON strings and Markdown table cells, and the characters that
/// render invisibly or reorder text (bidi overrides and isolates, zero-width characters, controls, lone surrogates;
/// Trojan Source, CVE-2021-42574). Which characters count as unsafe is the emitter's rule
/// (<see cref="SourceEscaping.IsUnsafe"/>), so generated code and docs agree.
/// </summary>
public static class DocText
{
    /// <summary>Text for HTML element content and quoted attribute values (carriage returns dropped).</summary>
    public static string Html(string text) => Map(text, static (c, _) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        '\r' => string.Empty,
        _ => null,
    });

    /// <summary>
    /// A JSON string literal, quotes included, escaped per RFC 8259; controls, bidi and other invisible characters
    /// (U+2028/U+2029, U+202E, U+200B, …) as <c>\uXXXX</c>; a lone surrogate becomes U+FFFD (strict readers reject even its escape).
    /// </summary>
    public static string Json(string value) => "\"" + Map(value, static (c, lone) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\b' => "\\b",
        '\f' => "\\f",
        _ when lone => "\\ufffd",
        _ when c < ' ' || SourceEscaping.IsUnsafe(c) => "\\u" + Hex(c).ToLowerInvariant(),
        _ => null,
    }) + "\"";

    /// <summary>A Markdown table cell on one line: line ends as spaces, pipes escaped (an escaped character stays as it is).</summary>
    public static string MarkdownCell(string markdown)
    {
        var text = Lf(markdown).Replace('\n', ' ').Trim();
        var w = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                w.Append(text, i++, 2);
                continue;
            }

            if (text[i] == '|')
            {
                w.Append('\\');
            }

            w.Append(text[i]);
        }

        return w.ToString();
    }

    /// <summary>A Markdown page with each unsafe character as a character reference (parsed back to the same character).</summary>
    public static string VisibleInMarkdown(string text) => Map(text, static (c, _) => Unsafe(c) ? "&#x" + Hex(c) + ";" : null);

    /// <summary>An HTML page with each unsafe character as a visible <c>⟨U+202E⟩</c> marker (a browser would apply even a character reference).</summary>
    public static string VisibleInHtml(string text) => Map(text, static (c, _) => Unsafe(c) ? "\u27E8U+" + Hex(c) + "\u27E9" : null);

    /// <summary>Line ends as LF.</summary>
    public static string Lf(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>An integer in invariant digits.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool Unsafe(char c) => c is not '\n' and not '\t' && SourceEscaping.IsUnsafe(c);

    private static string Hex(char c) => ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>
    /// Copies <paramref name="text"/>, replacing each character for which <paramref name="replace"/> gives a string.
    /// A surrogate pair is copied as it is; a lone surrogate is passed with <c>lone</c> true.
    /// </summary>
    private static string Map(string text, Func<char, bool, string?> replace)
    {
        StringBuilder? w = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                w?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            var replacement = replace(c, char.IsSurrogate(c));
            if (replacement is null)
            {
                w?.Append(c);
                continue;
            }

            w ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            w.Append(replacement);
        }

        return w?.ToString() ?? text;
    }
}
