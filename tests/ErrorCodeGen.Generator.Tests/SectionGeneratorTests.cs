using System.Collections.Generic;
using System.IO;
using System.Linq;
using ErrorCodeGen.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodeGen.Generator.Tests;

/// <summary>
/// Section selection through the generator: <c>ErrorCodeSection</c> (one catalog from part of a page) and
/// <c>ErrorCodeSections</c> (several catalogs from one page, one per section), with their diagnostics and caching.
/// </summary>
public class SectionGeneratorTests
{
    private const string Path = "/repo/spec/relay.md";

    // One page, two code tables that reuse the same numbers for different things, plus unrelated tables.
    private static readonly string Page = File.ReadAllText(TestPaths.CoreSpec("relay-close-codes.md"));

    private static SpecFile Spec(string text, params (string Name, string Value)[] metadata)
    {
        var values = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ErrorCodeSpec"] = "true" };
        foreach (var (name, value) in metadata)
        {
            values["build_metadata.AdditionalFiles." + name] = value;
        }

        return new SpecFile(Path, text, values);
    }

    private static Dictionary<string, int> Members(Compilation compilation, string fullName)
    {
        var type = compilation.GetTypeByMetadataName(fullName);
        Assert.NotNull(type);
        return type!.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToDictionary(f => f.Name, f => (int)f.ConstantValue!);
    }

