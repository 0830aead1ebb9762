using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ErrorCodeGen.Analyzers.Tests;

/// <summary>The analyzer never throws (no AD0001) on code a user has half typed, on huge or deep switches, and stops when cancelled.</summary>
public sealed class AnalyzerRobustnessTests
{
    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, Exception[] Exceptions)> AnalyzeAsync(string source, CancellationToken cancellationToken = default)
    {
        var trees = TestCatalog.Sources.Select(s => CSharpSyntaxTree.ParseText(s.Content, path: s.Path))
            .Append(CSharpSyntaxTree.ParseText(AnalyzerTests.Preamble + source, path: "/0/Test0.cs"));
        var compilation = CSharpCompilation.Create("Robust", trees, Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ErrorCodeSwitchAnalyzer()), options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
        return (diagnostics, exceptions.ToArray());
    }

    [Theory]
    [InlineData("class C { void M(Response r) { switch (r.Error) { case ErrorCode. : break; case } } }")]
    [InlineData("class C { void M(Response r) { switch () { case 1001: break; } } }")]
    [InlineData("class C { void M(Response r) { switch (undefinedValue) { case 1001: case 1002: break; } } }")]
    [InlineData("class C { void M(Response r) { switch ((Unknown)r.Code) { case Unknown.A: break; } } }")]
    [InlineData("class C { int M(Response r) => r.Error switch { ErrorCode.Success => 1, => 2, }; }")]
    [InlineData("class C { int M(Response r) => r.Code switch { 1001 => 1, 1002 or => 2 }; }")]
    [InlineData("class C { void M(Response r) { switch (r.Code) { case > : break; case 1001 and : break; } } }")]
    [InlineData("class C { void M(Response r) { switch (r.Error) { case (ErrorCode)\"x\": break; case ErrorCode.Missing: break; } } }")]
    [InlineData("class C { void M(Response r) { switch (r.Code) { case 1001 when: break; case 1002: default } } }")]
    [InlineData("class C { void M(Response r) { switch (r.MaybeError) { case null: break; case { } e when e.IsRetryable(): break; } }")]
    [InlineData("class C { void M(Response r) { switch (r.Code) { case int.MaxValue: case int.MinValue: case 1001 + 1: case 1001 / 0: break; } } }")]
    public async Task Incomplete_or_broken_code_never_throws(string source)
    {
        var (_, exceptions) = await AnalyzeAsync(source);
        Assert.Empty(exceptions);
    }

    [Fact]
    public async Task A_switch_with_ten_thousand_cases_is_analyzed_once()
    {
        var builder = new StringBuilder("class C { void M(Response r) { switch (r.Code) {\n");
        for (var i = 0; i < 10_000; i++)
        {
            builder.Append("case ").Append(i).Append(": break;\n");
        }

        builder.Append("} } }");
        var (diagnostics, exceptions) = await AnalyzeAsync(builder.ToString());
        Assert.Empty(exceptions);
        // Labels 0..9999 include all 20 codes, so nothing is missing; every other label is reported as not a code.
        Assert.DoesNotContain(diagnostics, d => d.Id == "ECG0001");
        Assert.Equal(10_000 - 20, diagnostics.Count(d => d.Id == "ECG0002"));
    }

    [Fact]
    public async Task Deeply_nested_switches_are_each_reported()
    {
        const int depth = 150;
        var builder = new StringBuilder("class C { void M(Response r) {\n");
        for (var i = 0; i < depth; i++)
        {
            builder.Append("switch (r.Error) { case ErrorCode.Success:\n");
        }

        for (var i = 0; i < depth; i++)
        {
            builder.Append("break; }\n");
        }

        builder.Append("} }");
        var (diagnostics, exceptions) = await AnalyzeAsync(builder.ToString());
        Assert.Empty(exceptions);
        Assert.Equal(depth, diagnostics.Count(d => d.Id == "ECG0001"));
    }

    [Fact]
    public async Task A_cancelled_analysis_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            AnalyzeAsync("class C { void M(Response r) { switch (r.Error) { case ErrorCode.Success: break; } } }", cancelled.Token));
    }
}
