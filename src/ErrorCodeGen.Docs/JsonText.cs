using System.Globalization;
using System.Text;

namespace ErrorCodeGen.Docs;

/// <summary>JSON string literals, escaped per RFC 8259; controls, bidi and other invisible characters (U+2028/U+2029, U+202E, U+200B, …) as <c>\uXXXX</c>; a lone surrogate becomes U+FFFD.</summary>
public static class JsonText
{
    public static string Quote(string value)
    {
        var w = new StringBuilder(value.Length + 2);
        w.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': w.Append("\\\""); break;
                case '\\': w.Append("\\\\"); break;
                case '\n': w.Append("\\n"); break;
                case '\r': w.Append("\\r"); break;
                case '\t': w.Append("\\t"); break;
                case '\b': w.Append("\\b"); break;
                case '\f': w.Append("\\f"); break;
                default:
                    if (char.IsSurrogate(c) && !IsPaired(value, i))
                    {
                        w.Append("\\ufffd"); // a lone surrogate cannot be encoded; strict readers reject even its escape
                    }
                    else if (c < 0x20 || (!char.IsSurrogate(c) && Emit.SourceEscaping.IsUnsafe(c)))
                    {
                        w.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        w.Append(c);
                    }

                    break;
            }
        }

        w.Append('"');
        return w.ToString();
    }

    // Pairs are written as they are; a lone surrogate becomes U+FFFD.
    private static bool IsPaired(string value, int i) =>
        char.IsHighSurrogate(value[i])
            ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
            : i > 0 && char.IsHighSurrogate(value[i - 1]);
}
