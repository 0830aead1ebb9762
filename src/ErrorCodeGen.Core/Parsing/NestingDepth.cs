namespace ErrorCodeGen.Parsing;

/// <summary>
/// Measures how deeply a page nests block containers (block quotes and list items) before Markdig reads it, so that a
/// page deeper than the parser allows is reported (ECG1021) instead of failing inside Markdig. A block quote adds one
/// level; a list item adds two (the list and its item), as in Markdig's syntax tree.
/// </summary>
internal static class NestingDepth
{
    /// <summary>Deeper than this is refused; well below Markdig's own limit (128), far above any real page.</summary>
    public const int Limit = 96;

    private static readonly char[] LineEnds = { '\n', '\r' };

    /// <summary>The offset of the first line nested deeper than <see cref="Limit"/>, or -1.</summary>
    public static int FirstTooDeep(string text)
    {
        // Indentation columns of the open list items, innermost last (a list nested by indentation over several lines).
        var listIndents = new System.Collections.Generic.List<int>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOfAny(LineEnds, lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (IsThematicBreak(text, lineStart, lineEnd))
            {
                // "- - - - -" is a rule, not lists nested in lists.
                lineStart = NextLine(text, lineEnd);
                if (lineStart < 0)
                {
                    break;
                }

                continue;
            }

            var depth = 0;
            var i = lineStart;
            var column = 0;
            var blank = true;
            while (i < lineEnd)
            {
                var c = text[i];
                if (c == ' ')
                {
                    column++;
                    i++;
                    continue;
                }

                if (c == '\t')
                {
                    column += 4 - (column % 4);
                    i++;
                    continue;
                }

                blank = false;
                if (c == '>')
                {
                    depth++;
                    column++;
                    i++;
                    continue;
                }

                var marker = ListMarkerLength(text, i, lineEnd);
                if (marker > 0)
                {
                    while (listIndents.Count > 0 && listIndents[listIndents.Count - 1] >= column)
                    {
                        listIndents.RemoveAt(listIndents.Count - 1);
                    }

                    listIndents.Add(column);
                    column += marker;
                    i += marker;
                    continue;
                }

                // The content: lists indented as deep or deeper than it are closed; the others wrap it.
                while (listIndents.Count > 0 && listIndents[listIndents.Count - 1] >= column)
                {
                    listIndents.RemoveAt(listIndents.Count - 1);
                }

                break;
            }

            if (!blank)
            {
                if (depth + (2 * listIndents.Count) > Limit)
                {
                    return lineStart;
                }
            }

            if (lineEnd >= text.Length)
            {
                break;
            }

            lineStart = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        return -1;
    }

    /// <summary>The start of the line after the one ending at <paramref name="lineEnd"/>, or -1 at the end of the text.</summary>
    private static int NextLine(string text, int lineEnd) =>
        lineEnd >= text.Length ? -1 : lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);

    /// <summary>A line of three or more '-', '*' or '_' (one kind) and blanks only.</summary>
    private static bool IsThematicBreak(string text, int start, int end)
    {
        var mark = '\0';
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is ' ' or '\t')
            {
                continue;
            }

            if (c is not ('-' or '*' or '_') || (mark != '\0' && c != mark))
            {
                return false;
            }

            mark = c;
            count++;
        }

        return count >= 3;
    }

    /// <summary>The length of a list marker and its space at <paramref name="i"/> (<c>- </c>, <c>* </c>, <c>+ </c>, <c>1. </c>, <c>1) </c>), or 0.</summary>
    private static int ListMarkerLength(string text, int i, int end)
    {
        if (text[i] is '-' or '*' or '+')
        {
            return i + 1 < end && text[i + 1] is ' ' or '\t' ? 2 : 0;
        }

        var j = i;
        while (j < end && j - i < 9 && text[j] >= '0' && text[j] <= '9')
        {
            j++;
        }

        if (j > i && j < end && text[j] is '.' or ')' && j + 1 < end && text[j + 1] is ' ' or '\t')
        {
            return j - i + 2;
        }

        return 0;
    }
}
