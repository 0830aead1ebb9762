using System.Linq;
using System.Text;
using ErrorCodeGen.Parsing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodeGen.Generator.Tests;

/// <summary>Huge specs complete (no timing asserted here: see README "Limits" for the measured cost); oversize ones are a diagnostic.</summary>
public class BigSpecTests
{
    private static string Rows(int count)
    {
        var builder = new StringBuilder("| Code | Meaning | Recommendation | HTTP |\n|---|---|---|---|\n");
        for (var i = 0; i < count; i++)
        {
            builder.Append("| ").Append(i).Append(" | Error number ").Append(i).Append(" | Retry later | 503 |\n");
        }

        return builder.ToString();
    }

    [Fact]
    public void A_100000_row_spec_generates_every_code()
    {
        var result = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/big.md", Rows(100_000), "Big") });
        Assert.Empty(result.GeneratorDiagnostics);
        var source = result.Source("Big.ErrorCode.g.cs");
        Assert.Contains("ErrorNumber99999 = 99999,", source);
        Assert.Contains("uint offset = unchecked((uint)(code - (0)));", source); // dense codes: a direct offset table, not a binary search
    }

    [Fact]
    public void A_10_MB_spec_completes()
    {
        var builder = new StringBuilder(Rows(2000));
        for (var i = 0; builder.Length < 10_000_000; i++)
        {
            builder.Append("\n#### ").Append(i % 2000).Append(" - Error\n\n**Causes**:\n- a cause long enough to make the section realistic in size\n\n")
                .Append("Notes that go on for a while, as notes in detail sections do.\n");
        }

        var result = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/ten.md", builder.ToString(), "Ten") });
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("ErrorNumber1999 = 1999,", result.Source("Ten.ErrorCode.g.cs"));
    }

    [Fact]
    public void An_oversize_spec_is_a_located_error_not_a_hang()
    {
        var result = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/huge.md", new string(' ', SpecParser.MaxLength + 1), "Huge") });
        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("ECG1017", diagnostic.Id);
        Assert.Equal("/repo/huge.md", diagnostic.Location.GetLineSpan().Path);
    }
}
