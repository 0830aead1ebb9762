using System.Text.RegularExpressions;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Inference;

/// <summary>
/// Infers the retry classification of a code that the table gives no Retry column for.
/// Rules (README, "Inference rules"), first match wins: success → None; Retry-After mentioned → RetryAfterDelay;
/// "use the … API" / "fall back" → UseFallback; "retry" / "try again" (in the advice or the meaning) → RetryWithBackoff; 500/502/503/504 →
/// RetryWithBackoff; any other decided status (including quota 429s, AIP-194) → DoNotRetry.
/// </summary>
public static class RetryInference
{
    private static readonly Regex Fallback = new(
        @"\buse\s+(the\s+)?[\w/.-]+\s+(api|endpoint|channel|instead)\b|\bfall\s*back\b|\binstead of\b.*\bsubscri",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, System.TimeSpan.FromMilliseconds(200));

    private static readonly Regex RetryLater = new(
        @"(?<!(not|never|don't|do not)\s)\b(retry|try again|retried|retries)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, System.TimeSpan.FromMilliseconds(200));

    /// <summary>The outcome and whether a rule decided it.</summary>
    public readonly record struct Result(RetryClassification Retry, bool Decided);

    public static Result Infer(in InferenceInput input, HttpStatusInference.Result http)
    {
        if (http.Status == 200)
        {
            return new(RetryClassification.None, true);
        }

        // The phrases are looked for in the meaning and the advice separately (no joined copy: none of them spans a line end).
        if (SpecPlaceholder.MentionsRetryAfter(input.Meaning) || SpecPlaceholder.MentionsRetryAfter(input.Advice))
        {
            return new(RetryClassification.RetryAfterDelay, true);
        }

        if (MayContain(input.Advice, "use", "fall", "instead of") && Matches(Fallback, input.Advice))
        {
            return new(RetryClassification.UseFallback, true);
        }

        // "Try again later", "Please retry", "should resolve itself upon a retry", "Wait a bit and retry": in the advice
        // or in the meaning itself (many pages put the advice in the description).
        if ((MayContain(input.Advice, "try", "retri", null) && Matches(RetryLater, input.Advice))
            || (MayContain(input.Meaning, "try", "retri", null) && Matches(RetryLater, input.Meaning)))
        {
            return new(RetryClassification.RetryWithBackoff, true);
        }

        if (http.Status is 500 or 502 or 503 or 504)
        {
            return new(RetryClassification.RetryWithBackoff, true);
        }

        return new(RetryClassification.DoNotRetry, http.Decided || input.CategoryTitle is not null);
    }

    /// <summary>
    /// A cheap pre-check before a regex: false only when the regex cannot match, i.e. <paramref name="text"/> is ASCII
    /// and contains none of the literals every match needs (for ASCII text, ordinal ignore-case is exactly the regex's
    /// invariant ignore-case; any other character leaves the decision to the regex).
    /// </summary>
    private static bool MayContain(string text, string first, string second, string? third)
    {
        if (text.IndexOf(first, System.StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf(second, System.StringComparison.OrdinalIgnoreCase) >= 0
            || (third is not null && text.IndexOf(third, System.StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return true;
        }

        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
