namespace ErrorCodeGen.Model;

/// <summary>
/// Levenshtein distance with an early exit, for "did you mean" suggestions (the nearest code, the nearest heading).
/// Shared by the parser and (compiled in as a linked file) the analyzers. Dependency-free on purpose: keep it that way.
/// </summary>
internal static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/> (ordinal), or <paramref name="limit"/> + 1 once it exceeds <paramref name="limit"/>.</summary>
    public static int Compute(string a, string b, int limit)
    {
        if (limit < 0 || System.Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = System.Math.Min(System.Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = System.Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
