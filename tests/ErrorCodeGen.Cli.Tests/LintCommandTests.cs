using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ErrorCodeGen.Cli.Tests;

public sealed class LintCommandTests
{
    [Fact]
    public void Help_lists_the_accepted_header_names()
    {
        var run = CliRun.Of("lint", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("code: Code, Error Code, Error, ID, Error ID", run.Output);
        Assert.Contains("retry: Retry, Retryable, Retriable", run.Output);
    }

    [Fact]
    public void Root_help_is_short_and_leaves_the_header_names_to_lint_help()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Table header names", run.Output);
        Assert.DoesNotContain("Error Code, Error, ID", run.Output);
        Assert.Contains("lint <spec>", run.Output);
        Assert.True(run.Output.Split('\n').Length <= 25, "The root help has " + run.Output.Split('\n').Length + " lines:\n" + run.Output);
        Assert.Contains("Table header names accepted", CliRun.Of("lint", "--help").Output);
        Assert.DoesNotContain("Table header names", CliRun.Of("docs", "--help").Output);
    }

    [Fact]
    public void Reference_spec_is_clean()
    {
        var run = CliRun.Of("lint", TestPaths.ReferenceSpec);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.DoesNotContain(": error ", run.Output);
        Assert.Contains("20 codes, 0 errors, 0 warnings", run.Output);
    }

    [Fact]
    public void Broken_spec_prints_located_errors_and_warnings_exits_1()
    {
        var spec = TestPaths.TestData("broken.md");

        var run = CliRun.Of("lint", spec);

        Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
        var lines = run.Output.Split('\n');
        Assert.Contains(spec + "(6,3): error ECG1005: Code 1001 is listed twice; the first row is on line 5", lines);
        Assert.Contains(spec + "(7,3): error ECG1003: Code 'abc' is not an integer, but the page's other codes are; a page's codes are all numbers or all string codes", lines);
        Assert.Contains(lines, l => l.StartsWith(spec + "(12,1): warning ECG1008: ", System.StringComparison.Ordinal));
        Assert.Contains("2 errors, 2 warnings", run.Output);
    }

    [Fact]
    public void Warnings_only_exit_0_unless_WarnAsError()
    {
        using var temp = new TempDir();
        var spec = temp.Write("warn.md", "| Code | Meaning |\n|---|---|\n| 5000 | Internal server error |\n\n### Service Errors (5xxx)\n\n#### 5999 - Other\n\nText.\n");

        Assert.Equal(ExitCodes.Ok, CliRun.Of("lint", spec).ExitCode);
        var strict = CliRun.Of("lint", spec, "--warnaserror");
        Assert.Equal(ExitCodes.Findings, strict.ExitCode);
        Assert.Contains("warning ECG1008", strict.Output);
    }

    [Fact]
    public void JSON_format_gives_machine_readable_diagnostics()
    {
        var spec = TestPaths.TestData("broken.md");

        var run = CliRun.Of("lint", spec, "--format", "json");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(spec, root.GetProperty("file").GetString());
        Assert.Equal(2, root.GetProperty("errors").GetInt32());
        var first = root.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal("ECG1005", first.GetProperty("id").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal(6, first.GetProperty("line").GetInt32());
        Assert.Equal(3, first.GetProperty("column").GetInt32());
        Assert.Equal("docs/rules/ECG1005.md", first.GetProperty("helpPath").GetString());
        // The full link, as the build's diagnostics give it (one base for both: SpecDiagnosticDescriptor.HelpLinkBase).
        Assert.Equal("https://github.com/errorcodegen/ErrorCodeGen/blob/main/docs/rules/ECG1005.md", first.GetProperty("helpUri").GetString());
        Assert.Equal(ErrorCodeGen.Diagnostics.SpecDiagnosticDescriptor.HelpLinkBase + "ECG1005.md", first.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void Missing_spec_exits_2_names_the_file()
    {
        var run = CliRun.Of("lint", "no/such/spec.md");

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Contains("cannot read spec 'no/such/spec.md'", run.Error);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("lint", "a.md", "--bogus")]
    [InlineData("lint", "a.md", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData("docs", "a.md", "--out")]
    public void Usage_errors_exit_2_with_a_hint(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.True(run.ExitCode == ExitCodes.UsageOrIoError, run.ToString());
        Assert.Contains("errorcodegen: error: ", run.Error);
        Assert.Contains("--help' for usage", run.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("lint", "--help")]
    [InlineData("docs", "--help")]
    [InlineData("generate", "--help")]
    public void Help_exits_0(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("Usage:", run.Output);
    }
}
