using System;
using System.IO;
using System.Linq;
using Microsoft.OpenApi;
using Xunit;

namespace ErrorCodeGen.Docs.Tests;

/// <summary>The OpenAPI components (<c>name.openapi.json</c>): read back and validated with Microsoft.OpenApi (OpenAPI.NET).</summary>
public sealed class OpenApiDocsTests
{
    private static OpenApiDocument ReadReferenceFragment(out string text)
    {
        var parsed = ErrorCodeGen.Parsing.SpecParser.Parse(File.ReadAllText(TestPaths.ReferenceSpec));
        Assert.False(parsed.HasErrors);
        text = OpenApiDocWriter.Write(parsed.Catalog);

        var read = OpenApiDocument.Parse(text, "json");
        Assert.Empty(read.Diagnostic!.Errors);
        Assert.Empty(read.Diagnostic.Warnings);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, read.Diagnostic.SpecificationVersion);
        Assert.Empty(read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet())!);
        return read.Document!;
    }

    [Fact]
    public void The_fragment_is_valid_openapi_3_1_with_the_codes_schema()
    {
        var document = ReadReferenceFragment(out var text);
        Assert.DoesNotContain("\r", text);
        var code = document.Components!.Schemas!["ErrorCode"];
        Assert.Equal(JsonSchemaType.Integer, code.Type);
        Assert.Equal(20, code.Enum!.Count);
        Assert.Equal(new[] { 0, 1001, 1002 }, code.Enum.Take(3).Select(n => (int)n!));
        Assert.Contains("\"x-enum-varnames\": [\"Success\", \"InvalidOrExpiredApiKey\", \"ApiKeyNotProvided\",", text);
        Assert.Contains("\"x-enum-descriptions\": [\"Success\", \"Invalid or expired API Key\",", text);
        Assert.True(code.Extensions!.ContainsKey("x-enum-varnames"));
        Assert.True(code.Extensions.ContainsKey("x-enum-descriptions"));

        var problem = document.Components.Schemas["ErrorProblem"];
        Assert.Contains("code", problem.Required!);
        Assert.Contains("code", problem.Properties!.Keys);
        Assert.Contains("data", document.Components.Schemas["ErrorEnvelope"].Properties!.Keys);
    }

    [Fact]
    public void One_reusable_problem_response_per_error_status_lists_its_codes()
    {
        var document = ReadReferenceFragment(out _);
        var responses = document.Components!.Responses!;

        // Every HTTP error status of the reference spec, and no response for the success code or the WebSocket-only codes.
        Assert.Equal(new[] { "Problem400", "Problem401", "Problem403", "Problem404", "Problem429", "Problem500", "Problem503" }, responses.Keys.OrderBy(k => k, StringComparer.Ordinal));
        var tooMany = responses["Problem429"];
        Assert.Equal("Too Many Requests: 3001 Rate limit exceeded; 3002 Quota exhausted; 3003 Connection limit exceeded; 3004 Subscription limit exceeded", tooMany.Description);
        var schema = tooMany.Content!["application/problem+json"].Schema!;
        Assert.Single(schema.AllOf!);
        Assert.Equal(new[] { 3001, 3002, 3003, 3004 }, schema.Properties!["code"].Enum!.Select(n => (int)n!));
        Assert.Equal("429", schema.Properties["status"].Const);
    }

    [Fact]
    public void A_string_code_catalog_has_a_string_code_schema()
    {
        var catalog = ErrorCodeGen.Parsing.SpecParser.Parse(File.ReadAllText(TestPaths.CoreSpec("string-codes.md"))).Catalog;
        var read = OpenApiDocument.Parse(OpenApiDocWriter.Write(catalog), "json");
        Assert.Empty(read.Diagnostic!.Errors);
        var document = read.Document!;
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet())!);
        var code = document.Components!.Schemas!["ErrorCode"];
        Assert.Equal(JsonSchemaType.String, code.Type);
        Assert.Equal("M_FORBIDDEN", (string)code.Enum![0]!);
        var tooMany = document.Components.Responses!["Problem429"];
        Assert.Equal("Too Many Requests: M_LIMIT_EXCEEDED Too many requests; check Retry-After", tooMany.Description);
        Assert.Equal(new[] { "M_LIMIT_EXCEEDED" }, tooMany.Content!["application/problem+json"].Schema!.Properties!["code"].Enum!.Select(n => (string)n!));
    }
}
