using System;
using System.Text;

namespace ErrorCodeGen.Parsing;

/// <summary>
/// Blanks the parts of an MDX or Hugo page that a reader of the rendered page never sees: <c>import</c>/<c>export</c>
/// lines, JSX component tags alone on a line (<c>&lt;ManualAnchor id="x"/&gt;</c>), MDX comments (<c>{/* … */}</c>),
/// Hugo shortcodes (<c>{{% … %}}</c>, <c>{{&lt; … &gt;}}</c>) and HTML comments. Each hidden character becomes a space
/// (line ends stay), so every offset, line and column of the page is unchanged. Fenced code blocks are left alone.
/// </summary>
internal static class PageNoise
{
    /// <summary>The page with its noise blanked, or the same string when it has none.</summary>
    public static string Mask(string text)
    {
        if (!MayHaveNoise(text))
        {
            return text;
        }

        var chars = text.ToCharArray();
        var changed = false;
        var fence = '\0';
        var fenceLength = 0;
        var inComment = false;
        var lineStart = 0;
        while (lineStart < chars.Length)
        {
            var lineEnd = lineStart;
            while (lineEnd < chars.Length && chars[lineEnd] != '\n' && chars[lineEnd] != '\r')
            {
                lineEnd++;
            }

            if (!inComment && TryFence(chars, lineStart, lineEnd, out var marker, out var length))
            {
                if (fence == '\0')
                {
                    fence = marker;
                    fenceLength = length;
                }
                else if (marker == fence && length >= fenceLength)
                {
                    fence = '\0';
                }
            }
            else if (fence == '\0')
            {
                changed |= MaskLine(chars, lineStart, lineEnd, ref inComment);
            }

            lineStart = lineEnd;
            while (lineStart < chars.Length && (chars[lineStart] == '\n' || chars[lineStart] == '\r'))
            {
                lineStart++;
            }
        }

        return changed ? new string(chars) : text;
    }

    private static bool MayHaveNoise(string text) =>
        text.IndexOf("<!--", StringComparison.Ordinal) >= 0
        || text.IndexOf("{{", StringComparison.Ordinal) >= 0
        || text.IndexOf("{/*", StringComparison.Ordinal) >= 0
        || HasModuleLine(text, "import ")
        || HasModuleLine(text, "export ")
        || HasComponentTag(text);

