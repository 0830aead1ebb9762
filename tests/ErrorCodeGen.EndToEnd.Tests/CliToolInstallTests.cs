using System;
using System.Diagnostics;
using System.IO;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeGen.EndToEnd.Tests;

/// <summary>The README's CLI install line (pack, then <c>dotnet tool install --tool-path .tools</c>), then the tool itself.</summary>
[Collection(PackedFeedCollection.Name)]
public sealed class CliToolInstallTests
{
    private readonly PackedFeedFixture _feed;
    private readonly ITestOutputHelper _log;

    public CliToolInstallTests(PackedFeedFixture feed, ITestOutputHelper log)
    {
        _feed = feed;
        _log = log;
    }

    [Fact]
    public void README_tool_install_installs_errorcodegen_which_lints_and_names_itself_in_the_stale_hint()
    {
        // Outside the feed's folder: its nuget.config maps package sources, which `--add-source` refuses to combine with.
        var work = new ConsumerDirectory(Path.Combine(Path.GetTempPath(), "errorcodegen-tool-" + Guid.NewGuid().ToString("N").Substring(0, 12)));
        Directory.CreateDirectory(work.Path);
        try
        {
            InstallAndRun(work);
        }
        finally
        {
            Directory.Delete(work.Path, recursive: true);
        }
    }

    private void InstallAndRun(ConsumerDirectory work)
    {
        work.Write("spec/error-codes.md", _feed.ReferenceSpec);

        // dotnet pack src/ErrorCodeGen.Cli -o artifacts && dotnet tool install ErrorCodeGen.Cli --tool-path .tools --add-source artifacts
        // (the CLI is already built in this configuration: the test project references it).
        var cliProject = Path.Combine(_feed.RepositoryRoot, "src", "ErrorCodeGen.Cli");
        var pack = _feed.Dotnet(_feed.RepositoryRoot, "pack", cliProject, "-c", _feed.Configuration, "--no-build", "-o", work.File("artifacts"), "-nodeReuse:false", "-tl:off");
        _log.WriteLine(pack.ToString());
        Assert.Equal(0, pack.ExitCode);
        var install = _feed.Dotnet(work.Path, "tool", "install", "ErrorCodeGen.Cli", "--tool-path", ".tools", "--add-source", "artifacts");
        _log.WriteLine(install.ToString());
        Assert.Equal(0, install.ExitCode);

        var tool = work.File(Path.Combine(".tools", OperatingSystem.IsWindows() ? "errorcodegen.exe" : "errorcodegen"));
        var lint = Run(tool, work.Path, "lint", "spec/error-codes.md");
        Assert.True(lint.ExitCode == 0, lint.Output);
        Assert.Contains("spec/error-codes.md: 20 codes, 0 errors, 0 warnings", lint.Output);

        var check = Run(tool, work.Path, "docs", "spec/error-codes.md", "--check");
        Assert.True(check.ExitCode == 1, check.Output);
        Assert.Contains(
            "run the same command without --check: " + Path.Combine(".tools", "errorcodegen") + " docs spec/error-codes.md\n",
            check.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private (int ExitCode, string Output) Run(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The tool's launcher finds the runtime through DOTNET_ROOT: the one running these tests.
        start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(DotnetCli.Executable);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "The tool did not exit.");
        var output = stdout + stderr.Result;
        _log.WriteLine("> " + program + " " + string.Join(" ", args) + "\n" + output);
        return (process.ExitCode, output);
    }
}
