using System;
using System.Collections.Generic;
using System.Text;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Docs;

/// <summary>
/// Writes a catalog as an OpenAPI 3.1 document holding only <c>components</c>, to merge into an API's own description
/// (or to <c>$ref</c> from it): the schema <c>ErrorCode</c> (the codes, with <c>x-enum-varnames</c> and
/// <c>x-enum-descriptions</c>), <c>ErrorProblem</c> (RFC 9457 problem details with the <c>code</c> member),
/// <c>ErrorEnvelope</c> (the spec's <c>{ code, message, data }</c>) and one reusable <c>application/problem+json</c>
/// response per HTTP error status, <c>Problem&lt;status&gt;</c>, listing its codes. Deterministic: two-space indent, LF.
/// </summary>
public static class OpenApiDocWriter
{
    /// <summary>The OpenAPI version written.</summary>
    public const string OpenApiVersion = "3.1.1";

    /// <summary>The file name suffix: <c>name.openapi.json</c>.</summary>
    public const string FileSuffix = ".openapi.json";

    public static string Write(Catalog catalog)
    {
        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        var w = new StringBuilder();
        w.Append("{\n");
        w.Append("  \"openapi\": ").Append(JsonText.Quote(OpenApiVersion)).Append(",\n");
        w.Append("  \"info\": {\n");
        w.Append("    \"title\": ").Append(JsonText.Quote(catalog.Title)).Append(",\n");
        w.Append("    \"description\": ").Append(JsonText.Quote("The error codes of the API as reusable components: merge them into the API's OpenAPI description or reference them with $ref.")).Append(",\n");
        w.Append("    \"version\": \"1.0.0\"\n");
        w.Append("  },\n");
        w.Append("  \"components\": {\n");
        w.Append("    \"schemas\": {\n");
        CodeSchema(w, catalog);
        w.Append(",\n");
        ProblemSchema(w);
        w.Append(",\n");
        EnvelopeSchema(w);
        w.Append("\n    }");

        var statuses = new SortedDictionary<int, List<ErrorEntry>>();
        foreach (var entry in catalog.Entries)
        {
            if (entry.HttpStatus is { } status && !entry.IsSuccess)
            {
                if (!statuses.TryGetValue(status, out var list))
                {
                    statuses.Add(status, list = new List<ErrorEntry>());
                }

                list.Add(entry);
            }
        }

        if (statuses.Count > 0)
        {
            w.Append(",\n    \"responses\": {");
            var first = true;
            foreach (var pair in statuses)
            {
                w.Append(first ? "\n" : ",\n");
                first = false;
                Response(w, catalog, pair.Key, pair.Value);
            }

            w.Append("\n    }");
        }

        w.Append("\n  }\n");
        w.Append("}\n");
        return w.ToString();
    }

    private static void CodeSchema(StringBuilder w, Catalog catalog)
    {
        w.Append("      \"ErrorCode\": {\n");
        w.Append("        \"description\": ").Append(JsonText.Quote("An error code of " + catalog.Title + ".")).Append(",\n");
        if (catalog.CodeKind == CodeKind.String)
        {
            w.Append("        \"type\": \"string\",\n");
        }
        else
        {
            w.Append("        \"type\": \"integer\",\n");
            w.Append("        \"format\": \"int32\",\n");
        }

        w.Append("        \"enum\": [").Append(Join(catalog.Entries, e => Code(catalog, e))).Append("],\n");
        w.Append("        \"x-enum-varnames\": [").Append(Join(catalog.Entries, e => JsonText.Quote(e.Name))).Append("],\n");
        w.Append("        \"x-enum-descriptions\": [").Append(Join(catalog.Entries, e => JsonText.Quote(e.Meaning.Plain))).Append("]\n");
        w.Append("      }");
    }

