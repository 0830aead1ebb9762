using System.IO;
using System.Linq;
using ErrorCodeGen.Model;
using ErrorCodeGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodeGen.Generator.Tests;

/// <summary>String-code catalogs through the generator: they compile on net10.0 and C# 7.3, and every wire code round-trips.</summary>
public class StringCodeGeneratorTests
{
    private static string SpecText(string file) => File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Specs", file));

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>
    /// A probe that checks, for every entry, <c>TryFromWireCode(wire) == member</c>, <c>GetWireCode(member) == wire</c> and
    /// the <c>EWireCodes</c> constant, then that near misses (case, prefix, suffix, truncation, null, empty) are unknown.
    /// </summary>
    private static string RoundTripProbe(Catalog catalog, string ns)
    {
        var checks = catalog.Entries.Select(e =>
            "if (!ErrorCodeExtensions.TryFromWireCode(" + Literal(e.WireCode!) + ", out v) || v != ErrorCode." + e.Name + " || (int)v != " + e.Code
            + " || ErrorCode." + e.Name + ".GetWireCode() != " + Literal(e.WireCode!) + " || ErrorCodeWireCodes." + e.Name + " != " + Literal(e.WireCode!) + ") return false;");
        var misses = catalog.Entries.SelectMany(e => new[] { e.WireCode!.ToLowerInvariant() == e.WireCode ? e.WireCode.ToUpperInvariant() : e.WireCode.ToLowerInvariant(), e.WireCode + "X", "X" + e.WireCode, e.WireCode.Substring(0, e.WireCode.Length - 1) })
            .Where(m => catalog.FindWireCode(m) is null)
            .Select(m => "if (ErrorCodeExtensions.TryFromWireCode(" + Literal(m) + ", out v)) return false;");
        // The probe names retired ([Obsolete]) members on purpose; the generated code itself must still have no warning.
        return "#pragma warning disable CS0618\nusing " + ns + ";\n/// <summary>Probe.</summary>\npublic static class Probe {\n/// <summary>Run.</summary>\n/// <returns>True when every check passed.</returns>\npublic static bool Run() {\nErrorCode v;\n"
            + string.Join("\n", checks) + "\n" + string.Join("\n", misses)
            + "\nif (ErrorCodeExtensions.TryFromWireCode(null, out v) || v != default(ErrorCode)) return false;"
            + "\nif (ErrorCodeExtensions.TryFromWireCode(string.Empty, out v)) return false;"
            + "\nif (ErrorCodeExtensions.TryFromWireCode(new string('Z', 300), out v)) return false;"
            + "\nif (((ErrorCode)12345).GetWireCode() != string.Empty) return false;"
            + "\nreturn true; } }";
    }

    [Theory]
    [InlineData("string-codes.md")]
    [InlineData("string-codes-mixed-case.md")]
    [InlineData("rpc-status.md")]
    [InlineData("string-code-headings.md")]
    [InlineData("string-code-headings-camel.md")]
    [InlineData("string-codes-details.md")]
    public void Every_wire_code_round_trips_on_net10(string file)
    {
        var text = SpecText(file);
        var catalog = SpecParser.Parse(text).Catalog;
        Assert.True(catalog.HasWireCodes);
        var result = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/" + file, text, "Wire") }, RoundTripProbe(catalog, "Wire"));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompilationErrorsAndWarnings());
        Assert.True(GeneratorHarness.RunProbe<bool>(result.Output));
    }

