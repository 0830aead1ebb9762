using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodeGen.Generator.Tests.Properties;

/// <summary>
/// The generated code → index lookups (direct table, <c>code % M</c> table, binary search) agree with the set of codes
/// for any code set: dense, sparse, negative, near int.MinValue/MaxValue. Forty catalogs share one compilation.
/// </summary>
public class LookupPropertyTests
{
    private const int Batch = 40;

    private static readonly Gen<int[]> CodeSet = Gen.OneOf(
        Gen.Int[-50, 300].Array[1, 60],
        Gen.Int.Array[1, 40],
        Gen.Select(Gen.Int[-3, 3], Gen.Int[1, 400]).Select((start, count) => Enumerable.Range(start * 1000, count).ToArray()),
        Gen.Int[0, 9].SelectMany(thousands => Gen.Int[0, 12].Array[1, 30].Select(offsets => offsets.Select(o => (thousands * 1000) + o).ToArray())))
        .Select(codes => codes.Distinct().ToArray());

    private static void LookupsAgree(int[][] sets)
    {
        var probe = new StringBuilder("public static class Probe { public static string Run() { var failures = new System.Text.StringBuilder();\n");
        var files = sets.Select((codes, i) =>
        {
            var spec = new StringBuilder("| Code | Meaning | HTTP | Retry |\n|---|---|---|---|\n");
            foreach (var code in codes)
            {
                spec.Append("| ").Append(code).Append(" | E").Append((uint)code).Append(" | 400 | DoNotRetry |\n");
            }

            var sample = codes.Take(60).ToArray();
            var probes = sample.Concat(sample.Select(c => unchecked(c + 1))).Concat(sample.Select(c => unchecked(c - 1)))
                .Concat(new[] { 0, int.MinValue, int.MaxValue, 65536, -65536 }).Distinct();
            foreach (var value in probes)
            {
                var expected = codes.Contains(value) ? "true" : "false";
                probe.Append("if (N").Append(i).Append(".ErrorCodeExtensions.IsDefined(").Append(value).Append(") != ").Append(expected)
                    .Append(") failures.Append(\"N").Append(i).Append(' ').Append(value).Append(";\");\n");
            }

            return SpecFile.Spec("/repo/s" + i + ".md", spec.ToString(), "N" + i);
        }).ToArray();
        probe.Append("return failures.ToString(); } }");

        var result = GeneratorHarness.Run(files, probe.ToString(), options: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, checkOverflow: true)); // a consumer may build with CheckForOverflowUnderflow
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(string.Empty, GeneratorHarness.RunProbe<string>(result.Output));
    }

    [Fact]
    public void IsDefined_agrees_with_the_code_set() =>
        CodeSet.Array[Batch].Sample(LookupsAgree, seed: ErrorCodeGen.Tests.Properties.SpecGen.Seed, iter: 3, threads: 1);
}

/// <summary>
/// The generated <c>TryFromWireCode</c> (perfect hash or its switch fallback) agrees with the set of wire codes for any
/// set of string codes: short and long, sharing prefixes and suffixes, differing in case only, many look-alikes; probes
/// include near misses (a character changed, added, dropped, the case flipped). Forty catalogs share one compilation,
/// built with overflow checks on.
/// </summary>
public class WireCodeLookupPropertyTests
{
    private const int Batch = 40;

    private static readonly Gen<string> Letter = Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"].Select(c => c.ToString());

    private static readonly Gen<string> Tail = Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.:"].Array[0, 14].Select(chars => new string(chars));

    private static readonly Gen<string[]> CodeSet = Gen.OneOf(
        Gen.Select(Letter, Tail).Select((first, tail) => first + tail).Array[1, 50],
        Gen.Select(Letter, Tail).Select((first, tail) => "ERR_" + first + tail).Array[1, 50],
        Gen.Int[1, 300].Select(count => Enumerable.Range(0, count).Select(i => "E_" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToArray()),
        Gen.Select(Letter, Tail).Select((first, tail) => first + tail).Array[1, 20].Select(codes => codes.Concat(codes.Select(c => c.ToUpperInvariant())).ToArray()))
        .Select(codes => codes.Distinct(StringComparer.Ordinal).ToArray());

    private static string Flip(string code) => new(code.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray());

    private static void LookupsAgree(string[][] sets)
    {
        var probe = new StringBuilder("public static class Probe { public static string Run() { var failures = new System.Text.StringBuilder();\n");
        var files = sets.Select((codes, i) =>
        {
            // Names in a Name column: the codes of a set may collide as member names (case-only variants) by design.
            var spec = new StringBuilder("| Code | Name | Meaning | HTTP | Retry |\n|---|---|---|---|---|\n");
            for (var k = 0; k < codes.Length; k++)
            {
                spec.Append("| `").Append(codes[k]).Append("` | M").Append(k).Append(" | Meaning ").Append(k).Append(" | 400 | DoNotRetry |\n");
            }

            var sample = codes.Take(60).ToArray();
            var probes = sample
                .Concat(sample.Select(c => c + "x"))
                .Concat(sample.Where(c => c.Length > 1).Select(c => c.Substring(0, c.Length - 1)))
                .Concat(sample.Select(Flip))
                .Concat(sample.Select(c => "Q" + c.Substring(1)))
                .Concat(new[] { string.Empty, "A", new string('Z', 40) })
                .Distinct(StringComparer.Ordinal);
            foreach (var text in probes)
            {
                var index = Array.IndexOf(codes, text);
                var literal = SymbolDisplay.FormatLiteral(text, quote: true);
                probe.Append("{ N").Append(i).Append(".ErrorCode v; bool found = N").Append(i).Append(".ErrorCodeExtensions.TryFromWireCode(").Append(literal).Append(", out v); ");
                probe.Append(index >= 0
                    ? "if (!found || (int)v != " + (index + 1) + " || N" + i + ".ErrorCodeExtensions.GetWireCode(v) != " + literal + ")"
                    : "if (found)");
                probe.Append(" failures.Append(\"N").Append(i).Append(' ').Append(literal.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append(";\"); }\n");
            }

            return SpecFile.Spec("/repo/w" + i + ".md", spec.ToString(), "N" + i);
        }).ToArray();
        probe.Append("if (N0.ErrorCodeExtensions.TryFromWireCode(null, out _)) failures.Append(\"null\");\nreturn failures.ToString(); } }");

        var result = GeneratorHarness.Run(files, probe.ToString(), options: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, checkOverflow: true));
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(string.Empty, GeneratorHarness.RunProbe<string>(result.Output));
    }

    [Fact]
    public void TryFromWireCode_agrees_with_the_wire_code_set() =>
        CodeSet.Array[Batch].Sample(LookupsAgree, seed: ErrorCodeGen.Tests.Properties.SpecGen.Seed, iter: 3, threads: 1);
}
