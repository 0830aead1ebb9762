using System.Threading;
using System.Threading.Tasks;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Parsing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ErrorCodeGen.Analyzers.Tests;

/// <summary>A retired code (struck through in the spec, <c>[Obsolete]</c> in the enum) need not be handled by a switch.</summary>
public class RetiredCodeTests
{
    private const string Spec = "| Code | Meaning |\n|---|---|\n| 0 | Success |\n| 1 | Bad input |\n| ~~2~~ | Old limit |\n| 3 | Busy |\n";

    private static Test TestWith(string source)
    {
        var test = new Test(catalogInSource: false);
        test.TestState.Sources.Add(("/0/" + CatalogEmitter.CatalogAttributeHintName, CatalogEmitter.CatalogAttributeSource));
        test.TestState.Sources.Add(("/0/Retired.ErrorCode.g.cs", CatalogEmitter.Emit(SpecParser.Parse(Spec).Catalog, new CatalogEmitOptions("Retired", "ErrorCode"))));
        test.Source = source;
        return test;
    }

    [Fact]
    public async Task A_switch_that_handles_every_current_code_is_silent()
    {
        var test = TestWith("""
            using Retired;
            class C
            {
                string M(ErrorCode code) => code switch
                {
                    ErrorCode.Success => "ok",
                    ErrorCode.BadInput => "bad",
                    ErrorCode.Busy => "busy",
                };
            }
            """);
        // The compiler still says the switch is not exhaustive over every int (CS8509 is a warning the test ignores).
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_missing_current_code_is_still_reported_without_the_retired_one()
    {
        var test = TestWith("""
            using Retired;
            class C
            {
                string M(ErrorCode code) => code {|#0:switch|}
                {
                    ErrorCode.Success => "ok",
                    ErrorCode.BadInput => "bad",
                };
            }
            """);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        test.ExpectedDiagnostics.Add(new DiagnosticResult(ErrorCodeDiagnostics.UnhandledCodes).WithLocation(0)
            .WithArguments("Retired.ErrorCode", "1 code", "3 Busy"));
        await test.RunAsync(CancellationToken.None);
    }
}
