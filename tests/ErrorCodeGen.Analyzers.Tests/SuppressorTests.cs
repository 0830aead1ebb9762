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

/// <summary>ECGS0001: CS8509 is suppressed on a switch expression exactly where ECG0001 reports the same switch.</summary>
public class SuppressorTests
{
    private const string Source = """
        using Acme.MarketData;

        namespace Sample
        {
            public enum Color { Red, Green }

            public sealed class Response { public int Code { get; set; } }

            public static class Uses
            {
                public static string OverCatalog(ErrorCode code) => code switch { ErrorCode.Success => "ok" };
                public static string OverOtherEnum(Color color) => color switch { Color.Red => "red" };
                public static string OverCodeMember(Response response) => response.Code switch { 0 => "ok", 1001 => "key" };
                public static string OverPlainInt(int x) => x switch { 1 => "one", 2 => "two" };
                public static string Complete(ErrorCode code) => code switch { ErrorCode.Success => "ok", _ => "error" };
            }
        }
        """;

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(bool ecg0001Off = false, bool withSuppressor = true)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(Source, parseOptions, "/src/Test.cs") };
        trees.AddRange(TestCatalog.Sources.Select(s => CSharpSyntaxTree.ParseText(s.Content, parseOptions, "/src/obj" + s.Path)));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary);
        if (ecg0001Off)
        {
            options = options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { [ErrorCodeDiagnostics.UnhandledCodesId] = ReportDiagnostic.Suppress });
        }

        var compilation = CSharpCompilation.Create("SuppressorTest", trees, Basic.Reference.Assemblies.Net100.References.All, options);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var withAnalyzers = compilation.WithAnalyzers(
            withSuppressor
                ? ImmutableArray.Create<DiagnosticAnalyzer>(new ErrorCodeSwitchAnalyzer(), new UnhandledSwitchExpressionSuppressor())
                : ImmutableArray.Create<DiagnosticAnalyzer>(new ErrorCodeSwitchAnalyzer()),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
        var all = await withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(all, d => d.Id == "AD0001");
        return all.Where(d => d.Location.SourceTree?.FilePath == "/src/Test.cs").ToImmutableArray();
    }

    /// <summary>The diagnostics with <paramref name="id"/> on the line that declares <paramref name="method"/>.</summary>
    private static Diagnostic[] On(ImmutableArray<Diagnostic> diagnostics, string id, string method)
    {
        var line = Source.Split('\n').Select((text, index) => (text, index)).Single(l => l.text.Contains(" " + method + "(")).index;
        return diagnostics.Where(d => d.Id == id && d.Location.GetLineSpan().StartLinePosition.Line == line).ToArray();
    }

    [Fact]
    public async Task CS8509_is_suppressed_where_ECG0001_reports_the_switch_and_kept_elsewhere()
    {
        var diagnostics = await AnalyzeAsync();

        // The catalog enum: ECG0001 names the codes; the compiler's CS8509 is suppressed by ECGS0001.
        Assert.Single(On(diagnostics, "ECG0001", "OverCatalog"));
        var catalog = Assert.Single(On(diagnostics, "CS8509", "OverCatalog"));
        Assert.True(catalog.IsSuppressed);

        // An int code member (response.Code): ECG0001 applies, so CS8509 goes too.
        Assert.Single(On(diagnostics, "ECG0001", "OverCodeMember"));
        Assert.True(Assert.Single(On(diagnostics, "CS8509", "OverCodeMember")).IsSuppressed);

        // Another enum and a plain int are not error codes: no ECG0001, and CS8509 stays.
        Assert.Empty(On(diagnostics, "ECG0001", "OverOtherEnum"));
        Assert.False(Assert.Single(On(diagnostics, "CS8509", "OverOtherEnum")).IsSuppressed);
        Assert.Empty(On(diagnostics, "ECG0001", "OverPlainInt"));
        Assert.False(Assert.Single(On(diagnostics, "CS8509", "OverPlainInt")).IsSuppressed);

        // A complete switch has neither.
        Assert.Empty(On(diagnostics, "CS8509", "Complete"));
        Assert.Empty(On(diagnostics, "ECG0001", "Complete"));
    }

    [Fact]
    public async Task Without_the_suppressor_the_same_switch_has_both_warnings()
    {
        var diagnostics = await AnalyzeAsync(withSuppressor: false);

        Assert.Single(On(diagnostics, "ECG0001", "OverCatalog"));
        Assert.False(Assert.Single(On(diagnostics, "CS8509", "OverCatalog")).IsSuppressed);
    }

    [Fact]
    public async Task With_ECG0001_turned_off_CS8509_is_not_suppressed()
    {
        var diagnostics = await AnalyzeAsync(ecg0001Off: true);

        Assert.Empty(diagnostics.Where(d => d.Id == "ECG0001"));
        Assert.False(Assert.Single(On(diagnostics, "CS8509", "OverCatalog")).IsSuppressed);
        Assert.False(Assert.Single(On(diagnostics, "CS8509", "OverCodeMember")).IsSuppressed);
    }

    [Fact]
    public void The_suppressor_names_CS8509_and_its_rule_page_exists()
    {
        var descriptor = Assert.Single(new UnhandledSwitchExpressionSuppressor().SupportedSuppressions);
        Assert.Equal(("ECGS0001", "CS8509"), (descriptor.Id, descriptor.SuppressedDiagnosticId));
        var page = System.IO.Path.Combine(RepositoryRoot(), "docs", "rules", "ECGS0001.md");
        Assert.True(System.IO.File.Exists(page), page);
        Assert.Contains("CS8509", System.IO.File.ReadAllText(page), System.StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new System.IO.DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "spec", "error-codes.md")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new System.InvalidOperationException("Repository root not found.");
    }
}
