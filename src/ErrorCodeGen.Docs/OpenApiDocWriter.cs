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
/// response per HTTP error status (<see cref="DocLayout.ErrorStatuses"/>), <c>Problem&lt;status&gt;</c>, listing its codes. Deterministic: two-space indent, LF.
/// </summary>
public static class OpenApiDocWriter
{
    public static string Write(Catalog catalog) => Render(DocLayout.Create(catalog));

    /// <summary>The file name suffix: <c>name.openapi.json</c>.</summary>
    public const string FileSuffix = ".openapi.json";

    /// <summary>The OpenAPI version written.</summary>
    public const string OpenApiVersion = "3.1.1";

    internal static string Render(DocLayout layout)
    {
        var w = new StringBuilder();
        w.Append("{\n  \"openapi\": ").Append(DocText.Json(OpenApiVersion)).Append(",\n");
        w.Append("  \"info\": {\n    \"title\": ").Append(DocText.Json(layout.Catalog.Title)).Append(",\n");
        w.Append("    \"description\": ").Append(DocText.Json("The error codes of the API as reusable components: merge them into the API's OpenAPI description or reference them with $ref.")).Append(",\n");
        w.Append("    \"version\": \"1.0.0\"\n");
        w.Append("  },\n");
        w.Append("  \"components\": {\n");
        w.Append("    \"schemas\": {\n");
        CodeSchema(w, layout);
        w.Append(",\n");
        ProblemSchema(w);
        w.Append(",\n");
        EnvelopeSchema(w);
        w.Append("\n    }");

        if (layout.ErrorStatuses.Count > 0)
        {
            w.Append(",\n    \"responses\": {");
            for (var i = 0; i < layout.ErrorStatuses.Count; i++)
            {
                w.Append(i == 0 ? "\n" : ",\n");
                Response(w, layout.ErrorStatuses[i]);
            }

            w.Append("\n    }");
        }

        w.Append("\n  }\n");
        w.Append("}\n");
        return w.ToString();
    }

    private static void CodeSchema(StringBuilder w, DocLayout layout)
    {
        var catalog = layout.Catalog;
        w.Append("      \"ErrorCode\": {\n");
        w.Append("        \"description\": ").Append(DocText.Json("An error code of " + catalog.Title + ".")).Append(",\n");
        if (catalog.CodeKind == CodeKind.String)
        {
            w.Append("        \"type\": \"string\",\n");
        }
        else
        {
            w.Append("        \"type\": \"integer\",\n");
            w.Append("        \"format\": \"int32\",\n");
        }

        w.Append("        \"enum\": [").Append(Join(layout.Codes, c => c.CodeJson)).Append("],\n");
        w.Append("        \"x-enum-varnames\": [").Append(Join(layout.Codes, c => DocText.Json(c.Entry.Name))).Append("],\n");
        w.Append("        \"x-enum-descriptions\": [").Append(Join(layout.Codes, c => DocText.Json(c.Entry.Meaning.Plain))).Append("]\n");
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

    private static void Response(StringBuilder w, DocStatusGroup group)
    {
        var status = group.Status;
        var description = new StringBuilder(ReasonPhrase(status));
        for (var i = 0; i < group.Codes.Count; i++)
        {
            description.Append(i == 0 ? ": " : "; ").Append(group.Codes[i].Code).Append(' ').Append(group.Codes[i].Entry.Meaning.Plain);
        }

        var name = "Problem" + DocText.Number(status);
        w.Append("      ").Append(DocText.Json(name)).Append(": {\n");
        w.Append("        \"description\": ").Append(DocText.Json(description.ToString())).Append(",\n");
        w.Append("        \"content\": {\n");
        w.Append("          \"application/problem+json\": {\n");
        w.Append("            \"schema\": {\n");
        w.Append("              \"allOf\": [{ \"$ref\": \"#/components/schemas/ErrorProblem\" }],\n");
        w.Append("              \"properties\": {\n");
        w.Append("                \"status\": { \"const\": ").Append(DocText.Number(status)).Append(" },\n");
        w.Append("                \"code\": { \"enum\": [").Append(Join(group.Codes, c => c.CodeJson)).Append("] }\n");
        w.Append("              }\n");
        w.Append("            }\n");
        w.Append("          }\n");
        w.Append("        }\n");
        w.Append("      }");
    }

    private static string Join(IReadOnlyList<DocCode> codes, Func<DocCode, string> select)
    {
        var w = new StringBuilder();
        for (var i = 0; i < codes.Count; i++)
        {
            w.Append(i == 0 ? string.Empty : ", ").Append(select(codes[i]));
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
