using System.Linq;
using ErrorCodeGen.Model;
using Xunit;

namespace ErrorCodeGen.Core.Tests;

public class ReferenceSpecParsingTests
{
    [Fact]
    public void Reference_spec_parses_without_problems()
    {
        Assert.Empty(ReferenceSpec.Result.Diagnostics);
        Assert.Equal("API Error Codes", ReferenceSpec.Catalog.Title);
    }

    [Fact]
    public void All_twenty_codes_in_table_order()
    {
        Assert.Equal(
            new[] { 0, 1001, 1002, 1003, 1004, 2001, 2002, 2003, 2004, 3001, 3002, 3003, 3004, 4001, 4002, 4003, 4004, 5000, 5001, 5002 },
            ReferenceSpec.Catalog.Entries.Select(e => e.Code).ToArray());
    }

    [Theory]
    [InlineData(0, "Success", "Success", "")]
    [InlineData(1001, "InvalidOrExpiredApiKey", "Invalid or expired API Key", "Check API Key")]
    [InlineData(1002, "ApiKeyNotProvided", "API Key not provided", "Add X-API-Key header")]
    [InlineData(1003, "IpNotInWhitelist", "IP not in whitelist", "Contact admin to add IP")]
    [InlineData(1004, "InsufficientPermissions", "Insufficient permissions", "Upgrade plan or contact admin")]
    [InlineData(2001, "InvalidParameters", "Invalid parameters", "Check request parameters")]
    [InlineData(2002, "SymbolNotFound", "Symbol not found", "Use /v1/symbols/available to query")]
    [InlineData(2003, "InvalidTimeRange", "Invalid time range", "Check start_time/end_time parameters")]
    [InlineData(2004, "RequestLimitExceeded", "Request limit exceeded", "Reduce limit parameter")]
    [InlineData(3001, "RateLimitExceeded", "Rate limit exceeded", "Reduce request frequency, check Retry-After")]
    [InlineData(3002, "QuotaExhausted", "Quota exhausted", "Wait for reset or upgrade plan")]
    [InlineData(3003, "ConnectionLimitExceeded", "Connection limit exceeded", "Close excess connections")]
    [InlineData(3004, "SubscriptionLimitExceeded", "Subscription limit exceeded", "Unsubscribe some channels")]
    [InlineData(4001, "UnknownCommand", "Unknown command", "Check WebSocket cmd field")]
    [InlineData(4002, "InvalidMessageFormat", "Invalid message format", "Check JSON format")]
    [InlineData(4003, "DepthSubscriptionUnavailable", "Depth subscription unavailable", "Use HTTP API for depth data")]
    [InlineData(4004, "TradeSubscriptionUnavailable", "Trade subscription unavailable", "Use HTTP API for trade data")]
    [InlineData(5000, "InternalServerError", "Internal server error", "Retry later, contact support if persists")]
    [InlineData(5001, "DataSourceUnavailable", "Data source unavailable", "Retry later")]
    [InlineData(5002, "ServiceTemporarilyUnavailable", "Service temporarily unavailable", "Retry later")]
    public void Names_meanings_and_recommendations(int code, string name, string meaning, string recommendation)
    {
        var entry = ReferenceSpec.Entry(code);
        Assert.Equal(name, entry.Name);
        Assert.Equal(meaning, entry.Meaning.Plain);
        Assert.Equal(recommendation, entry.Recommendation.Plain);
    }

    [Fact]
    public void Recommendation_keeps_its_markdown_for_docs()
    {
        Assert.Equal("Add `X-API-Key` header", ReferenceSpec.Entry(1002).Recommendation.Markdown);
    }

    [Theory]
    [InlineData(1001, "Invalid or expired token")]
    [InlineData(1002, "Token is required")]
    [InlineData(1003, "IP address not in whitelist")]
    [InlineData(1004, "Permission denied")]
    [InlineData(2001, "Invalid parameter: symbol is required")]
    [InlineData(2002, "Symbol not found")]
    [InlineData(2003, "Invalid time range")]
    [InlineData(2004, "Request limit exceeded")]
    [InlineData(3001, "Rate limit exceeded")]
    [InlineData(3002, "Quota exhausted")]
    [InlineData(3003, "Connection limit exceeded")]
    [InlineData(3004, "Subscription limit exceeded")]
    [InlineData(4001, "Unknown command")]
    [InlineData(4002, "Invalid message format")]
    [InlineData(4003, "Depth subscriptions temporarily unavailable")]
    [InlineData(5000, "Internal server error")]
    [InlineData(5001, "Data source unavailable")]
    [InlineData(5002, "Service temporarily unavailable")]
    public void Wire_messages_from_the_eighteen_json_examples(int code, string message)
    {
        var entry = ReferenceSpec.Entry(code);
        Assert.True(entry.HasWireMessage);
        Assert.Equal(message, entry.Message);
    }

    [Theory]
    [InlineData(0, "Success")]
    [InlineData(4004, "Trade subscription unavailable")]
    public void Codes_without_their_own_example_fall_back_to_the_meaning(int code, string message)
    {
        var entry = ReferenceSpec.Entry(code);
        Assert.False(entry.HasWireMessage);
        Assert.Equal(message, entry.Message);
    }

    [Fact]
    public void Causes_as_a_list_and_as_a_paragraph()
    {
        Assert.Equal(new[] { "Incorrect API Key", "API Key disabled", "API Key expired" }, ReferenceSpec.Entry(1001).Causes.Select(c => c.Plain));
        Assert.Equal(new[] { "Enterprise plan has IP whitelist enabled." }, ReferenceSpec.Entry(1003).Causes.Select(c => c.Plain));
        Assert.Equal(new[] { "start_time greater than end_time", "Invalid time format", "Time range exceeds limit" }, ReferenceSpec.Entry(2003).Causes.Select(c => c.Plain));
        Assert.Empty(ReferenceSpec.Entry(2001).Causes);
    }

