using System;
using System.IO;
using System.Linq;
using Xunit;

namespace ErrorCodeGen.Cli.Tests;

public sealed class DocsCommandTests
{
    private static readonly string[] Files = { "error-codes.md", "error-codes.html", "error-codes.json", "error-catalog.schema.json", "error-codes.openapi.json" };

    [Fact]
    public void Docs_writes_the_four_files_then_check_passes()
    {
        using var temp = new TempDir();
        var spec = temp.CopyReferenceSpec();
        var outDir = temp.File("out");

        var run = CliRun.Of("docs", spec, "--out", outDir);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        foreach (var name in Files)
        {
            Assert.True(File.Exists(Path.Combine(outDir, name)), name);
            Assert.DoesNotContain("\r", File.ReadAllText(Path.Combine(outDir, name)));
        }

        Assert.Equal(Files.OrderBy(f => f, StringComparer.Ordinal), Directory.GetFiles(outDir).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal));
        Assert.Equal(ExitCodes.Ok, CliRun.Of("docs", spec, "--out", outDir, "--check").ExitCode);
    }

    [Fact]
    public void Docs_twice_changes_nothing()
    {
        using var temp = new TempDir();
        var spec = temp.CopyReferenceSpec();
        var outDir = temp.File("out");
        Assert.Equal(ExitCodes.Ok, CliRun.Of("docs", spec, "--out", outDir).ExitCode);
        var before = Files.Select(f => (System.Convert.ToBase64String(File.ReadAllBytes(Path.Combine(outDir, f))), File.GetLastWriteTimeUtc(Path.Combine(outDir, f)))).ToArray();

        var second = CliRun.Of("docs", spec, "--out", outDir);

        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        Assert.Equal(Files.Length, second.Output.Split('\n').Count(l => l.StartsWith("unchanged ", StringComparison.Ordinal)));
        var after = Files.Select(f => (System.Convert.ToBase64String(File.ReadAllBytes(Path.Combine(outDir, f))), File.GetLastWriteTimeUtc(Path.Combine(outDir, f)))).ToArray();
        Assert.Equal(before, after);
    }

    [Fact]
    public void Check_fails_after_a_spec_edit_listing_the_stale_files_and_writes_nothing()
    {
        using var temp = new TempDir();
        var spec = temp.CopyReferenceSpec();
        var outDir = temp.File("out");
        Assert.Equal(ExitCodes.Ok, CliRun.Of("docs", spec, "--out", outDir).ExitCode);
        var before = Files.Select(f => System.Convert.ToBase64String(File.ReadAllBytes(Path.Combine(outDir, f)))).ToArray();
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("| 5002 | Service temporarily unavailable | Retry later |", "| 5002 | Service temporarily unavailable | Retry in a minute |", StringComparison.Ordinal));

        var run = CliRun.Of("docs", spec, "--out", outDir, "--check");

        Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
        Assert.Contains("differs: " + Path.Combine(outDir, "error-codes.md"), run.Error);
        Assert.Contains("differs: " + Path.Combine(outDir, "error-codes.html"), run.Error);
        Assert.Contains("differs: " + Path.Combine(outDir, "error-codes.json"), run.Error);
        Assert.DoesNotContain("error-catalog.schema.json", run.Error);
        Assert.Contains("are stale", run.Error);
        Assert.Equal(before, Files.Select(f => System.Convert.ToBase64String(File.ReadAllBytes(Path.Combine(outDir, f)))).ToArray());
    }

    [Fact]
    public void Check_lists_missing_files_and_creates_no_folder()
    {
        using var temp = new TempDir();
        var spec = temp.CopyReferenceSpec();
        var outDir = temp.File("never-written");

        var run = CliRun.Of("docs", spec, "--out", outDir, "--check");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        foreach (var name in Files)
        {
            Assert.Contains("missing: " + Path.Combine(outDir, name), run.Error);
        }

        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Committed_docs_are_up_to_date()
    {
        var run = CliRun.Of("docs", TestPaths.ReferenceSpec, "--out", TestPaths.CommittedDocs, "--check");

        Assert.True(run.ExitCode == ExitCodes.Ok, "Regenerate with: dotnet run --project src/ErrorCodeGen.Cli -- docs spec/error-codes.md --out docs\n" + run);
    }

    [Fact]
    public void Broken_spec_exits_1_names_file_and_line_and_keeps_existing_docs()
    {
        using var temp = new TempDir();
        var spec = temp.CopyReferenceSpec();
        var outDir = temp.File("out");
        Assert.Equal(ExitCodes.Ok, CliRun.Of("docs", spec, "--out", outDir).ExitCode);
        var before = Files.Select(f => System.Convert.ToBase64String(File.ReadAllBytes(Path.Combine(outDir, f)))).ToArray();
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("| 2002 | Symbol not found |", "| 2001 | Invalid parameters |", StringComparison.Ordinal));

        var run = CliRun.Of("docs", spec, "--out", outDir);

        Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
        Assert.Contains(spec + "(45,3): error ECG1005: Code 2001 is listed twice", run.Error);
        Assert.Contains("no docs were written", run.Error);
        Assert.Equal(before, Files.Select(f => System.Convert.ToBase64String(File.ReadAllBytes(Path.Combine(outDir, f)))).ToArray());
    }

    [Fact]
    public void Out_is_a_file_exits_2()
    {
        using var temp = new TempDir();
        var spec = temp.CopyReferenceSpec();
        var notAFolder = temp.Write("not-a-folder", "x");

        var run = CliRun.Of("docs", spec, "--out", notAFolder);

        Assert.True(run.ExitCode == ExitCodes.UsageOrIoError, run.ToString());
        Assert.Contains("cannot write the docs", run.Error);
        Assert.Equal("x", File.ReadAllText(notAFolder));
    }

    [Fact]
    public void Unwritable_target_exits_2_leaves_every_old_file_whole_and_no_temp_files()
    {
        using var temp = new TempDir();
        var spec = temp.CopyReferenceSpec();
        var outDir = temp.File("out");
        Assert.Equal(ExitCodes.Ok, CliRun.Of("docs", spec, "--out", outDir).ExitCode);
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("Retry later |", "Retry in a minute |", StringComparison.Ordinal));
        var jsonPath = Path.Combine(outDir, "error-codes.json");
        File.Delete(jsonPath);
        Directory.CreateDirectory(jsonPath); // the last file cannot be replaced
        var before = Files.Where(f => f != "error-codes.json").Select(f => System.Convert.ToBase64String(File.ReadAllBytes(Path.Combine(outDir, f)))).ToArray();

        var run = CliRun.Of("docs", spec, "--out", outDir);

        Assert.True(run.ExitCode == ExitCodes.UsageOrIoError, run.ToString());
        Assert.Contains("error-codes.json", run.Error);
        Assert.Equal(before, Files.Where(f => f != "error-codes.json").Select(f => System.Convert.ToBase64String(File.ReadAllBytes(Path.Combine(outDir, f)))).ToArray());
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Read_only_folder_exits_2_when_permissions_apply()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // covered by UnwritableTarget on every platform
        }

        using var temp = new TempDir();
        var spec = temp.CopyReferenceSpec();
        var outDir = Directory.CreateDirectory(temp.File("ro")).FullName;
        File.SetUnixFileMode(outDir, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var probe = Path.Combine(outDir, "probe");
            var permissionsApply = true;
            try
            {
                File.WriteAllText(probe, "x");
                File.Delete(probe);
                permissionsApply = false; // running as root: the mode does not stop writes
            }
            catch (UnauthorizedAccessException)
            {
            }

            var run = CliRun.Of("docs", spec, "--out", outDir);

            if (permissionsApply)
            {
                Assert.True(run.ExitCode == ExitCodes.UsageOrIoError, run.ToString());
                Assert.Contains("cannot write the docs", run.Error);
                Assert.Empty(Directory.GetFiles(outDir));
            }
            else
            {
                Assert.Equal(ExitCodes.Ok, run.ExitCode);
            }
        }
        finally
        {
            File.SetUnixFileMode(outDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Refuses_to_overwrite_the_spec_itself()
    {
        using var temp = new TempDir();
        var spec = temp.CopyReferenceSpec();
        var original = File.ReadAllText(spec);

        var run = CliRun.Of("docs", spec, "--out", temp.Path);

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Contains("would overwrite the spec itself", run.Error);
        Assert.Equal(original, File.ReadAllText(spec));
        Assert.False(File.Exists(temp.File("error-codes.html")));
    }
}
