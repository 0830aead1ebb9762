using System;

namespace ErrorCodeGen.Model;

/// <summary>
/// Reads the flat <c>key: value</c> lines of a page's YAML front matter (the part error-code pages use: <c>title</c>,
/// <c>description</c>, …). Nested YAML is not interpreted; a value in matching single or double quotes loses them.
/// </summary>
public static class FrontMatter
{
    /// <summary>
    /// The value of the top-level <paramref name="key"/> in <paramref name="frontMatter"/> (with or without its
    /// <c>---</c> lines), trimmed; empty when the key has no value; null when the key is absent or there is no front matter.
    /// </summary>
    public static string? Value(string? frontMatter, string key)
    {
        if (frontMatter is null)
        {
            return null;
        }

        var prefix = key + ":";
        foreach (var rawLine in frontMatter.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return Unquote(line.Substring(prefix.Length).Trim());
            }
        }

        return null;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0]
            ? value.Substring(1, value.Length - 2)
            : value;
}
