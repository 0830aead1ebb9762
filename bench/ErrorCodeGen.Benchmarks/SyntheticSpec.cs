using System.Globalization;
using System.Text;

namespace ErrorCodeGen.Benchmarks;

/// <summary>
/// A spec shaped like the reference one, with <c>count</c> codes: front matter, a response-format section, one
/// quick-reference table of every code, then the detailed descriptions under ten category headings
/// (<c>### Category 3 Errors (3xxxx)</c>), one detail section with a JSON example and a solution for every
/// tenth code. Codes are c·10000 + 1, 2, … in category c, so they are sparse (as real ones are); the table has explicit
/// HTTP and Retry columns (a spec that large would not rely on inference).
/// </summary>
internal static class SyntheticSpec
{
    private static readonly string[] Subjects = { "Token", "Order", "Symbol", "Account", "Channel", "Quote", "Window", "Region", "Ledger", "Feed" };
    private static readonly string[] Problems = { "expired", "not found", "rejected", "unavailable", "limit exceeded", "malformed", "locked", "conflict", "timed out", "not permitted" };

    public static string Create(int count)
    {
        var perCategory = (count + 9) / 10;
        var builder = new StringBuilder(count * 200);
        builder.Append("---\ntitle: Synthetic Error Codes\ndescription: ").Append(Num(count)).Append(" codes for benchmarks.\n---\n\n");
        builder.Append("This document lists synthetic API error codes.\n\n---\n\n## Response Format\n\n```json\n{\n  \"code\": 0,\n  \"message\": \"success\"\n}\n```\n\n---\n\n");
        builder.Append("## Error Code Quick Reference\n\n| Code | Meaning | Recommendation | HTTP | Retry |\n|------|---------|----------------|------|-------|\n");
        for (var i = 0; i < count; i++)
        {
            var code = Code(i, perCategory);
            builder.Append("| ").Append(Num(code)).Append(" | ").Append(Meaning(i, code)).Append(" | ").Append(Recommendation(i))
                .Append(" | ").Append(i % 3 == 1 ? "503" : "400").Append(" | ").Append(i % 3 == 1 ? "RetryWithBackoff" : "DoNotRetry").Append(" |\n");
        }

        builder.Append("\n---\n\n## Detailed Descriptions\n\n");
        var category = -1;
        for (var i = 0; i < count; i++)
        {
            var code = Code(i, perCategory);
            if (i / perCategory != category)
            {
                category = i / perCategory;
                var digit = Num(category + 1);
                builder.Append("### Category ").Append(digit).Append(" Errors (").Append(digit).Append("xxxx)\n\n");
            }

            if (i % 10 != 0)
            {
                continue;
            }

            builder.Append("#### ").Append(Num(code)).Append(" - ").Append(Meaning(i, code)).Append("\n\n");
            builder.Append("```json\n{\n  \"code\": ").Append(Num(code)).Append(",\n  \"message\": \"").Append(Meaning(i, code).ToLowerInvariant()).Append("\"\n}\n```\n\n");
            builder.Append("**Causes**:\n- The request named a missing resource\n- The resource was removed\n\n");
            builder.Append("**Solution**: ").Append(Recommendation(i)).Append(" and send the request again.\n\n");
        }

        return builder.ToString();
    }

    /// <summary>The code of row <paramref name="i"/>: category c (1-10) holds c·10000 + 1, 2, ….</summary>
    public static int Code(int i, int perCategory) => ((i / perCategory) + 1) * 10000 + (i % perCategory) + 1;

    private static string Meaning(int i, int code) =>
        Subjects[i % Subjects.Length] + " " + Problems[(i / Subjects.Length) % Problems.Length] + " " + Num(code);

    private static string Recommendation(int i) => (i % 3) switch
    {
        0 => "Check the request parameters",
        1 => "Retry later",
        _ => "Contact support",
    };

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
