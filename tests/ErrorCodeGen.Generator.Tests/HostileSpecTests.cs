using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ErrorCodeGen.Parsing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodeGen.Generator.Tests;

/// <summary>Strings from the spec never inject code, break XML docs or hide as bidi controls (Trojan Source).</summary>
public class HostileSpecTests
{
    private static readonly string Spec = string.Join("\n",
        "| Code | Meaning | Recommendation |",
        "|---|---|---|",
        "| 1 | Quote \" backslash \\\\ end */ and /// | `</summary><script>alert(1)</script>` & <b>more</b> |",
        "| 2 | Ошибка доступа | Use `{` and `}` then `\\|` |",
        "| 3 | class | default |",
        "| 4 | 404 page missing | - |",
        "| 5 | Evil \u202E reversed \u2066 isolate \u2069 | \u200B zero width \uFEFF bom |",
        "| 6 | Line<br>break | tab\there |",
        "",
        "#### 5 - Evil",
        "",
        "```json",
        "{ \"code\": 5, \"message\": \"a\\u202Eb\\n\\\"c\\\"\\\\d\\u2028e\\u0000f\" }",
        "```",
        "");

    private const string Probe = """
        using Hostile;
        /// <summary>Probe.</summary>
        public static class Probe
        {
            /// <summary>Run.</summary>
            /// <returns>Values.</returns>
            public static string[] Run() => new[]
            {
                ErrorCode._404PageMissing.GetMeaning(),
                ErrorCode.QuoteBackslashEndAnd.GetMeaning(),
                ErrorCode.QuoteBackslashEndAnd.GetRecommendation(),
                ErrorCode.ОшибкаДоступа.GetMeaning(),
                ErrorCode.ОшибкаДоступа.GetRecommendation(),
                ErrorCode.Class.GetRecommendation(),
                ErrorCode.EvilReversedIsolate.GetMeaning(),
                ErrorCode.EvilReversedIsolate.GetRecommendation(),
                ErrorCode.EvilReversedIsolate.GetMessage(),
                ErrorCodeMessages.EvilReversedIsolate,
                ErrorCode.LineBreak.GetMeaning(),
                ErrorCode.LineBreak.ToStringFast(),
            };
        }
        """;

    [Fact]
    public void Every_string_round_trips_and_the_code_compiles_clean()
    {
        var result = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/hostile.md", Spec, "Hostile") }, Probe);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompilationErrorsAndWarnings()); // includes CS1570-series: XML docs are well-formed

        var catalog = SpecParser.Parse(Spec).Catalog;
        string Meaning(int code) => catalog.Find(code)!.Meaning.Plain;
        string Recommendation(int code) => catalog.Find(code)!.Recommendation.Plain;
        var expected = new[]
        {
            Meaning(4), Meaning(1), Recommendation(1), Meaning(2), Recommendation(2), Recommendation(3),
            Meaning(5), Recommendation(5), "a\u202Eb\n\"c\"\\d\u2028e\0f", "a\u202Eb\n\"c\"\\d\u2028e\0f", Meaning(6), "LineBreak",
        };
        Assert.Equal(expected, GeneratorHarness.RunProbe<string[]>(result.Output));
        Assert.Contains("\u202E", Meaning(5));
        // A code span keeps its text; an HTML tag outside one renders to nothing.
        Assert.Equal("</summary><script>alert(1)</script> & more", Recommendation(1));
    }

    [Fact]
    public void No_bidi_or_invisible_character_reaches_the_generated_source_raw()
    {
        var source = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/hostile.md", Spec, "Hostile") }).Source("Hostile.ErrorCode.g.cs");
        foreach (var c in new[] { '\u202E', '\u2066', '\u2069', '\u200B', '\uFEFF', '\u2028', '\0' })
        {
            Assert.DoesNotContain(c.ToString(), source, StringComparison.Ordinal);
        }

        Assert.Contains("\\u202E", source, StringComparison.Ordinal);
        Assert.Contains("&#x202E;", source, StringComparison.Ordinal);
        Assert.Contains("Ошибка", source, StringComparison.Ordinal);
        var docLines = source.Split('\n').Where(line => line.TrimStart().StartsWith("///", StringComparison.Ordinal)).ToArray();
        Assert.DoesNotContain(docLines, line => line.Contains("<script>", StringComparison.Ordinal));
        Assert.Contains(docLines, line => line.Contains("&lt;/summary&gt;&lt;script&gt;", StringComparison.Ordinal));
    }
}
