using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ErrorCodeGen.Inference;

/// <summary>
/// Turns spec text into C# identifiers: PascalCase words, acronyms as words (<c>API Key</c> → <c>ApiKey</c>),
/// a leading digit prefixed with '_', keywords escaped with '@' where they are used verbatim.
/// Culture-invariant: the same bytes under tr-TR as under the invariant culture.
/// </summary>
public static class IdentifierNaming
{
    private static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit",
        "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int",
        "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out",
        "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed",
        "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try",
        "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// PascalCase of a phrase. Returns an empty string when the phrase has no letter or digit.
    /// </summary>
    public static string ToPascalCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsWordChar(c))
            {
                word.Append(c);
            }
            else if (c is '\'' or '\u2019')
            {
                // "doesn't" → "Doesnt": an apostrophe does not split a word.
            }
            else
            {
                AppendWord(builder, word);
            }
        }

        AppendWord(builder, word);
        if (builder.Length > 0 && IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    private static void AppendWord(StringBuilder builder, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        var allUpper = true;
        var letters = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLetter(word[i]))
            {
                letters++;
                if (!char.IsUpper(word[i]))
                {
                    allUpper = false;
                }
            }
        }

        // An acronym (API, IP, HTTP) becomes a word (Api, Ip, Http); a mixed-case word (WebSocket) keeps its humps.
        var lowerRest = allUpper && letters > 1;
        builder.Append(char.ToUpperInvariant(word[0]));
        for (var i = 1; i < word.Length; i++)
        {
            builder.Append(lowerRest ? char.ToLowerInvariant(word[i]) : word[i]);
        }

        word.Clear();
    }

    private static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                or UnicodeCategory.DecimalDigitNumber => true,
            _ => false,
        };
    }

    private static bool IsDigit(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;

    /// <summary>True when <paramref name="name"/> (optionally with a leading '@') is a valid C# identifier.</summary>
    public static bool IsValidIdentifier(string name)
    {
        var text = name.StartsWith("@", System.StringComparison.Ordinal) ? name.Substring(1) : name;
        if (text.Length == 0 || text.Length > 511)
        {
            return false;
        }

        if (!(text[0] == '_' || IsLetter(text[0])))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (!(text[i] == '_' || IsWordChar(text[i]) || IsConnectorOrCombining(text[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetter(char c) => IsWordChar(c) && !IsDigit(c);

    private static bool IsConnectorOrCombining(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>True when <paramref name="name"/> is a reserved C# keyword and needs '@' to be used as an identifier.</summary>
    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary>The identifier as it must be written in C# source (keywords get '@').</summary>
    public static string Escape(string name) => IsKeyword(name) ? "@" + name : name;

    /// <summary>
    /// The category name of a heading: <c>Authentication Errors (1xxx)</c> → <c>Authentication</c>,
    /// <c>Rate Limiting Errors (3xxx)</c> → <c>RateLimiting</c>.
    /// </summary>
    public static string CategoryName(string headingWithoutRange)
    {
        var words = new List<string>(headingWithoutRange.Split(new[] { ' ', '\t', '-', '–', '—', ':' }, System.StringSplitOptions.RemoveEmptyEntries));
        while (words.Count > 1 && IsCategoryNoise(words[words.Count - 1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return ToPascalCase(string.Join(" ", words));
    }

    private static bool IsCategoryNoise(string word) =>
        string.Equals(word, "errors", System.StringComparison.OrdinalIgnoreCase)
        || string.Equals(word, "error", System.StringComparison.OrdinalIgnoreCase)
        || string.Equals(word, "codes", System.StringComparison.OrdinalIgnoreCase)
        || string.Equals(word, "code", System.StringComparison.OrdinalIgnoreCase);
}
