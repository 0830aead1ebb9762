using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ErrorCodeGen.Analyzers.Tests;

/// <summary>
/// Severities and options as a real build applies them: an .editorconfig parsed by the compiler's own
/// <see cref="AnalyzerConfigSet"/>, no testing framework in between (it turns every rule on by itself).
/// </summary>
public sealed class EditorConfigTests
{
    private const string Source = """
        using Acme.MarketData;

        class C
        {
            void M(ErrorCode code, int raw)
            {
                switch (code)
                {
                    case ErrorCode.Success:
                        break;
                    default:
                        break;
                }

                switch (code)
                {
                    case < ErrorCode.ServiceTemporarilyUnavailable:
                        break;
                }
            }
        }
        """;

    [Fact]
    public void Descriptors_have_help_links_to_their_rule_pages_and_ECG0003_is_off_by_default()
    {
        var analyzer = new ErrorCodeSwitchAnalyzer();
        foreach (var descriptor in analyzer.SupportedDiagnostics)
        {
            Assert.Equal("https://github.com/errorcodegen/ErrorCodeGen/blob/main/docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
        }

        Assert.True(ErrorCodeDiagnostics.UnhandledCodes.IsEnabledByDefault);
        Assert.True(ErrorCodeDiagnostics.UnknownCode.IsEnabledByDefault);
        Assert.False(ErrorCodeDiagnostics.CodesOnlyInDefault.IsEnabledByDefault);
    }

    [Fact]
    public async Task Without_editorconfig_ECG0001_is_a_warning_and_ECG0003_is_off()
    {
        var diagnostics = await AnalyzeAsync(Source, editorConfig: null);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("ECG0001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(14, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public async Task Editorconfig_makes_ECG0001_an_error_and_turns_ECG0003_on()
    {
        var diagnostics = await AnalyzeAsync(
            Source,
            "root = true\n\n[*.cs]\ndotnet_diagnostic.ECG0001.severity = error\ndotnet_diagnostic.ECG0003.severity = warning\n");
        Assert.Collection(
            diagnostics.OrderBy(d => d.Id),
            d => Assert.Equal(("ECG0001", DiagnosticSeverity.Error), (d.Id, d.Severity)),
            d =>
            {
                Assert.Equal(("ECG0003", DiagnosticSeverity.Warning), (d.Id, d.Severity));
                Assert.Equal(6, d.Location.GetLineSpan().StartLinePosition.Line);
                Assert.Equal("19 codes", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split(" only")[0].Split("handles ")[1]);
            });
    }

    [Fact]
    public async Task Editorconfig_can_turn_ECG0001_off()
    {
        var diagnostics = await AnalyzeAsync(Source, "root = true\n\n[*.cs]\ndotnet_diagnostic.ECG0001.severity = none\n");
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Missing_codes_travel_in_the_diagnostic_properties()
    {
        var diagnostics = await AnalyzeAsync(Source, editorConfig: null);
        var diagnostic = Assert.Single(diagnostics);
        Assert.True(SwitchFixPlan.TryDecode(diagnostic.Properties, out var plan));
        Assert.Equal(SwitchKind.Enum, plan.Kind);
        Assert.Equal("global::" + TestCatalog.FullName, plan.EnumType);
        Assert.Null(plan.Member);
        Assert.Equal(1, plan.InsertAt);
        var location = Assert.Single(diagnostic.AdditionalLocations);
        var node = location.SourceTree!.GetRoot().FindNode(location.SourceSpan);
        var statement = Assert.IsType<Microsoft.CodeAnalysis.CSharp.Syntax.SwitchStatementSyntax>(node);
        Assert.Equal(location.SourceSpan, statement.Span);
        Assert.Contains("case < ErrorCode.ServiceTemporarilyUnavailable:", statement.ToString(), System.StringComparison.Ordinal);
        var code = Assert.Single(plan.Codes);
        Assert.Equal(new MissingCode(5002, "ServiceTemporarilyUnavailable", "Service", "Retry later", null), code);
    }

    internal static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, string? editorConfig)
    {
        const string path = "/src/Test.cs";
        var configs = editorConfig is null
            ? ImmutableArray<AnalyzerConfig>.Empty
            : ImmutableArray.Create(AnalyzerConfig.Parse(editorConfig, "/src/.editorconfig"));
        var set = AnalyzerConfigSet.Create(configs);
        var result = set.GetOptionsForSourcePath(path);

        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(source, parseOptions, path) };
        trees.AddRange(TestCatalog.Sources.Select(s => CSharpSyntaxTree.ParseText(s.Content, parseOptions, "/src/obj" + s.Path)));
        var compilation = CSharpCompilation.Create(
            "EditorConfigTest",
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithSyntaxTreeOptionsProvider(new TreeOptions(trees[0], result.TreeOptions)));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ConfigOptionsProvider(trees[0], result.AnalyzerOptions));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ErrorCodeSwitchAnalyzer()), options);
        var all = await withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(all, d => d.Id == "AD0001");
        return all.Where(d => d.Id.StartsWith("ECG", System.StringComparison.Ordinal)).ToImmutableArray();
    }

    private sealed class TreeOptions(SyntaxTree tree, ImmutableDictionary<string, ReportDiagnostic> severities) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree syntaxTree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree syntaxTree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            if (syntaxTree == tree && severities.TryGetValue(diagnosticId, out severity))
            {
                return true;
            }

            severity = ReportDiagnostic.Default;
            return false;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }
    }

    private sealed class ConfigOptionsProvider(SyntaxTree tree, ImmutableDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree syntaxTree) => syntaxTree == tree ? new DictionaryOptions(values) : Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
