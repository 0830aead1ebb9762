using System.IO;
using CsCheck;
using ErrorCodeGen.Tests.Properties;
using Xunit;

namespace ErrorCodeGen.Cli.Tests;

/// <summary>Whatever the spec, the CLI answers with an exit code (0 or 1) and a message, never an exception.</summary>
public class CliPropertyTests
{
    private static void AnswersWithAnExitCode(string spec, TempDir dir)
    {
        var path = Path.Combine(dir.Path, "spec.md");
        File.WriteAllText(path, spec, new System.Text.UTF8Encoding(false, false)); // a file cannot hold a lone surrogate: it becomes U+FFFD

        var lint = CliRun.Of("lint", path);
        Assert.True(lint.ExitCode is ExitCodes.Ok or ExitCodes.Findings, lint.ToString());
        Assert.DoesNotContain("Unhandled exception", lint.Error);

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