    private static bool HasModuleLine(string text, string keyword)
    {
        for (var i = text.IndexOf(keyword, StringComparison.Ordinal); i >= 0; i = text.IndexOf(keyword, i + 1, StringComparison.Ordinal))
        {
            if (i == 0 || text[i - 1] == '\n' || text[i - 1] == '\r')
            {
                var end = text.IndexOfAny(LineEnds, i);
                if (IsModuleLine(text, i, end < 0 ? text.Length : end))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly char[] LineEnds = { '\n', '\r' };

    private static bool HasComponentTag(string text)
    {
        for (var i = text.IndexOf('<'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('<', i + 1))
        {
            var next = text[i + 1] == '/' && i + 2 < text.Length ? text[i + 2] : text[i + 1];
            if (next >= 'A' && next <= 'Z')
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryFence(char[] chars, int start, int end, out char marker, out int length)
    {
        marker = '\0';
        length = 0;
        var i = start;
        while (i < end && i - start < 4 && chars[i] == ' ')
        {
            i++;
        }

        if (i - start > 3 || i >= end || (chars[i] != '`' && chars[i] != '~'))
        {
            return false;
        }

        marker = chars[i];
        while (i < end && chars[i] == marker)
        {
            length++;
            i++;
        }

        return length >= 3;
    }

    private static bool MaskLine(char[] chars, int start, int end, ref bool inComment)
    {
        var changed = false;
        if ((!inComment && IsModuleLine(new StringSegment(chars), start, end)) || IsComponentLine(chars, start, end))
        {
            return Blank(chars, start, end);
        }

        var i = start;
        var segment = new StringSegment(chars);
        while (i < end)
        {
            if (inComment)
            {
                var offset = segment.IndexOf(i, end, "-->");
                var stop = offset < 0 ? end : i + offset + 3;
                changed |= Blank(chars, i, stop);
                inComment = offset < 0;
                i = stop;
                continue;
            }

            if (segment.StartsWith(i, end, "<!--"))
            {
                inComment = true;
                continue;
            }

            var closing = segment.StartsWith(i, end, "{{%") ? "%}}" : segment.StartsWith(i, end, "{{<") ? ">}}" : segment.StartsWith(i, end, "{/*") ? "*/}" : null;
            if (closing is not null)
            {
                var offset = segment.IndexOf(i + 3, end, closing);
                if (offset >= 0)
                {
                    changed |= Blank(chars, i, i + 3 + offset + 3);
                    i = i + 3 + offset + 3;
                    continue;
                }
            }

            i++;
        }

        return changed;
    }

    /// <summary>An MDX <c>import … from '…'</c> or <c>export const …</c> line (at the start of a line, as MDX requires).</summary>
    private static bool IsModuleLine(string text, int start, int end) => IsModuleLine(new StringSegment(text), start, end);

    private static bool IsModuleLine(StringSegment line, int start, int end)
    {
        if (line.StartsWith(start, end, "import "))
        {
            return line.IndexOf(start, end, " from ") > 0 || line.IndexOf(start, end, "'") > 0 || line.IndexOf(start, end, "\"") > 0;
        }

        if (line.StartsWith(start, end, "export "))
        {
            var i = start + "export ".Length;
            while (i < end && line[i] == ' ')
            {
                i++;
            }

            return line.StartsWith(i, end, "const ") || line.StartsWith(i, end, "default ") || line.StartsWith(i, end, "function ")
                || line.StartsWith(i, end, "let ") || line.StartsWith(i, end, "{");
        }

        return false;
    }

    /// <summary>The page as a string or as the array being masked, read without copies.</summary>
    private readonly struct StringSegment
    {
        private readonly string? _text;
        private readonly char[]? _chars;

        public StringSegment(string text)
        {
            _text = text;
            _chars = null;
        }

        public StringSegment(char[] chars)
        {
            _text = null;
            _chars = chars;
        }

        public char this[int index] => _text is not null ? _text[index] : _chars![index];

        public bool StartsWith(int start, int end, string value)
        {
            if (start + value.Length > end)
            {
                return false;
            }

            for (var i = 0; i < value.Length; i++)
            {
                if (this[start + i] != value[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The offset of <paramref name="value"/> from <paramref name="start"/>, relative to it, or -1.</summary>
        public int IndexOf(int start, int end, string value)
        {
            for (var i = start; i + value.Length <= end; i++)
            {
                if (StartsWith(i, end, value))
                {
                    return i - start;
                }
            }

            return -1;
        }
    }

    /// <summary>A line holding only JSX component tags (<c>&lt;Tabs&gt;</c>, <c>&lt;/Tabs&gt;</c>, <c>&lt;ManualAnchor id="x"/&gt;</c>): capitalised names, which HTML has none of.</summary>
    private static bool IsComponentLine(char[] chars, int start, int end)
    {
        var i = start;
        while (i < end && (chars[i] == ' ' || chars[i] == '\t'))
        {
            i++;
        }

        var any = false;
        while (i < end)
        {
            if (chars[i] != '<')
            {
                return false;
            }

            var j = i + 1;
            if (j < end && chars[j] == '/')
            {
                j++;
            }

            if (j >= end || chars[j] < 'A' || chars[j] > 'Z')
            {
                return false;
            }

            var quote = '\0';
            while (j < end && (quote != '\0' || chars[j] != '>'))
            {
                if (quote == '\0' && (chars[j] == '"' || chars[j] == '\''))
                {
                    quote = chars[j];
                }
                else if (chars[j] == quote)
                {
                    quote = '\0';
                }

                j++;
            }

            if (j >= end)
            {
                return false;
            }

            any = true;
            i = j + 1;
            while (i < end && (chars[i] == ' ' || chars[i] == '\t'))
            {
                i++;
            }
        }

        return any;
    }

    private static bool Blank(char[] chars, int start, int end)
    {
        var changed = false;
        for (var i = start; i < end; i++)
        {
            if (chars[i] != ' ' && chars[i] != '\n' && chars[i] != '\r')
            {
                chars[i] = ' ';
                changed = true;
            }
        }

        return changed;
    }
}
