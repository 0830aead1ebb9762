using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ErrorCodeGen.Cli.Tests;

/// <summary><c>--section</c> on <c>lint</c>, <c>docs</c> and <c>generate</c>: part of a page, and located errors for a bad path.</summary>
public sealed class SectionOptionTests
{
    // One page (shared with the generator tests), two code tables that reuse the same numbers for different things.
    private static readonly string Page = File.ReadAllText(TestPaths.CoreSpec("relay-close-codes.md"));

    [Theory]
    [InlineData("lint")]
    [InlineData("docs")]
    [InlineData("generate")]
    public void Help_describes_the_option(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("--section", run.Output);
        Assert.Contains("' > '", run.Output);
    }

    [Fact]
    public void Lint_of_the_whole_page_fails_and_of_one_section_passes()
    {
        using var temp = new TempDir();
        var spec = temp.Write("relay.md", Page);

        var whole = CliRun.Of("lint", spec);
        Assert.True(whole.ExitCode == ExitCodes.Findings, whole.ToString());

        var voice = CliRun.Of("lint", spec, "--section", "Voice > Close codes");
        Assert.True(voice.ExitCode == ExitCodes.Ok, voice.ToString());
        Assert.Contains(spec + ": 3 codes, 0 errors, 0 warnings", voice.Output);
    }

    [Fact]
    public void Lint_of_an_ambiguous_section_names_the_file_line_and_candidates()
    {
        using var temp = new TempDir();
        var spec = temp.Write("relay.md", Page);

        var run = CliRun.Of("lint", spec, "-s", "close codes");

        Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
        Assert.Contains(
            spec + "(12,1): error ECG1041: The section 'close codes' matches 2 headings: 'Relay Realtime API > Gateway > Close codes' (line 12), "
            + "'Relay Realtime API > Voice > Close codes' (line 22); add an enclosing heading to the path to pick one",
            run.Output.Split('\n'));
        Assert.Contains("0 codes, 1 error, 0 warnings", run.Output);
    }

    [Fact]
    public void Lint_json_of_a_missing_section_gives_the_id_line_and_candidates()
    {
        using var temp = new TempDir();
        var spec = temp.Write("relay.md", Page);

        var run = CliRun.Of("lint", spec, "--section", "Voice > Error codes", "--format", "json");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("ECG1040", diagnostic.GetProperty("id").GetString());
        Assert.Equal(20, diagnostic.GetProperty("line").GetInt32());
        Assert.Contains("'Relay Realtime API > Voice > Close codes' (line 22)", diagnostic.GetProperty("message").GetString());
        Assert.Equal("docs/rules/ECG1040.md", diagnostic.GetProperty("helpPath").GetString());
    }

    [Fact]
    public void Generate_writes_the_catalog_of_the_section_only()
    {
        using var temp = new TempDir();
        var spec = temp.Write("relay.md", Page);
        var output = temp.File("GatewayCloseCode.g.cs");

        var run = CliRun.Of("generate", spec, "--section", "Gateway > Close codes", "--namespace", "Relay", "--enum-name", "GatewayCloseCode", "--out", output);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        var source = File.ReadAllText(output);
        Assert.Contains("public enum GatewayCloseCode", source);
        Assert.Contains("UnknownOpcode = 4001,", source);
        Assert.DoesNotContain("UnknownProtocol", source);
        Assert.DoesNotContain("SessionNoLongerValid", source);
    }

    [Fact]
    public void Generate_with_a_bad_section_writes_nothing_and_exits_1()
    {
        using var temp = new TempDir();
        var spec = temp.Write("relay.md", Page);
        var output = temp.File("Out.g.cs");

        var run = CliRun.Of("generate", spec, "--section", "Billing", "--out", output);

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Contains(spec + "(1,1): error ECG1040: No heading matches the section 'Billing'; the nearest headings are ", run.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Docs_of_a_section_list_its_codes_and_check_names_the_section_in_its_hint()
    {
        using var temp = new TempDir();
        var spec = temp.Write("relay.md", Page);
        var outDir = Path.Combine(temp.Path, "docs");

        var run = CliRun.Of("docs", spec, "--section", "Voice > Close codes", "--out", outDir);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "relay.json"))))
        {
            Assert.Equal("Relay Realtime API \u2014 Voice \u2014 Close codes", json.RootElement.GetProperty("title").GetString());
            var codes = json.RootElement.GetProperty("codes").EnumerateArray()
                .Select(c => (c.GetProperty("code").GetInt32(), c.GetProperty("meaning").GetString()!)).ToArray();
            Assert.Equal(new[] { (4001, "Unknown protocol"), (4004, "Session timed out"), (4006, "Session no longer valid") }, codes);
        }

        Assert.Equal(ExitCodes.Ok, CliRun.Of("docs", spec, "--section", "Voice > Close codes", "--out", outDir, "--check").ExitCode);
        var stale = CliRun.Of("docs", spec, "--section", "Gateway > Close codes", "--out", outDir, "--check");
        Assert.Equal(ExitCodes.Findings, stale.ExitCode);
        Assert.Contains("run the same command without --check: errorcodegen docs " + spec + " --section \"Gateway > Close codes\" --out " + outDir + "\n", stale.Error);
    }
}
