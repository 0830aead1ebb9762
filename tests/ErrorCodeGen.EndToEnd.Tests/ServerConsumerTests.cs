using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeGen.EndToEnd.Tests;

/// <summary>
/// A minimal-API app (Microsoft.NET.Sdk.Web) that consumes the packed package, built with <c>dotnet build</c> and run on
/// 127.0.0.1: it requests its own endpoints over loopback and prints each raw response, which the test checks.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class ServerConsumerTests
{
    private const string DocsUrl = "https://docs.example.com/market/error-codes.html";

    private readonly PackedFeedFixture _feed;
    private readonly ITestOutputHelper _log;

    public ServerConsumerTests(PackedFeedFixture feed, ITestOutputHelper log)
    {
        _feed = feed;
        _log = log;
    }

    [Fact]
    public void Minimal_API_answers_from_the_catalog_problem_details_envelope_exception_handler_and_OpenAPI()
    {
        var app = _feed.CreateConsumer("minimal-api");
        app.Write("spec/error-codes.md", _feed.ReferenceSpec);
        app.Write("MinimalApi.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <ErrorCodeDocsUrl>{DocsUrl}</ErrorCodeDocsUrl>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ErrorCodeGen" Version="{_feed.PackageVersion}" PrivateAssets="all" />
                <PackageReference Include="Microsoft.AspNetCore.OpenApi" Version="10.0.15" />
                <ErrorCodeSpec Include="spec/error-codes.md" Namespace="Acme.MarketData" EnumName="ErrorCode" />
              </ItemGroup>
            </Project>
            """);
        app.Write("Program.cs", """
            using Acme.MarketData;

            var builder = WebApplication.CreateBuilder(args);
            builder.Logging.ClearProviders();
            builder.Services.AddErrorCodeExceptionHandler();
            builder.Services.AddOpenApi();
            var app = builder.Build();
            app.UseExceptionHandler();
            app.MapOpenApi();
            app.MapGet("/limited", () => ErrorCodeResults.Problem(ErrorCode.RateLimitExceeded, retryAfter: TimeSpan.FromSeconds(7)))
                .ProducesErrorCodes(ErrorCode.RateLimitExceeded, ErrorCode.QuotaExhausted, ErrorCode.InvalidOrExpiredApiKey);
            app.MapGet("/symbol", () => ErrorCodeResults.Problem(ErrorCode.SymbolNotFound))
                .ProducesErrorCodes(ErrorCode.SymbolNotFound);
            app.MapGet("/quota", () => ErrorCodeResults.Envelope(ErrorCode.QuotaExhausted));
            app.MapGet("/ticker", () => ErrorCodeResults.Envelope(ErrorCode.Success, new { Symbol = "BTCUSDT", Price = 101.5m }));
            app.MapGet("/throws", IResult () => throw new ErrorCodeException(ErrorCode.InsufficientPermissions));

            await app.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            Console.WriteLine("listening " + http.BaseAddress!.Host);
            foreach (var path in new[] { "/limited", "/symbol", "/quota", "/ticker", "/throws", "/openapi/v1.json" })
            {
                using var response = await http.GetAsync(path);
                var body = await response.Content.ReadAsStringAsync();
                Console.WriteLine("=== " + path + " " + (int)response.StatusCode + " " + response.Content.Headers.ContentType?.MediaType + " retry-after=" + response.Headers.RetryAfter?.Delta?.TotalSeconds);
                Console.WriteLine(body.ReplaceLineEndings(" "));
            }

            await app.StopAsync();
            """);

        var build = _feed.Build(app.Path, "MinimalApi.csproj");
        _log.WriteLine(build.ToString());
        BuildAssert.Succeeded(build);
        BuildAssert.NoWarnings(build);

        // Started the standard ASP.NET Core way: --urls on the command line.
        var run = _feed.Dotnet(app.Path, app.File($"bin/{_feed.Configuration}/net10.0/MinimalApi.dll"), "--urls", "http://127.0.0.1:0");
        _log.WriteLine(run.ToString());
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("listening 127.0.0.1", run.Output);
        var responses = Parse(run.Output);

        var limited = responses["/limited"];
        Assert.Equal("429 application/problem+json retry-after=7", limited.Head);
        using (var json = JsonDocument.Parse(limited.Body))
        {
            var root = json.RootElement;
            Assert.Equal(3001, root.GetProperty("code").GetInt32());
            Assert.Equal("Rate limit exceeded", root.GetProperty("title").GetString());
            Assert.Equal(429, root.GetProperty("status").GetInt32());
            Assert.Equal(DocsUrl + "#3001", root.GetProperty("type").GetString());
            Assert.True(root.TryGetProperty("traceId", out _), "The app's problem details service adds the trace id.");
        }

        var symbol = responses["/symbol"];
        Assert.Equal("404 application/problem+json retry-after=", symbol.Head);
        using (var json = JsonDocument.Parse(symbol.Body))
        {
            Assert.Equal("Symbol not found", json.RootElement.GetProperty("detail").GetString());
            Assert.Equal(2002, json.RootElement.GetProperty("code").GetInt32());
        }

        Assert.Equal("429 application/json retry-after=", responses["/quota"].Head);
        Assert.Equal("{\"code\":3002,\"message\":\"Quota exhausted\"}", responses["/quota"].Body);
        Assert.Equal("200 application/json retry-after=", responses["/ticker"].Head);
        Assert.Equal("{\"code\":0,\"message\":\"Success\",\"data\":{\"symbol\":\"BTCUSDT\",\"price\":101.5}}", responses["/ticker"].Body);

        var thrown = responses["/throws"];
        Assert.Equal("403 application/problem+json retry-after=", thrown.Head);
        using (var json = JsonDocument.Parse(thrown.Body))
        {
            Assert.Equal(1004, json.RootElement.GetProperty("code").GetInt32());
            Assert.Equal("Insufficient permissions", json.RootElement.GetProperty("title").GetString());
            Assert.Equal("Permission denied", json.RootElement.GetProperty("detail").GetString());
        }

        // ProducesErrorCodes: one problem response per distinct status in Microsoft.AspNetCore.OpenApi's document.
        using (var openApi = JsonDocument.Parse(responses["/openapi/v1.json"].Body))
        {
            var paths = openApi.RootElement.GetProperty("paths");
            Assert.Equal(new[] { "401", "429" }, ResponseCodes(paths, "/limited"));
            Assert.Equal(new[] { "404" }, ResponseCodes(paths, "/symbol"));
            var problem = paths.GetProperty("/limited").GetProperty("get").GetProperty("responses").GetProperty("429").GetProperty("content");
            Assert.True(problem.TryGetProperty("application/problem+json", out _), problem.ToString());
        }
    }

    private static string[] ResponseCodes(JsonElement paths, string path) =>
        paths.GetProperty(path).GetProperty("get").GetProperty("responses").EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    private static Dictionary<string, (string Head, string Body)> Parse(string output)
    {
        var lines = output.Replace("\r\n", "\n").Split('\n');
        var responses = new Dictionary<string, (string Head, string Body)>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i].StartsWith("=== ", StringComparison.Ordinal))
            {
                var head = lines[i].Substring(4);
                var space = head.IndexOf(' ');
                responses[head.Substring(0, space)] = (head.Substring(space + 1), lines[i + 1]);
            }
        }

        return responses;
    }
}
