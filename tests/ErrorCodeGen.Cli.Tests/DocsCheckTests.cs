using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ErrorCodeGen.Cli.Tests;

/// <summary>
/// <c>docs --check</c> shows what is stale as a bounded unified diff and names the command to run the way the user ran
/// the CLI; <c>docs</c> without <c>--out</c> writes to <c>docs</c>.
/// </summary>
public sealed class DocsCheckTests
{
    private const string OldRow = "| 5002 | Service temporarily unavailable | Retry later |";
    private const string NewRow = "| 5002 | Service temporarily unavailable | Retry in a minute |";

    [Fact]
    public void Check_prints_a_unified_diff_of_each_stale_file()
    {
        using var temp = new TempDir();
        var spec = temp.CopyReferenceSpec();
        var outDir = temp.File("out");
        Assert.Equal(ExitCodes.Ok, CliRun.Of("docs", spec, "--out", outDir).ExitCode);
        var markdown = Path.Combine(outDir, "error-codes.md");
        var oldLines = File.ReadAllText(markdown).Split('\n');
        var changed = Array.FindIndex(oldLines, l => l.StartsWith("| 5002 |", StringComparison.Ordinal));
        Assert.True(changed > 3);
        File.WriteAllText(spec, File.ReadAllText(spec).Replace(OldRow, NewRow, StringComparison.Ordinal));

        var run = CliRun.Of("docs", spec, "--out", outDir, "--check");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var diff = Section(run.Error, "differs: " + markdown);
        var expectedHeader = "@@ -" + (changed - 2) + ",7 +" + (changed - 2) + ",7 @@";
        Assert.Equal(
            new[]
            {
                "--- " + markdown,
                "+++ " + markdown + " (from " + spec + ")",
                expectedHeader,
                " " + oldLines[changed - 3],
                " " + oldLines[changed - 2],
                " " + oldLines[changed - 1],
                "-" + oldLines[changed],
                "+" + oldLines[changed].Replace("Retry later", "Retry in a minute", StringComparison.Ordinal),
                " " + oldLines[changed + 1],
                " " + oldLines[changed + 2],
                " " + oldLines[changed + 3],
            },
            diff);

        // The HTML's table row is one long line: it is cut around the change, not before it.
        var html = Section(run.Error, "differs: " + Path.Combine(outDir, "error-codes.html"));
        Assert.Contains(html, l => l.StartsWith("+", StringComparison.Ordinal) && l.Contains("Retry in a minute", StringComparison.Ordinal) && l.Length <= UnifiedDiffLimits.MaxLineLength + 3);
    }

    [Fact]
    public void The_diff_is_bounded_per_file()
    {
        using var temp = new TempDir();
        var rows = string.Join("\n", Enumerable.Range(1, 300).Select(i => "| " + (1000 + i) + " | Problem number " + i + " | Fix " + i + " |"));
        var spec = temp.Write("error-codes.md", "# Errors\n\n| Code | Meaning | Recommendation |\n|---|---|---|\n" + rows + "\n");
        var outDir = temp.File("out");
        Assert.Equal(ExitCodes.Ok, CliRun.Of("docs", spec, "--out", outDir).ExitCode);
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("| Fix ", "| Repair ", StringComparison.Ordinal));

