namespace ErrorCodeGen.Model;

/// <summary>
/// The one rule for the words of a spec cell that say "nothing here" or "yes"/"no", and for the wording that asks a
/// client to wait for Retry-After. Shared by the parser, the inference rules and (compiled in as a linked file) the
/// analyzers, so every reader gives the same answer. Dependency-free on purpose: keep it that way.
/// </summary>
internal static class SpecPlaceholder
{
    private static readonly string[] NoneWords = { "-", "\u2014", "\u2013", "n/a", "none" };
    private static readonly string[] YesWords = { "yes", "y", "true", "\u2713", "\u2714", "\u2705" };
    private static readonly string[] NoWords = { "no", "n", "false", "\u2717", "\u2718", "\u274C" };

    /// <summary>
    /// True for a cell that states nothing: empty, <c>-</c>, <c>—</c>, <c>–</c>, <c>n/a</c> or <c>none</c> (case
    /// ignored, surrounding blanks ignored).
    /// </summary>
    public static bool IsNone(string? text) => (text ?? string.Empty).Trim().Length == 0 || IsOneOf(text, NoneWords);

    /// <summary>True for a "yes" in a flag column (Retry, Reconnect): yes, y, true, ✓, ✔, ✅.</summary>
    public static bool IsYes(string? text) => IsOneOf(text, YesWords);

    /// <summary>True for a "no" in a flag column (Retry, Reconnect): no, n, false, ✗, ✘, ❌.</summary>
    public static bool IsNo(string? text) => IsOneOf(text, NoWords);

    /// <summary>True when the trimmed text is one of <paramref name="words"/>, ignoring case (ordinal: the same in every culture).</summary>
    private static bool IsOneOf(string? text, string[] words)
    {
        var value = (text ?? string.Empty).Trim();
        foreach (var word in words)
        {
            if (string.Equals(value, word, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text asks the client to wait for the server's delay: <c>retry-after</c>, <c>retry after</c>, <c>back off</c>.</summary>
    public static bool MentionsRetryAfter(string? text) =>
        text is not null
        && (text.IndexOf("retry-after", System.StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("retry after", System.StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("back off", System.StringComparison.OrdinalIgnoreCase) >= 0);
}
