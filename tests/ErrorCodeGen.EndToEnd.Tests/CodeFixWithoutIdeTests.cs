using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeGen.EndToEnd.Tests;

/// <summary>The README's way to apply the code fix without an IDE, on a real consumer of the packed package.</summary>
[Collection(PackedFeedCollection.Name)]
public sealed class CodeFixWithoutIdeTests
{
    private readonly PackedFeedFixture _feed;
    private readonly ITestOutputHelper _log;

    public CodeFixWithoutIdeTests(PackedFeedFixture feed, ITestOutputHelper log)
    {
        _feed = feed;
        _log = log;
    }

    [Fact]
    public void Dotnet_format_analyzers_applies_the_missing_cases_fix_and_the_switch_is_then_complete()
    {
        var app = _feed.CreateConsumer("format-fix");
        app.Write("spec/error-codes.md", _feed.ReferenceSpec);
        app.Write("FormatFix.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ErrorCodeGen" Version="{_feed.PackageVersion}" PrivateAssets="all" />
                <ErrorCodeSpec Include="spec/error-codes.md" Namespace="Acme.MarketData" />
              </ItemGroup>
            </Project>
            """);
        var handler = app.Write("Handler.cs", """
            using Acme.MarketData;

            internal static class Handler
            {
                internal static string Describe(ErrorCode code)
                {
                    switch (code)
                    {
                        case ErrorCode.Success:
                            return "ok";
                    }

                    return "?";
                }
            }
            """);

        var before = _feed.Build(app.Path, "FormatFix.csproj");
        _log.WriteLine(before.ToString());
        BuildAssert.Succeeded(before);
        Assert.Contains("warning ECG0001", before.Output);

        // As the README writes it.
        var format = _feed.Dotnet(app.Path, "format", "analyzers", "--diagnostics", "ECG0001");
        _log.WriteLine(format.ToString());
        Assert.Equal(0, format.ExitCode);

        var text = System.IO.File.ReadAllText(handler);
        foreach (var member in new[] { "InvalidOrExpiredApiKey", "IpNotInWhitelist", "RateLimitExceeded", "ServiceTemporarilyUnavailable" })
        {
            Assert.Contains("case ErrorCode." + member + ":", text);
        }

        var after = _feed.Build(app.Path, "FormatFix.csproj");
        _log.WriteLine(after.ToString());
        BuildAssert.Succeeded(after);
        Assert.DoesNotContain("ECG0001", after.Output);
    }
}