    [Fact]
    public void The_whole_page_is_an_error_because_the_tables_reuse_codes()
    {
        var result = GeneratorHarness.Run(new[] { Spec(Page, ("ErrorCodeNamespace", "Relay")) });

        Assert.Contains(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void ErrorCodeSection_generates_the_catalog_of_that_section_only()
    {
        var result = GeneratorHarness.Run(new[] { Spec(Page, ("ErrorCodeNamespace", "Relay"), ("ErrorCodeEnumName", "VoiceCloseCode"), ("ErrorCodeSection", "Voice > Close codes")) });

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(result.CompilationErrorsAndWarnings());
        Assert.Equal(
            new Dictionary<string, int> { ["UnknownProtocol"] = 4001, ["SessionTimedOut"] = 4004, ["SessionNoLongerValid"] = 4006 },
            Members(result.Output, "Relay.VoiceCloseCode"));
        Assert.Contains("Relay Realtime API \u2014 Voice \u2014 Close codes", result.Source("Relay.VoiceCloseCode.g.cs"));
    }

    [Fact]
    public void ErrorCodeSections_generates_one_catalog_per_section_with_distinct_hint_names()
    {
        var result = GeneratorHarness.Run(new[]
        {
            Spec(Page,
                ("ErrorCodeNamespace", "Relay"),
                ("ErrorCodeSections", "Gateway > Close codes => GatewayCloseCode | Voice > Close codes => internal Relay.Voice.VoiceCloseCode")),
        });

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(result.CompilationErrorsAndWarnings());
        Assert.Equal(
            new[]
            {
                CatalogEmitter.CatalogAttributeHintName,
                "Relay.GatewayCloseCode.g.cs",
                "Relay.GatewayCloseCode.Integration.g.cs",
                "Relay.Voice.VoiceCloseCode.g.cs",
                "Relay.Voice.VoiceCloseCode.Integration.g.cs",
            }.OrderBy(n => n, System.StringComparer.Ordinal),
            result.Run.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal));

        Assert.Equal(
            new Dictionary<string, int> { ["UnknownFailure"] = 4000, ["UnknownOpcode"] = 4001, ["AuthenticationFailed"] = 4004 },
            Members(result.Output, "Relay.GatewayCloseCode"));
        Assert.Equal(
            new Dictionary<string, int> { ["UnknownProtocol"] = 4001, ["SessionTimedOut"] = 4004, ["SessionNoLongerValid"] = 4006 },
            Members(result.Output, "Relay.Voice.VoiceCloseCode"));
        Assert.Equal(Accessibility.Public, result.Output.GetTypeByMetadataName("Relay.GatewayCloseCode")!.DeclaredAccessibility);
        Assert.Equal(Accessibility.Internal, result.Output.GetTypeByMetadataName("Relay.Voice.VoiceCloseCode")!.DeclaredAccessibility);
    }

    [Fact]
    public void The_two_catalogs_answer_for_their_own_codes()
    {
        var probe = """
            public static class Probe
            {
                public static string Run() =>
                    Relay.GatewayCloseCodeExtensions.GetMeaning((Relay.GatewayCloseCode)4004) + "|" +
                    Relay.VoiceCloseCodeExtensions.GetMeaning((Relay.VoiceCloseCode)4004) + "|" +
                    Relay.VoiceCloseCodeExtensions.IsDefined(4000);
            }
            """;
        var result = GeneratorHarness.Run(
            new[] { Spec(Page, ("ErrorCodeNamespace", "Relay"), ("ErrorCodeSections", "Gateway > Close codes => GatewayCloseCode|Voice > Close codes => VoiceCloseCode|")) },
            probe);

        Assert.Equal("Authentication failed|Session timed out|False", GeneratorHarness.RunProbe<string>(result.Output));
    }

    [Fact]
    public void An_ambiguous_section_is_located_in_the_page_and_the_other_sections_still_generate()
    {
        var result = GeneratorHarness.Run(new[]
        {
            Spec(Page, ("ErrorCodeNamespace", "Relay"), ("ErrorCodeSections", "Close codes => AnyCloseCode | Voice > Close codes => VoiceCloseCode")),
        });

        var diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal("ECG1041", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((Path, 11), (span.Path, span.StartLinePosition.Line));
        Assert.Contains("'Relay Realtime API > Gateway > Close codes' (line 12)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("'Relay Realtime API > Voice > Close codes' (line 22)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        // Like any spec error: the catalog is still emitted, empty, so code that names it gets no follow-on errors.
        Assert.Empty(Members(result.Output, "Relay.AnyCloseCode"));
        Assert.NotNull(result.Output.GetTypeByMetadataName("Relay.VoiceCloseCode"));
        Assert.Empty(result.CompilationErrorsAndWarnings());
    }

    [Fact]
    public void A_section_that_matches_nothing_names_the_candidates()
    {
        var result = GeneratorHarness.Run(new[] { Spec(Page, ("ErrorCodeSection", "Voice > Error codes")) });

        var diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal("ECG1040", diagnostic.Id);
        Assert.Equal(19, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("'Relay Realtime API > Voice > Close codes' (line 22)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(Members(result.Output, "Sample.ErrorCode"));
        Assert.Empty(result.CompilationErrorsAndWarnings());
    }

    [Theory]
    [InlineData("Gateway > Close codes", "ErrorCodeSections")]
    [InlineData("Gateway > Close codes => ", "ErrorCodeSections")]
    public void A_sections_entry_without_an_enum_name_is_an_invalid_option(string sections, string option)
    {
        var result = GeneratorHarness.Run(new[] { Spec(Page, ("ErrorCodeSections", sections)) });

        var diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal("ECG1016", diagnostic.Id);
        Assert.Matches("^AdditionalFiles item '[^']+' \\(Section '[^']+'\\): " + option + " '", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(result.Run.Results.Single().GeneratedSources);
    }

    [Fact]
    public void Section_and_sections_together_are_an_invalid_option()
    {
        var result = GeneratorHarness.Run(new[] { Spec(Page, ("ErrorCodeSection", "Voice"), ("ErrorCodeSections", "Gateway => GatewayCloseCode")) });

        var diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal("ECG1016", diagnostic.Id);
        Assert.Contains("not both", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Two_sections_with_the_same_enum_name_are_an_error_on_the_second()
    {
        var result = GeneratorHarness.Run(new[]
        {
            Spec(Page, ("ErrorCodeNamespace", "Relay"), ("ErrorCodeSections", "Voice > Close codes => CloseCode | Gateway > Close codes => CloseCode")),
        });

        var diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal("ECG1015", diagnostic.Id);
        // Sections are taken in ordinal order: "Gateway > Close codes" wins, whatever the order of the entries.
        Assert.Equal(4000, Members(result.Output, "Relay.CloseCode")["UnknownFailure"]);
    }

    [Fact]
    public void Unrelated_source_edit_leaves_every_section_cached()
    {
        var spec = Spec(Page, ("ErrorCodeNamespace", "Relay"), ("ErrorCodeSections", "Gateway > Close codes => GatewayCloseCode | Voice > Close codes => VoiceCloseCode"));
        var driver = GeneratorHarness.CreateDriver(new[] { spec }, trackSteps: true);
        var compilation = GeneratorHarness.Compilation();
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Sample { internal static class Other { } }", new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose)));
        driver = (CSharpGeneratorDriver)driver.RunGenerators(edited);
        var run = driver.GetRunResult().Results.Single();

        var catalogs = run.TrackedSteps[ErrorCodeGenerator.TrackingNames.Catalogs].SelectMany(step => step.Outputs).ToArray();
        Assert.Equal(2, catalogs.Length);
        Assert.All(
            run.TrackedSteps.Where(step => step.Key is ErrorCodeGenerator.TrackingNames.Requests or ErrorCodeGenerator.TrackingNames.Catalogs)
                .SelectMany(step => step.Value).SelectMany(step => step.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.All(run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Changing_one_section_reruns_only_its_catalog()
    {
        var before = Spec(Page, ("ErrorCodeNamespace", "Relay"), ("ErrorCodeSections", "Gateway > Close codes => GatewayCloseCode | Voice > Close codes => VoiceCloseCode"));
        var after = Spec(Page, ("ErrorCodeNamespace", "Relay"), ("ErrorCodeSections", "Gateway > Close codes => GatewayCloseCode | Voice => VoiceCloseCode"));
        var driver = GeneratorHarness.CreateDriver(new[] { before }, trackSteps: true);
        var compilation = GeneratorHarness.Compilation();
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);
        driver = (CSharpGeneratorDriver)driver.WithUpdatedAnalyzerConfigOptions(
            new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Sample" }, new Dictionary<string, IReadOnlyDictionary<string, string>> { [Path] = after.Metadata }));
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);
        var run = driver.GetRunResult().Results.Single();

        var requests = run.TrackedSteps[ErrorCodeGenerator.TrackingNames.Requests].SelectMany(step => step.Outputs).Select(o => o.Reason).ToArray();
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified }, requests);
        var catalogs = run.TrackedSteps[ErrorCodeGenerator.TrackingNames.Catalogs].Select(step => step.Outputs.Single().Reason).ToArray();
        // The untouched section's catalog is served from the cache; the changed one is parsed again (and differs).
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, catalogs);
    }
}
