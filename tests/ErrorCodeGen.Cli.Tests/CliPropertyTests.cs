using System.IO;
using CsCheck;
using ErrorCodeGen.Tests.Properties;
using Xunit;

namespace ErrorCodeGen.Cli.Tests;

/// <summary>Whatever the spec, the CLI answers with an exit code (0 or 1) and a message, never an exception.</summary>
public class CliPropertyTests
{
    private static readonly System.Text.RegularExpressions.Regex DiagnosticLine =
        new(@"^.+\((?<line>[1-9][0-9]*),(?<column>[1-9][0-9]*)\): (?<severity>error|warning|info) ECG[0-9]{4}: \S.*$");

    private static readonly System.Text.RegularExpressions.Regex SummaryLine =
        new(@"^.+: [0-9]+ codes?, [0-9]+ errors?, [0-9]+ warnings?$");

    private static void AnswersWithAnExitCode(string spec, TempDir dir)
    {
        var path = Path.Combine(dir.Path, "spec.md");
        File.WriteAllText(path, spec, new System.Text.UTF8Encoding(false, false)); // a file cannot hold a lone surrogate: it becomes U+FFFD

        // The CLI runs in this process: an exception would fail the test by itself. What is checked here is the answer:
        // every line is a located diagnostic of the spec or the summary, and the exit code says whether any was an error.
        var lint = CliRun.Of("lint", path);
        Assert.True(lint.ExitCode is ExitCodes.Ok or ExitCodes.Findings, lint.ToString());
        var lines = lint.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.Matches(SummaryLine, lines[^1]);
        var errors = 0;
        foreach (var line in lines[..^1])
        {
            var match = DiagnosticLine.Match(line);
            Assert.True(match.Success, "not a located diagnostic: " + line);
            Assert.StartsWith(path + "(", line, System.StringComparison.Ordinal);
            errors += match.Groups["severity"].Value == "error" ? 1 : 0;
        }

        Assert.Equal(errors > 0 ? ExitCodes.Findings : ExitCodes.Ok, lint.ExitCode);

        var docs = CliRun.Of("docs", path, "--out", Path.Combine(dir.Path, "docs"), "--check");
        Assert.True(docs.ExitCode is ExitCodes.Ok or ExitCodes.Findings, docs.ToString());
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "docs")), "--check wrote files");
    }

    [Fact]
    public void Random_specs()
    {
        using var dir = new TempDir();
        SpecGen.Spec.Sample(spec => AnswersWithAnExitCode(spec, dir), seed: SpecGen.Seed, iter: SpecGen.Iterations, threads: 1);
    }

    [Fact]
    public void Mutated_reference_spec()
    {
        using var dir = new TempDir();
        SpecGen.MutatedReference(File.ReadAllText(TestPaths.ReferenceSpec)).Sample(spec => AnswersWithAnExitCode(spec, dir), seed: SpecGen.Seed, iter: SpecGen.Iterations, threads: 1);
    }
}