    [Fact]
    public void Solutions_as_a_paragraph_and_as_a_list()
    {
        Assert.Equal(new[] { "Verify API Key or contact admin to confirm status." }, ReferenceSpec.Entry(1001).Solutions.Select(c => c.Plain));
        Assert.Equal(
            new[] { "Reduce request frequency", "Use WebSocket subscriptions instead of polling", "Upgrade plan for higher quota" },
            ReferenceSpec.Entry(3001).Solutions.Select(c => c.Plain));
        Assert.Equal("Call `GET /v1/connections` to view current connections", ReferenceSpec.Entry(3003).Solutions[0].Markdown);
        Assert.Equal(new[] { "Use HTTP API to fetch data." }, ReferenceSpec.Entry(4004).Solutions.Select(c => c.Plain));
    }

    [Fact]
    public void Other_paragraphs_of_a_section_are_notes()
    {
        Assert.Equal(new[] { "HTTP response includes Retry-After header indicating wait time in seconds." }, ReferenceSpec.Entry(3001).Notes.Select(n => n.Plain));
    }

    [Fact]
    public void Five_categories_from_the_headings()
    {
        Assert.Equal(
            new[] { ("Authentication", "1xxx"), ("Parameter", "2xxx"), ("RateLimiting", "3xxx"), ("WebSocket", "4xxx"), ("Service", "5xxx") },
            ReferenceSpec.Catalog.Categories.Select(c => (c.Name, c.RangePattern!)));
        Assert.Null(ReferenceSpec.Entry(0).Category);
        Assert.Equal("WebSocket", ReferenceSpec.Entry(4004).Category);
        Assert.Equal("Authentication Errors", ReferenceSpec.Catalog.Categories[0].Title);
    }

    // The README's inference rules applied to the reference spec
    [Theory]
    [InlineData(0, 200, RetryClassification.None)]
    [InlineData(1001, 401, RetryClassification.DoNotRetry)]
    [InlineData(1002, 401, RetryClassification.DoNotRetry)]
    [InlineData(1003, 403, RetryClassification.DoNotRetry)]
    [InlineData(1004, 403, RetryClassification.DoNotRetry)]
    [InlineData(2001, 400, RetryClassification.DoNotRetry)]
    [InlineData(2002, 404, RetryClassification.DoNotRetry)]
    [InlineData(2003, 400, RetryClassification.DoNotRetry)]
    [InlineData(2004, 400, RetryClassification.DoNotRetry)]
    [InlineData(3001, 429, RetryClassification.RetryAfterDelay)]
    [InlineData(3002, 429, RetryClassification.DoNotRetry)]
    [InlineData(3003, 429, RetryClassification.DoNotRetry)]
    [InlineData(3004, 429, RetryClassification.DoNotRetry)]
    [InlineData(4001, null, RetryClassification.DoNotRetry)]
    [InlineData(4002, null, RetryClassification.DoNotRetry)]
    [InlineData(4003, null, RetryClassification.UseFallback)]
    [InlineData(4004, null, RetryClassification.UseFallback)]
    [InlineData(5000, 500, RetryClassification.RetryWithBackoff)]
    [InlineData(5001, 503, RetryClassification.RetryWithBackoff)]
    [InlineData(5002, 503, RetryClassification.RetryWithBackoff)]
    public void Http_status_and_retry_classification(int code, int? http, RetryClassification retry)
    {
        var entry = ReferenceSpec.Entry(code);
        Assert.Equal(http, entry.HttpStatus);
        Assert.Equal(retry, entry.Retry);
    }

    [Fact]
    public void Sections_outside_the_catalog_are_kept_for_docs()
    {
        var kept = ReferenceSpec.Catalog.KeptSections;
        Assert.Equal(3, kept.Count);
        Assert.StartsWith("This document explains", kept[0].Markdown);
        Assert.StartsWith("## Response Format", kept[1].Markdown);
        Assert.True(kept[1].BeforeCatalog);
        Assert.StartsWith("## Error Handling Examples", kept[2].Markdown);
        Assert.False(kept[2].BeforeCatalog);
        Assert.EndsWith("*For questions, please contact technical support.*", kept[2].Markdown);
        Assert.StartsWith("---\ntitle: API Error Codes", ReferenceSpec.Catalog.FrontMatter);
    }

    [Fact]
    public void Parsing_twice_gives_equal_catalogs()
    {
        var again = ErrorCodeGen.Parsing.SpecParser.Parse(ReferenceSpec.Text);
        Assert.Equal(ReferenceSpec.Result, again);
        Assert.Equal(ReferenceSpec.Result.GetHashCode(), again.GetHashCode());
    }

    [Fact]
    public void Crlf_input_gives_the_same_catalog_apart_from_offsets()
    {
        var crlf = ErrorCodeGen.Parsing.SpecParser.Parse(ReferenceSpec.Text.Replace("\n", "\r\n"));
        Assert.Empty(crlf.Diagnostics);
        Assert.Equal(
            ReferenceSpec.Catalog.Entries.Select(e => (e.Code, e.Name, e.Message, e.HttpStatus, e.Retry, e.Span.Line)),
            crlf.Catalog.Entries.Select(e => (e.Code, e.Name, e.Message, e.HttpStatus, e.Retry, e.Span.Line)));
    }
}