    private static void ProblemSchema(StringBuilder w)
    {
        w.Append("      \"ErrorProblem\": {\n");
        w.Append("        \"description\": \"An RFC 9457 problem details object whose code member is the error code.\",\n");
        w.Append("        \"type\": \"object\",\n");
        w.Append("        \"required\": [\"status\", \"code\"],\n");
        w.Append("        \"properties\": {\n");
        w.Append("          \"type\": { \"type\": \"string\", \"format\": \"uri-reference\", \"description\": \"The code's anchor in the published docs.\" },\n");
        w.Append("          \"title\": { \"type\": \"string\", \"description\": \"The code's meaning.\" },\n");
        w.Append("          \"status\": { \"type\": \"integer\", \"format\": \"int32\", \"description\": \"The HTTP status.\" },\n");
        w.Append("          \"detail\": { \"type\": \"string\", \"description\": \"The wire message, or a more specific one.\" },\n");
        w.Append("          \"instance\": { \"type\": \"string\", \"format\": \"uri-reference\" },\n");
        w.Append("          \"code\": { \"$ref\": \"#/components/schemas/ErrorCode\" }\n");
        w.Append("        },\n");
        w.Append("        \"additionalProperties\": true\n");
        w.Append("      }");
    }

    private static void EnvelopeSchema(StringBuilder w)
    {
        w.Append("      \"ErrorEnvelope\": {\n");
        w.Append("        \"description\": \"The API's response envelope.\",\n");
        w.Append("        \"type\": \"object\",\n");
        w.Append("        \"required\": [\"code\", \"message\"],\n");
        w.Append("        \"properties\": {\n");
        w.Append("          \"code\": { \"$ref\": \"#/components/schemas/ErrorCode\" },\n");
        w.Append("          \"message\": { \"type\": \"string\" },\n");
        w.Append("          \"data\": { \"description\": \"The payload; absent on errors.\" }\n");
        w.Append("        }\n");
        w.Append("      }");
    }

    /// <summary>The code as the API sends it, as a JSON value: a number, or the wire string of a string-code catalog.</summary>
    private static string Code(Catalog catalog, ErrorEntry entry) =>
        catalog.CodeKind == CodeKind.String ? JsonText.Quote(catalog.CodeText(entry)) : DocText.Number(entry.Code);

    private static void Response(StringBuilder w, Catalog catalog, int status, List<ErrorEntry> entries)
    {
        var description = new StringBuilder(ReasonPhrase(status));
        for (var i = 0; i < entries.Count; i++)
        {
            description.Append(i == 0 ? ": " : "; ").Append(catalog.CodeText(entries[i])).Append(' ').Append(entries[i].Meaning.Plain);
        }

        var name = "Problem" + DocText.Number(status);
        w.Append("      ").Append(JsonText.Quote(name)).Append(": {\n");
        w.Append("        \"description\": ").Append(JsonText.Quote(description.ToString())).Append(",\n");
        w.Append("        \"content\": {\n");
        w.Append("          \"application/problem+json\": {\n");
        w.Append("            \"schema\": {\n");
        w.Append("              \"allOf\": [{ \"$ref\": \"#/components/schemas/ErrorProblem\" }],\n");
        w.Append("              \"properties\": {\n");
        w.Append("                \"status\": { \"const\": ").Append(DocText.Number(status)).Append(" },\n");
        w.Append("                \"code\": { \"enum\": [").Append(Join(entries, e => Code(catalog, e))).Append("] }\n");
        w.Append("              }\n");
        w.Append("            }\n");
        w.Append("          }\n");
        w.Append("        }\n");
        w.Append("      }");
    }

    private static string Join(IReadOnlyList<ErrorEntry> entries, Func<ErrorEntry, string> select)
    {
        var w = new StringBuilder();
        for (var i = 0; i < entries.Count; i++)
        {
            w.Append(i == 0 ? string.Empty : ", ").Append(select(entries[i]));
        }

        return w.ToString();
    }

    /// <summary>The RFC 9110 reason phrase of the statuses APIs use; <c>HTTP n</c> for others.</summary>
    private static string ReasonPhrase(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        412 => "Precondition Failed",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Content",
        423 => "Locked",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "HTTP " + DocText.Number(status),
    };
}
