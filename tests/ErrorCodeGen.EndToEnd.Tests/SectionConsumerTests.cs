using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeGen.EndToEnd.Tests;

/// <summary>
/// Section selection in a real package consumer: several <c>ErrorCodeSpec</c> items naming one page, each with its own
/// <c>Section</c> and <c>EnumName</c>, give one catalog per section (the README's "Several catalogs from one page").
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class SectionConsumerTests
{
    // Two code tables that reuse the same numbers for different things, among unrelated tables.
    internal const string Page = """
        ---
        title: Relay Realtime API
        ---

        # Relay Realtime API

        ## Endpoints

        | Endpoint | Use |
        |---|---|
        | `wss://gateway.relay.example` | Events |
        | `wss://voice.relay.example` | Audio |

        ## Gateway <a name="gateway"></a>

        ### Close codes

        | Code | Meaning | Recommendation |
        |---|---|---|
        | 4000 | Unknown failure | Reconnect |
        | 4001 | Unknown opcode | Check the payload you sent |
        | 4004 | Authentication failed | Check your token |

        ## Voice

        ### Close codes

        | Code | Meaning |
        |---|---|
        | 4001 | Unknown protocol |
        | 4004 | Session timed out |
        | 4006 | Session no longer valid |

        """;

    private readonly PackedFeedFixture _feed;
    private readonly ITestOutputHelper _log;

    public SectionConsumerTests(PackedFeedFixture feed, ITestOutputHelper log)
    {
        _feed = feed;
        _log = log;
    }

    private string PackageReference =>
        $"""<PackageReference Include="ErrorCodeGen" Version="{_feed.PackageVersion}" PrivateAssets="all" />""";

    [Fact]
    public void One_page_two_sections_reusing_the_same_codes_give_two_catalogs()
    {
        var app = _feed.CreateConsumer("two-sections");
        app.Write("spec/relay.md", Page);
        // '#'s and ';' are written on purpose: the compiler's editorconfig would read them as comments.
        app.Write("Sections.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Relay</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                {PackageReference}
                <ErrorCodeSpec Include="spec/relay.md" Section="## Gateway > ### Close codes" EnumName="GatewayCloseCode" />
                <ErrorCodeSpec Include="spec/relay.md" Section="Voice; > Close codes" Namespace="Relay.Voice" EnumName="VoiceCloseCode" Accessibility="internal" />
              </ItemGroup>
            </Project>
            """);
        app.Write("Program.cs", """
            using System;
            using Relay;
            using Relay.Voice;

            internal static class Program
            {
                private static void Main()
                {
                    Console.WriteLine($"gateway {GatewayCloseCode.AuthenticationFailed.GetMeaning()} {(int)GatewayCloseCode.AuthenticationFailed} {GatewayCloseCodeExtensions.GetValues().Length}");
                    Console.WriteLine($"voice {((VoiceCloseCode)4004).GetMeaning()} {VoiceCloseCodeExtensions.IsDefined(4000)} {VoiceCloseCodeExtensions.GetValues().Length}");
                    Console.WriteLine($"gateway public={typeof(GatewayCloseCode).IsPublic} voice public={typeof(VoiceCloseCode).IsPublic}");
                }
            }
            """);

        var build = _feed.Build(app.Path, "Sections.csproj");
        _log.WriteLine(build.ToString());
        BuildAssert.Succeeded(build);
        BuildAssert.NoWarnings(build);

        var run = _feed.RunApp(app.Path, app.File($"bin/{_feed.Configuration}/net10.0/Sections.dll"));
        _log.WriteLine(run.ToString());
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            new[]
            {
                "gateway Authentication failed 4004 3",
                "voice Session timed out False 3",
                "gateway public=True voice public=False",
            },
            run.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Project_reference_as_analyzer_with_ErrorCodeSection_and_ErrorCodeSections_generates_one_catalog_per_section()
    {
        var generator = System.IO.Path.Combine(_feed.RepositoryRoot, "src", "ErrorCodeGen.Generator", "ErrorCodeGen.Generator.csproj");
        var app = _feed.CreateConsumer("analyzer-reference-sections");
        app.Write("spec/relay.md", Page);
        app.Write("spec/relay-copy.md", Page);
        app.Write("AnalyzerReferenceSections.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{generator}"
                                  OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <AdditionalFiles Include="spec/relay.md" ErrorCodeSpec="true" ErrorCodeNamespace="Relay"
                                 ErrorCodeSections="Gateway > Close codes => GatewayCloseCode | Voice > Close codes => internal Relay.Voice.VoiceCloseCode" />
                <AdditionalFiles Include="spec/relay-copy.md" ErrorCodeSpec="true" ErrorCodeNamespace="Relay.Copy"
                                 ErrorCodeEnumName="VoiceCode" ErrorCodeSection="Voice > Close codes" />
                <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ErrorCodeSpec" />
                <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ErrorCodeNamespace" />
                <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ErrorCodeEnumName" />
                <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ErrorCodeAccessibility" />
                <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ErrorCodeSection" />
                <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ErrorCodeSections" />
              </ItemGroup>
            </Project>
            """);
        app.Write("Program.cs", """
            using System;

            internal static class Program
            {
                private static void Main()
                {
                    Console.WriteLine(Relay.GatewayCloseCodeExtensions.GetMeaning(Relay.GatewayCloseCode.UnknownOpcode) + "|"
                        + Relay.Voice.VoiceCloseCodeExtensions.GetMeaning((Relay.Voice.VoiceCloseCode)4001) + "|"
                        + Relay.Copy.VoiceCodeExtensions.GetMeaning((Relay.Copy.VoiceCode)4006));
                }
            }
            """);

        var build = _feed.BuildWithMachinePackageFolder(app.Path, "AnalyzerReferenceSections.csproj", "-p:BuildProjectReferences=false", "-p:RestoreRecursive=false");
        _log.WriteLine(build.ToString());
        BuildAssert.Succeeded(build);
        BuildAssert.NoWarnings(build);

        var run = _feed.RunApp(app.Path, app.File($"bin/{_feed.Configuration}/net10.0/AnalyzerReferenceSections.dll"));
        _log.WriteLine(run.ToString());
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Unknown opcode|Unknown protocol|Session no longer valid", run.Output.Trim());
    }

    [Fact]
    public void Ambiguous_section_fails_the_build_at_the_heading_and_lists_the_candidates()
    {
        var app = _feed.CreateConsumer("ambiguous-section");
        app.Write("spec/relay.md", Page);
        app.Write("Ambiguous.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Relay</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                {PackageReference}
                <ErrorCodeSpec Include="spec/relay.md" Section="Close codes" />
              </ItemGroup>
            </Project>
            """);

        var build = _feed.Build(app.Path, "Ambiguous.csproj");
        _log.WriteLine(build.ToString());
        BuildAssert.Failed(build);
        var error = Assert.Single(BuildAssert.ErrorLines(build).Distinct());
        Assert.Contains("relay.md(16,1): error ECG1041:", error);
        Assert.Contains("'Relay Realtime API > Gateway > Close codes' (line 16)", error);
        Assert.Contains("'Relay Realtime API > Voice > Close codes' (line 26)", error);
    }
}
