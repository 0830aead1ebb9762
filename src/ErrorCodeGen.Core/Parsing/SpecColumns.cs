using System.Collections.Generic;
using System.Linq;

namespace ErrorCodeGen.Parsing;

/// <summary>
/// The header names the parser accepts for each column of an error-code table, in order of preference.
/// Matching ignores case and punctuation (<c>HTTP Status</c>, <c>http-status</c> and <c>HttpStatus</c> are one name).
/// </summary>
public static class SpecColumns
{
    public static IReadOnlyList<string> Code { get; } = new[] { "Code", "Error Code", "Error", "ID", "Error ID" };

    public static IReadOnlyList<string> Meaning { get; } = new[] { "Meaning", "Description", "Message", "Error Message", "Definition", "Title", "Reason", "Status Message", "Status Text" };

    public static IReadOnlyList<string> Recommendation { get; } = new[] { "Recommendation", "Solution", "Resolution", "Action", "How to fix" };

    /// <summary>Used as the recommendation when no recommendation column exists.</summary>
    public static IReadOnlyList<string> Notes { get; } = new[] { "Notes", "Note", "Remarks" };

    public static IReadOnlyList<string> Http { get; } = new[] { "HTTP", "HTTP Status", "HTTP Status Code", "HTTP Code" };

    /// <summary>Read as the HTTP status only when another column is the error code.</summary>
    public static IReadOnlyList<string> HttpWhenCodeElsewhere { get; } = new[] { "Status Code", "Status" };

    public static IReadOnlyList<string> Retry { get; } = new[] { "Retry", "Retryable", "Retriable", "Reconnect" };

    /// <summary>A numeric code beside a symbolic one (<c>Code | Id</c>: <c>OK | 0</c>); read only when the code column holds identifiers.</summary>
    public static IReadOnlyList<string> NumericCode { get; } = new[] { "Id", "Value", "Number", "Numeric Code", "Numeric Value", "Code Number", "Enum Value" };

    public static IReadOnlyList<string> Name { get; } = new[] { "Name", "Identifier", "Constant", "Status Message", "Status Text" };

    /// <summary>A few lines for help texts.</summary>
    public static string Describe() => string.Join("\n", new[]
    {
        "code: " + string.Join(", ", Code),
        "meaning: " + string.Join(", ", Meaning),
        "recommendation: " + string.Join(", ", Recommendation) + " (else " + string.Join(", ", Notes) + ")",
        "HTTP: " + string.Join(", ", Http) + " (" + string.Join(", ", HttpWhenCodeElsewhere) + " when another column is the code; with no code column, the HTTP column is the code)",
        "retry: " + string.Join(", ", Retry) + " (a retry classification name, or yes/no/true/false/✓/✗)",
        "name: " + string.Join(", ", Name),
    });

    internal static string[] Keys(IEnumerable<string> names) => names.Select(ColumnRoles.Normalize).ToArray();
}
