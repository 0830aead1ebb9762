using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
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
