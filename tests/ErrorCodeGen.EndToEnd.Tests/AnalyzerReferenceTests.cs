using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeGen.EndToEnd.Tests;

/// <summary>
/// The package-free path of the README: the generator (and analyzer) projects referenced with
/// <c>OutputItemType="Analyzer"</c>, the spec declared with the AdditionalFiles and CompilerVisibleItemMetadata lines.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class AnalyzerReferenceTests
{
    private readonly PackedFeedFixture _feed;
    private readonly ITestOutputHelper _log;

    public AnalyzerReferenceTests(PackedFeedFixture feed, ITestOutputHelper log)
    {
        _feed = feed;
        _log = log;
    }

    [Fact]
    public void Project_reference_as_analyzer_with_the_README_items_generates_the_catalog_and_runs_the_analyzer()
    {
        var generator = Path.Combine(_feed.RepositoryRoot, "src", "ErrorCodeGen.Generator", "ErrorCodeGen.Generator.csproj");
        var analyzers = Path.Combine(_feed.RepositoryRoot, "src", "ErrorCodeGen.Analyzers", "ErrorCodeGen.Analyzers.csproj");
        var app = _feed.CreateConsumer("analyzer-reference");
        app.Write("spec/error-codes.md", _feed.ReferenceSpec);
        app.Write("spec/not-a-spec.md", "This AdditionalFiles item has no ErrorCodeSpec metadata and is never read as a spec.\n");
        app.Write("AnalyzerReference.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{generator}"
                                  OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{analyzers}"
                                  OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <AdditionalFiles Include="spec/error-codes.md" ErrorCodeSpec="true" ErrorCodeNamespace="Acme.MarketData"
                                 ErrorCodeEnumName="ErrorCode" ErrorCodeAccessibility="public" />
                <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ErrorCodeSpec" />
                <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ErrorCodeNamespace" />
                <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ErrorCodeEnumName" />
                <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ErrorCodeAccessibility" />
                <AdditionalFiles Include="spec/not-a-spec.md" />
              </ItemGroup>
            </Project>
            """);
        app.Write("Program.cs", """
            using System;
            using Acme.MarketData;

            internal static class Program
            {
                private static string Handle(ErrorCode code)
                {
                    switch (code)
                    {
                        case ErrorCode.Success:
                            return "ok";
                    }

                    return "unhandled";
                }

                private static void Main()
                {
                    var code = ErrorCode.ServiceTemporarilyUnavailable;
                    Console.WriteLine($"{(int)code} {code.GetMessage()} {(int?)code.GetHttpStatus()} {code.GetRetryClassification()} {Handle(code)}");
                }
            }
            """);

        // The repository's projects are already built (this test project depends on them through the package project):
        // use them as they are, and leave their restore state alone.
        var build = _feed.BuildWithMachinePackageFolder(app.Path, "AnalyzerReference.csproj", "-p:BuildProjectReferences=false", "-p:RestoreRecursive=false");
        _log.WriteLine(build.ToString());
        BuildAssert.Succeeded(build);
        var warnings = BuildAssert.WarningLines(build);
        var ecg0001 = Assert.Single(warnings, l => l.Contains("warning ECG0001"));
        Assert.Matches(@"Program\.cs\(8,\d+\): warning ECG0001: ", ecg0001);
        Assert.True(warnings.All(l => l.Contains("warning ECG0001")), $"Unexpected warnings:\n{string.Join("\n", warnings)}");

        var run = _feed.RunApp(app.Path, app.File($"bin/{_feed.Configuration}/net10.0/AnalyzerReference.dll"));
        _log.WriteLine(run.ToString());
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("5002 Service temporarily unavailable 503 RetryWithBackoff unhandled", run.Output.Trim());
    }
}