        var run = CliRun.Of("docs", spec, "--out", outDir, "--check");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var diff = Section(run.Error, "differs: " + Path.Combine(outDir, "error-codes.md"));
        Assert.Equal(2 + UnifiedDiffLimits.MaxLines + 1, diff.Length);
        Assert.Matches(@"^\.\.\. \d+ more diff lines not shown$", diff[^1]);
        Assert.True(run.Error.Length < 64 * 1024, "The output is " + run.Error.Length + " characters long.");
    }

    [Fact]
    public void The_hint_repeats_the_command_as_the_user_ran_it_without_check()
    {
        using var temp = new TempDir();
        var spec = temp.CopyReferenceSpec();
        var outDir = temp.File("out dir");
        Assert.Equal(ExitCodes.Ok, CliRun.Of("docs", spec, "-o", outDir).ExitCode);
        File.WriteAllText(spec, File.ReadAllText(spec).Replace(OldRow, NewRow, StringComparison.Ordinal));

        var run = CliRun.As("dotnet run --project src/ErrorCodeGen.Cli --", "docs", "--check", spec, "-o", outDir);

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.EndsWith(
            "to update them, run the same command without --check: dotnet run --project src/ErrorCodeGen.Cli -- docs " + spec + " -o \"" + outDir + "\"\n",
            run.Error);
    }

    [Fact]
    public void The_prefix_is_detected_from_how_the_process_was_started()
    {
        using var temp = new TempDir();
        temp.Write("repo/src/Cli/Cli.csproj", "<Project />");
        var built = temp.Write("repo/src/Cli/bin/Release/net10.0/errorcodegen.dll", string.Empty);
        var debug = temp.Write("repo/src/Cli/bin/Debug/net10.0/errorcodegen.dll", string.Empty);
        var repo = temp.File("repo");
        var apphost = Path.Combine(Path.GetDirectoryName(built)!, "errorcodegen");
        var toolPath = temp.File("repo/.tools/errorcodegen");
        var store = temp.File("home/.dotnet/tools/.store/errorcodegen.cli/0.1.0/tools/net10.0/any/errorcodegen.dll");

        Assert.Equal("dotnet run --project " + Path.Combine("src", "Cli") + " -c Release --", Invocation.DetectPrefix(apphost, built, repo, null));
        Assert.Equal("dotnet run --project " + Path.Combine("src", "Cli") + " --", Invocation.DetectPrefix("/usr/share/dotnet/dotnet", debug, repo, null));
        Assert.Equal("dotnet errorcodegen", Invocation.DetectPrefix("/usr/share/dotnet/dotnet", store, repo, null));
        Assert.Equal(Path.Combine(".tools", "errorcodegen"), Invocation.DetectPrefix(toolPath, store, repo, "/usr/bin"));
        Assert.Equal("errorcodegen", Invocation.DetectPrefix(toolPath, store, repo, "/usr/bin" + Path.PathSeparator + Path.GetDirectoryName(toolPath)));
    }

    [Fact]
    public void The_built_cli_names_dotnet_run_and_writes_to_docs_by_default()
    {
        var apphost = BuiltCli();
        using var temp = new TempDir();
        temp.CopyReferenceSpec();

        // docs without --out: the docs folder of the current directory (the spec's own folder would overwrite the spec).
        var write = Start(apphost, temp.Path, "docs", "error-codes.md");
        Assert.True(write.ExitCode == 0, write.Output);
        foreach (var name in new[] { "error-codes.md", "error-codes.html", "error-codes.json", "error-catalog.schema.json" })
        {
            Assert.True(File.Exists(Path.Combine(temp.Path, "docs", name)), name + " was not written to docs/:\n" + write.Output);
        }

        File.WriteAllText(temp.File("error-codes.md"), File.ReadAllText(temp.File("error-codes.md")).Replace(OldRow, NewRow, StringComparison.Ordinal));
        var check = Start(apphost, TestPaths.RepoRoot, "docs", temp.File("error-codes.md"), "--check", "--out", temp.File("docs"));

        Assert.Equal(ExitCodes.Findings, check.ExitCode);
        var configuration = new DirectoryInfo(Path.GetDirectoryName(apphost)!).Parent!.Name;
        var expected = "run the same command without --check: dotnet run --project " + Path.Combine("src", "ErrorCodeGen.Cli")
            + (configuration == "Debug" ? string.Empty : " -c " + configuration) + " -- docs " + temp.File("error-codes.md") + " --out " + temp.File("docs");
        Assert.Contains(expected, check.Output);
    }

    /// <summary>The lines of the block that starts after <paramref name="marker"/>, up to the next file's line or the summary.</summary>
    private static string[] Section(string text, string marker)
    {
        var lines = text.Split('\n');
        var start = Array.IndexOf(lines, marker);
        Assert.True(start >= 0, "No '" + marker + "' in:\n" + text);
        var end = start + 1;
        while (end < lines.Length && !lines[end].StartsWith("differs: ", StringComparison.Ordinal) && !lines[end].StartsWith("missing: ", StringComparison.Ordinal)
            && !lines[end].StartsWith(CliApp.Name + ": ", StringComparison.Ordinal) && lines[end].Length > 0)
        {
            end++;
        }

        return lines[(start + 1)..end];
    }

    /// <summary>The apphost the CLI project built next to its project file (what <c>dotnet run</c> starts).</summary>
    private static string BuiltCli()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var directory = Path.Combine(TestPaths.RepoRoot, "src", "ErrorCodeGen.Cli", "bin", configuration, "net10.0");
        var apphost = Path.Combine(directory, OperatingSystem.IsWindows() ? "errorcodegen.exe" : "errorcodegen");
        Assert.True(File.Exists(apphost), "The CLI is not built at " + apphost);
        return apphost;
    }

    private static (int ExitCode, string Output) Start(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "The CLI did not exit.");
        return (process.ExitCode, stdout + stderr.Result);
    }
}

/// <summary>The bounds of the diff <c>docs --check</c> prints (kept in step with the CLI's UnifiedDiff).</summary>
internal static class UnifiedDiffLimits
{
    public const int MaxLines = 60;

    public const int MaxLineLength = 200;
}
