using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ErrorCodeGen.Cli;

/// <summary>
/// A unified diff (<c>diff -u</c> style, 3 lines of context) of two texts, bounded in size: what <c>docs --check</c>
/// prints for a stale file. The common start and end are skipped first (an edit of a spec changes a few places), then
/// the middle is compared line by line (longest common subsequence); a middle too large to compare is shown as
/// replaced. Long lines are cut.
/// </summary>
internal static class UnifiedDiff
{
    /// <summary>The most diff lines printed per file.</summary>
    public const int MaxLines = 60;

    /// <summary>The longest line printed; longer ones end in "…".</summary>
    public const int MaxLineLength = 200;

    private const int Context = 3;

    /// <summary>The most cells of the comparison table (lines of old × lines of new in the changed middle).</summary>
    private const long MaxCells = 4_000_000;

    /// <summary>The diff of <paramref name="oldText"/> (the file) and <paramref name="newText"/> (what it should be).</summary>
    public static string Create(string oldText, string newText, string oldLabel, string newLabel, int maxLines = MaxLines)
    {
        var a = Lines(oldText);
        var b = Lines(newText);
        var edits = Compare(a, b);
        var output = new StringBuilder();
        output.Append("--- ").Append(oldLabel).Append('\n');
        output.Append("+++ ").Append(newLabel).Append('\n');
        var printed = 0;
        var total = 0;
        foreach (var hunk in Hunks(edits))
        {
            var header = string.Format(CultureInfo.InvariantCulture, "@@ -{0},{1} +{2},{3} @@", hunk.OldStart + (hunk.OldCount == 0 ? 0 : 1), hunk.OldCount, hunk.NewStart + (hunk.NewCount == 0 ? 0 : 1), hunk.NewCount);
            var lines = new List<string> { header };
            for (var i = hunk.First; i <= hunk.Last; i++)
            {
                if (edits[i].Kind == ' ')
                {
                    lines.Add(" " + Cut(a[edits[i].Old], 0));
                    continue;
                }

                // A block of changes: the k-th removed line pairs with the k-th added one, and a long pair is shown
                // from a little before where they first differ (else both would be cut before the change).
                var removed = new List<string>();
                var added = new List<string>();
                for (; i <= hunk.Last && edits[i].Kind != ' '; i++)
                {
                    (edits[i].Kind == '-' ? removed : added).Add(edits[i].Kind == '-' ? a[edits[i].Old] : b[edits[i].New]);
                }

                i--;
                for (var k = 0; k < removed.Count; k++)
                {
                    lines.Add("-" + Cut(removed[k], k < added.Count ? FirstDifference(removed[k], added[k]) : 0));
                }

                for (var k = 0; k < added.Count; k++)
                {
                    lines.Add("+" + Cut(added[k], k < removed.Count ? FirstDifference(removed[k], added[k]) : 0));
                }
            }

            foreach (var line in lines)
            {
                total++;
                if (printed < maxLines)
                {
                    output.Append(line).Append('\n');
                    printed++;
                }
            }
        }

        if (total > printed)
        {
            output.Append("... ").Append((total - printed).ToString(CultureInfo.InvariantCulture)).Append(" more diff lines not shown\n");
        }

        return output.ToString();
    }

    /// <summary>The line, or <see cref="MaxLineLength"/> characters of it around <paramref name="focus"/>, marked "…" where cut.</summary>
    private static string Cut(string line, int focus)
    {
        if (line.Length <= MaxLineLength)
        {
            return line;
        }

        var start = Math.Max(0, Math.Min(focus - (MaxLineLength / 4), line.Length - MaxLineLength));
        return (start > 0 ? "…" : string.Empty) + line.Substring(start, MaxLineLength) + (start + MaxLineLength < line.Length ? "…" : string.Empty);
    }

    private static int FirstDifference(string x, string y)
    {
        var i = 0;
        while (i < x.Length && i < y.Length && x[i] == y[i])
        {
            i++;
        }

        return i;
    }

    private static string[] Lines(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (normalized.EndsWith('\n'))
        {
            normalized = normalized.Substring(0, normalized.Length - 1);
        }

        return normalized.Length == 0 ? Array.Empty<string>() : normalized.Split('\n');
    }

    private readonly record struct Edit(char Kind, int Old, int New);

    private readonly record struct Hunk(int First, int Last, int OldStart, int OldCount, int NewStart, int NewCount);

    /// <summary>The edit script: every line of both texts as kept (' '), removed ('-') or added ('+'), in order.</summary>
    private static List<Edit> Compare(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var edits = new List<Edit>(a.Length + b.Length);
        for (var i = 0; i < prefix; i++)
        {
            edits.Add(new Edit(' ', i, i));
        }

        int n = a.Length - prefix - suffix, m = b.Length - prefix - suffix;
        if ((long)n * m <= MaxCells)
        {
            // lcs[i, j]: the longest common subsequence of a[prefix + i ..] and b[prefix + j ..] (middle only).
            var lcs = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    lcs[i, j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[prefix + x] == b[prefix + y])
                {
                    edits.Add(new Edit(' ', prefix + x++, prefix + y++));
                }
                else if (y < m && (x == n || lcs[x, y + 1] > lcs[x + 1, y]))
                {
                    edits.Add(new Edit('+', prefix + x, prefix + y++));
                }
                else
                {
                    edits.Add(new Edit('-', prefix + x++, prefix + y));
                }
            }
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                edits.Add(new Edit('-', prefix + i, prefix));
            }

            for (var j = 0; j < m; j++)
            {
                edits.Add(new Edit('+', prefix + n, prefix + j));
            }
        }

        for (var i = 0; i < suffix; i++)
        {
            edits.Add(new Edit(' ', a.Length - suffix + i, b.Length - suffix + i));
        }

        return edits;
    }

    /// <summary>Changes with up to 3 kept lines around them, merged when their context touches.</summary>
    private static IEnumerable<Hunk> Hunks(List<Edit> edits)
    {
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }

            var first = Math.Max(0, i - Context);
            var last = i;
            var j = i;
            while (j < edits.Count)
            {
                if (edits[j].Kind != ' ')
                {
                    last = j;
                    j++;
                    continue;
                }

                // A run of kept lines: the hunk ends unless another change follows within twice the context.
                var run = j;
                while (run < edits.Count && edits[run].Kind == ' ')
                {
                    run++;
                }

                if (run < edits.Count && run - j <= 2 * Context)
                {
                    j = run;
                    continue;
                }

                break;
            }

            var end = Math.Min(edits.Count - 1, last + Context);
            int oldCount = 0, newCount = 0;
            for (var k = first; k <= end; k++)
            {
                if (edits[k].Kind != '+')
                {
                    oldCount++;
                }

                if (edits[k].Kind != '-')
                {
                    newCount++;
                }
            }

            yield return new Hunk(first, end, edits[first].Old, oldCount, edits[first].New, newCount);
            i = end + 1;
        }
    }
}
