using System.Collections.Generic;
using System.Text;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Docs;

/// <summary>
/// Writes a catalog as JSON for clients in other languages: the categories of the <see cref="DocLayout"/> and every code. The shape is described by
/// <see cref="SchemaFileName"/> (<see cref="Schema"/>). Texts are plain (Markdown marks removed).
/// Deterministic: two-space indent, LF line endings, members in a fixed order.
/// </summary>
public static class JsonDocWriter
{
    /// <summary>The file name of the JSON Schema written beside the catalog.</summary>
    public const string SchemaFileName = "error-catalog.schema.json";

    /// <summary>The version of the JSON shape; bumped on breaking changes.</summary>
    public const int FormatVersion = 1;

    public static string Write(Catalog catalog) => Render(DocLayout.Create(catalog));

    internal static string Render(DocLayout layout)
    {
        var w = new StringBuilder("{\n");
        w.Append("  \"$schema\": ").Append(DocText.Json("./" + SchemaFileName)).Append(",\n");
        w.Append("  \"formatVersion\": ").Append(DocText.Number(FormatVersion)).Append(",\n");
        w.Append("  \"title\": ").Append(DocText.Json(layout.Catalog.Title)).Append(",\n");
        w.Append("  \"categories\": [");
        var categories = 0;
        foreach (var group in layout.Groups)
        {
            if (group.Category is not { } category)
            {
                continue;
            }

            w.Append(categories++ == 0 ? "\n" : ",\n");
            w.Append("    {\n");
            w.Append("      \"name\": ").Append(DocText.Json(category.Name)).Append(",\n");
            w.Append("      \"title\": ").Append(DocText.Json(category.Title)).Append(",\n");
            w.Append("      \"range\": ").Append(category.RangePattern is { } range ? DocText.Json(range) : "null").Append('\n');
            w.Append("    }");
        }

        w.Append(categories == 0 ? "],\n" : "\n  ],\n");
        w.Append("  \"codes\": [");
        for (var i = 0; i < layout.Codes.Count; i++)
        {
            w.Append(i == 0 ? "\n" : ",\n");
            Entry(w, layout.Codes[i]);
        }

        w.Append(layout.Codes.Count == 0 ? "]\n" : "\n  ]\n");
        w.Append("}\n");
        return w.ToString();
    }

    private static void Entry(StringBuilder w, DocCode code)
    {
        const string Indent = "      ";
        var entry = code.Entry;
        w.Append("    {\n");
        Member(w, Indent, "code", code.CodeJson);
        if (code.WireName is { } wireName)
        {
            Member(w, Indent, "wireName", DocText.Json(wireName));
        }

        Member(w, Indent, "name", DocText.Json(entry.Name));
        Member(w, Indent, "meaning", DocText.Json(entry.Meaning.Plain));
        Member(w, Indent, "message", DocText.Json(entry.Message));
        Member(w, Indent, "recommendation", DocText.Json(entry.Recommendation.Plain));
        Member(w, Indent, "causes", Array(entry.Causes));
        Member(w, Indent, "solutions", Array(entry.Solutions));
        Member(w, Indent, "notes", Array(entry.Notes));
        Member(w, Indent, "category", entry.Category is { } category ? DocText.Json(category) : "null");
        Member(w, Indent, "httpStatus", entry.HttpStatus is { } status ? DocText.Number(status) : "null");
        Member(w, Indent, "retry", DocText.Json(entry.Retry.ToString()));
        Member(w, Indent, "retryable", entry.IsRetryable ? "true" : "false");
        Member(w, Indent, "success", entry.IsSuccess ? "true" : "false");
        if (entry.OtherMessages.Count > 0)
        {
            Member(w, Indent, "otherMessages", Array(entry.OtherMessages));
        }

        if (entry.IsDeprecated)
        {
            Member(w, Indent, "deprecated", "true");
        }

        var extra = new StringBuilder("{");
        for (var i = 0; i < entry.ExtraCells.Count; i++)
        {
            var cell = entry.ExtraCells[i];
            extra.Append(i == 0 ? " " : ", ").Append(DocText.Json(cell.Column)).Append(": ").Append(DocText.Json(cell.Value.Plain));
        }

        extra.Append(entry.ExtraCells.Count == 0 ? "}" : " }");
        w.Append(Indent).Append("\"extra\": ").Append(extra).Append('\n');
        w.Append("    }");
    }

    private static void Member(StringBuilder w, string indent, string name, string json) =>
        w.Append(indent).Append('"').Append(name).Append("\": ").Append(json).Append(",\n");

    private static string Array(IReadOnlyList<SpecText> items)
    {
        if (items.Count == 0)
        {
            return "[]";
        }

        var w = new StringBuilder("[");
        for (var i = 0; i < items.Count; i++)
        {
            w.Append(i == 0 ? string.Empty : ", ").Append(DocText.Json(items[i].Plain));
        }

        return w.Append(']').ToString();
    }

