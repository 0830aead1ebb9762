using System.Collections.Generic;
using System.Text;

namespace ErrorCodeGen.Parsing;

/// <summary>The role of each column of an error-code table, found by header name (case and punctuation ignored).</summary>
internal sealed class ColumnRoles
{
    private static readonly string[] CodeNames = SpecColumns.Keys(SpecColumns.Code);
    private static readonly string[] MeaningNames = SpecColumns.Keys(SpecColumns.Meaning);
    private static readonly string[] RecommendationNames = SpecColumns.Keys(SpecColumns.Recommendation);
    private static readonly string[] NoteNames = SpecColumns.Keys(SpecColumns.Notes);
    private static readonly string[] HttpNames = SpecColumns.Keys(SpecColumns.Http);
    private static readonly string[] HttpWhenCodeElsewhereNames = SpecColumns.Keys(SpecColumns.HttpWhenCodeElsewhere);
    private static readonly string[] RetryNames = SpecColumns.Keys(SpecColumns.Retry);
    private static readonly string[] NameNames = SpecColumns.Keys(SpecColumns.Name);

    public int Code { get; private set; } = -1;

    public int Meaning { get; private set; } = -1;

    public int Recommendation { get; private set; } = -1;

    public int Http { get; private set; } = -1;

    public int Retry { get; private set; } = -1;

    public int Name { get; private set; } = -1;

    /// <summary>True when no column is the error code and an HTTP status column serves as the code.</summary>
    public bool CodeIsHttpStatus { get; private set; }

    /// <summary>Columns with no role, kept as extra cells.</summary>
    public List<int> Extra { get; } = new();

    public static ColumnRoles Assign(IReadOnlyList<string> headers)
    {
        var roles = new ColumnRoles();
        var keys = new string[headers.Count];
        for (var i = 0; i < headers.Count; i++)
        {
            keys[i] = Normalize(headers[i]);
        }

        roles.Code = FindFirst(keys, CodeNames);
        if (roles.Code < 0)
        {
            // "Status code | Status message | Description": a table keyed by HTTP status.
            roles.Code = FindFirst(keys, HttpNames);
            if (roles.Code < 0)
            {
                roles.Code = FindFirst(keys, new[] { "statuscode" });
            }

            roles.CodeIsHttpStatus = roles.Code >= 0;
        }
        roles.Meaning = FindFirst(keys, MeaningNames, roles.Code);
        roles.Recommendation = FindFirst(keys, RecommendationNames, roles.Code, roles.Meaning);
        if (roles.Recommendation < 0)
        {
            roles.Recommendation = FindFirst(keys, NoteNames, roles.Code, roles.Meaning);
        }

        roles.Http = roles.CodeIsHttpStatus ? -1 : FindFirst(keys, HttpNames, roles.Code, roles.Meaning, roles.Recommendation);
        if (roles.Http < 0 && roles.Code >= 0 && !roles.CodeIsHttpStatus)
        {
            // "Status Code" is the HTTP status when another column is the error code.
            roles.Http = FindFirst(keys, HttpWhenCodeElsewhereNames, roles.Code, roles.Meaning, roles.Recommendation);
        }

        roles.Retry = FindFirst(keys, RetryNames, roles.Code, roles.Meaning, roles.Recommendation, roles.Http);
        roles.Name = FindFirst(keys, NameNames, roles.Code, roles.Meaning, roles.Recommendation, roles.Http, roles.Retry);
        for (var i = 0; i < keys.Length; i++)
        {
            if (i != roles.Code && i != roles.Meaning && i != roles.Recommendation && i != roles.Http && i != roles.Retry && i != roles.Name)
            {
                roles.Extra.Add(i);
            }
        }

        return roles;
    }

    private static int FindFirst(string[] keys, string[] names, params int[] taken)
    {
        // Names are in order of preference: "code" beats "error" when a table has both.
        foreach (var name in names)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] == name && System.Array.IndexOf(taken, i) < 0)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// The letters and digits of a text, lower-cased culture-invariantly: what two header or heading names must share
    /// to be the same name (<c>HTTP Status</c>, <c>http_status</c> and <c>HTTP-status</c> are <c>httpstatus</c>).
    /// </summary>
    internal static string Normalize(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