    [Theory]
    [InlineData("string-codes.md")]
    [InlineData("rpc-status.md")]
    [InlineData("string-code-headings.md")]
    public void Compiles_without_warnings_on_csharp_7_3_and_netstandard_2_0(string file)
    {
        var text = SpecText(file);
        var catalog = SpecParser.Parse(text).Catalog;
        var result = GeneratorHarness.Run(
            new[] { SpecFile.Spec("/repo/" + file, text, "Wire") },
            RoundTripProbe(catalog, "Wire"),
            parseOptions: new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose),
            references: Basic.Reference.Assemblies.NetStandard20.References.All,
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, generalDiagnosticOption: ReportDiagnostic.Error, warningLevel: 9999));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.Output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
        using var stream = new MemoryStream();
        Assert.True(result.Output.Emit(stream).Success);
    }

    [Theory]
    [InlineData(200, "ERR_CODE_", "slot")]
    [InlineData(40, "AAAAAAAAAA", "switch (code)")]
    public void Large_and_look_alike_code_sets_round_trip_through_the_hash_or_its_switch_fallback(int count, string stem, string lookupShape)
    {
        var codes = Enumerable.Range(0, count).Select(i => count == 40
            ? stem + "BCDEFGHIJKLMNOPQRSTUVWXYZ0123456789bcdefg"[i] + "AAAAAAAAAA"
            : stem + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        var text = "# Big\n\n| Code | Meaning | HTTP |\n|---|---|---|\n" + string.Join("\n", codes.Select((c, i) => "| " + c + " | Code number " + i + " | 400 |")) + "\n";
        var catalog = SpecParser.Parse(text).Catalog;
        Assert.Equal(count, catalog.Entries.Count);
        var result = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/big.md", text, "Wire") }, RoundTripProbe(catalog, "Wire"));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompilationErrorsAndWarnings());
        Assert.Contains(lookupShape, result.Source("Wire.ErrorCode.g.cs"));
        Assert.True(GeneratorHarness.RunProbe<bool>(result.Output));
    }

    [Theory]
    [InlineData("string-code-headings.md", "M_FORBIDDEN", "You are not a member of this room.")]
    [InlineData("string-code-headings.md", "M_LIMIT_EXCEEDED", "Slow down.")]
    [InlineData("string-codes-details.md", "card_declined", "Your card was declined.")]
    [InlineData("string-codes-details.md", "rate_limited", "Slow down and retry after a second.")]
    [InlineData("string-codes-details.md", "expired_card", "The card has expired.")]
    public void The_message_of_a_string_code_comes_from_the_json_example_of_its_section(string file, string wire, string message)
    {
        var probe = "/// <summary>Probe.</summary>\npublic static class Probe {\n/// <summary>Run.</summary>\n/// <returns>The message.</returns>\npublic static string Run() { Wire.ErrorCode v; return Wire.ErrorCodeExtensions.TryFromWireCode("
            + Literal(wire) + ", out v) ? Wire.ErrorCodeExtensions.GetMessage(v) : \"not found\"; } }";
        var result = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/" + file, SpecText(file), "Wire") }, probe);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompilationErrorsAndWarnings());
        Assert.Equal(message, GeneratorHarness.RunProbe<string>(result.Output));
    }

    [Fact]
    public void A_member_named_like_the_wire_code_table_is_reserved()
    {
        var text = "| Code | Name | Meaning |\n|---|---|---|\n| E_ONE | ErrorCodeWireCodes | One |\n| E_TWO | Two | Two |\n";
        var result = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/r.md", text, "Wire") });
        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "ECG1019" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("E_ONE"));
        Assert.Empty(result.CompilationErrorsAndWarnings());
    }

    [Fact]
    public void Spec_text_in_wire_codes_and_meanings_is_escaped()
    {
        var text = "| Code | Meaning |\n|---|---|\n| E_QUOTE | Says \"hi\" \\\\ */ <b> |\n| E_OTHER | Fine |\n";
        var result = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/e.md", text, "Wire") });
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompilationErrorsAndWarnings());
    }

    [Fact]
    public void A_retired_string_code_compiles_without_obsolete_warnings_and_still_round_trips()
    {
        var text = "| Code | Meaning |\n|---|---|\n| E_ONE | One |\n| ~~E_OLD~~ | Retired |\n| E_TWO | Two |\n";
        var probe = "/// <summary>Probe.</summary>\npublic static class Probe {\n/// <summary>Run.</summary>\n/// <returns>True.</returns>\npublic static bool Run() { Wire.ErrorCode v; return Wire.ErrorCodeExtensions.TryFromWireCode(\"E_OLD\", out v) && (int)v == 2 && Wire.ErrorCodeExtensions.GetWireCode(v) == \"E_OLD\"; } }";
        var result = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/retired.md", text, "Wire") }, probe);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompilationErrorsAndWarnings());
        Assert.True(GeneratorHarness.RunProbe<bool>(result.Output));
    }
}