    /// <summary>The JSON Schema (draft 2020-12) of the catalog JSON.</summary>
    public static string Schema { get; } = string.Join("\n", new[]
    {
        "{",
        "  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",",
        "  \"$id\": \"https://errorcodegen.dev/schemas/error-catalog.schema.json\",",
        "  \"title\": \"ErrorCodeGen error catalog\",",
        "  \"description\": \"API error codes with their meanings, wire messages, recommendations, HTTP status and retry classification, written by `errorcodegen docs`.\",",
        "  \"type\": \"object\",",
        "  \"required\": [\"formatVersion\", \"title\", \"categories\", \"codes\"],",
        "  \"additionalProperties\": false,",
        "  \"properties\": {",
        "    \"$schema\": { \"type\": \"string\" },",
        "    \"formatVersion\": { \"const\": 1 },",
        "    \"title\": { \"type\": \"string\" },",
        "    \"categories\": {",
        "      \"type\": \"array\",",
        "      \"items\": {",
        "        \"type\": \"object\",",
        "        \"required\": [\"name\", \"title\", \"range\"],",
        "        \"additionalProperties\": false,",
        "        \"properties\": {",
        "          \"name\": { \"type\": \"string\", \"pattern\": \"^[A-Za-z_][A-Za-z0-9_]*$\", \"description\": \"The member name of the generated category enum.\" },",
        "          \"title\": { \"type\": \"string\", \"description\": \"The heading text without its range.\" },",
        "          \"range\": { \"type\": [\"string\", \"null\"], \"pattern\": \"^[0-9]*[xX]+$\", \"description\": \"The code range of the heading, e.g. 1xxx.\" }",
        "        }",
        "      }",
        "    },",
        "    \"codes\": {",
        "      \"type\": \"array\",",
        "      \"items\": { \"$ref\": \"#/$defs/code\" }",
        "    }",
        "  },",
        "  \"$defs\": {",
        "    \"text\": { \"type\": \"string\" },",
        "    \"texts\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/$defs/text\" } },",
        "    \"code\": {",
        "      \"type\": \"object\",",
        "      \"required\": [\"code\", \"name\", \"meaning\", \"message\", \"recommendation\", \"causes\", \"solutions\", \"notes\", \"category\", \"httpStatus\", \"retry\", \"retryable\", \"success\", \"extra\"],",
        "      \"additionalProperties\": false,",
        "      \"properties\": {",
        "        \"code\": { \"type\": [\"integer\", \"string\"], \"minimum\": -2147483648, \"maximum\": 2147483647, \"minLength\": 1, \"description\": \"The error code sent in responses: a number, or the exact string of a string-code catalog (M_FORBIDDEN).\" },",
        "        \"wireName\": { \"type\": \"string\", \"minLength\": 1, \"description\": \"The symbolic name sent beside a numeric code (an RPC status table with Code and Id columns); absent otherwise.\" },",
        "        \"name\": { \"type\": \"string\", \"pattern\": \"^[A-Za-z_][A-Za-z0-9_]*$\", \"description\": \"The generated enum member name.\" },",
        "        \"meaning\": { \"type\": \"string\", \"minLength\": 1 },",
        "        \"message\": { \"type\": \"string\", \"description\": \"The message the API sends with the code (the meaning when the spec shows none).\" },",
        "        \"recommendation\": { \"type\": \"string\", \"description\": \"Empty when the spec gives none.\" },",
        "        \"causes\": { \"$ref\": \"#/$defs/texts\" },",
        "        \"solutions\": { \"$ref\": \"#/$defs/texts\" },",
        "        \"notes\": { \"$ref\": \"#/$defs/texts\" },",
        "        \"category\": { \"type\": [\"string\", \"null\"], \"description\": \"A category name from `categories`, or null.\" },",
        "        \"httpStatus\": { \"type\": [\"integer\", \"null\"], \"minimum\": 100, \"maximum\": 599, \"description\": \"Null when the code is not an HTTP error (e.g. WebSocket only).\" },",
        "        \"retry\": { \"enum\": [\"None\", \"DoNotRetry\", \"RetryWithBackoff\", \"RetryAfterDelay\", \"UseFallback\"] },",
        "        \"retryable\": { \"type\": \"boolean\", \"description\": \"True for RetryWithBackoff and RetryAfterDelay.\" },",
        "        \"success\": { \"type\": \"boolean\", \"description\": \"True for the success code (retry None).\" },",
        "        \"otherMessages\": { \"$ref\": \"#/$defs/texts\", \"description\": \"Other messages the API sends with this code (the spec lists the code on several rows); absent when there are none.\" },",
        "        \"deprecated\": { \"const\": true, \"description\": \"Present (true) for a retired code, struck through in the spec.\" },",
        "        \"extra\": { \"type\": \"object\", \"additionalProperties\": { \"type\": \"string\" }, \"description\": \"Cells of table columns without a role, by column header.\" }",
        "      }",
        "    }",
        "  }",
        "}",
        string.Empty,
    });
}
