using System;
using System.Globalization;
using System.Text;
using ErrorCodeGen.Emit;

namespace ErrorCodeGen.Docs;

/// <summary>
/// Keeps characters that render invisibly or reorder text (bidi overrides and isolates, zero-width characters,
/// controls, lone surrogates; Trojan Source, CVE-2021-42574) out of the docs as raw characters: Markdown gets a
/// character reference (parsed back to the same character), HTML a visible <c>⟨U+202E⟩</c> marker, since a browser
/// would apply even a character reference. (JSON strings escape them themselves: <see cref="JsonText"/>.)
/// </summary>
internal static class InvisibleCharacters
{
    public static string ForMarkdown(string text) => Replace(text, code => "&#x" + code + ";");

    public static string ForHtml(string text) => Replace(text, code => "\u27E8U+" + code + "\u27E9");

    private static string Replace(string text, Func<string, string> replacement)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (c is '\n' or '\t' || !SourceEscaping.IsUnsafe(c))
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            builder.Append(replacement(((int)c).ToString("X4", CultureInfo.InvariantCulture)));
        }

        return builder?.ToString() ?? text;
    }
}
