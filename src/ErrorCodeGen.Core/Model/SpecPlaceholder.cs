namespace ErrorCodeGen.Model;

/// <summary>
/// The one rule for the words of a spec cell that say "nothing here" or "yes"/"no", and for the wording that asks a
/// client to wait for Retry-After. Shared by the parser, the inference rules and (compiled in as a linked file) the
/// analyzers, so every reader gives the same answer. Dependency-free on purpose: keep it that way.
/// </summary>
internal static class SpecPlaceholder
{
    /// <summary>
    /// True for a cell that states nothing: empty, <c>-</c>, <c>—</c>, <c>–</c>, <c>n/a</c> or <c>none</c> (case
    /// ignored, surrounding blanks ignored).
    /// </summary>
    public static bool IsNone(string? text)
    {
        var value = (text ?? string.Empty).Trim();
        return value.Length == 0
            || value == "-" || value == "\u2014" || value == "\u2013"
            || string.Equals(value, "n/a", System.StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "none", System.StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a "yes" in a flag column (Retry, Reconnect): yes, y, true, ✓, ✔, ✅.</summary>
    public static bool IsYes(string? text)
    {
        var value = (text ?? string.Empty).Trim();
        return string.Equals(value, "yes", System.StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "y", System.StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase)
            || value == "\u2713" || value == "\u2714" || value == "\u2705";
    }

    /// <summary>True for a "no" in a flag column (Retry, Reconnect): no, n, false, ✗, ✘, ❌.</summary>
    public static bool IsNo(string? text)
    {
        var value = (text ?? string.Empty).Trim();
        return string.Equals(value, "no", System.StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "n", System.StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "false", System.StringComparison.OrdinalIgnoreCase)
            || value == "\u2717" || value == "\u2718" || value == "\u274C";
    }

    /// <summary>True when the text asks the client to wait for the server's delay: <c>retry-after</c>, <c>retry after</c>, <c>back off</c>.</summary>
    public static bool MentionsRetryAfter(string? text) =>
        text is not null
        && (text.IndexOf("retry-after", System.StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("retry after", System.StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("back off", System.StringComparison.OrdinalIgnoreCase) >= 0);
}
