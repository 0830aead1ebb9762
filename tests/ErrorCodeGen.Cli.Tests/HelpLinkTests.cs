using System.IO;
using ErrorCodeGen.Diagnostics;
using Xunit;

namespace ErrorCodeGen.Cli.Tests;

/// <summary>One base for every help link: the CLI, the generator and the package's MSBuild error use the same pages.</summary>
public sealed class HelpLinkTests
{
    [Fact]
    public void The_missing_spec_error_of_the_package_targets_links_to_the_shared_help_base()
    {
        var targets = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "ErrorCodeGen.Package", "buildTransitive", "ErrorCodeGen.targets"));

        Assert.Contains("HelpLink=\"" + SpecDiagnosticDescriptor.HelpLink("ECG1050") + "\"", targets);
        Assert.Contains("Code=\"ECG1050\"", targets);
        Assert.Equal("https://github.com/errorcodegen/ErrorCodeGen/blob/main/docs/rules/ECG1050.md", SpecDiagnostics.SpecFileNotFound.HelpUri);
        Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, SpecDiagnostics.SpecFileNotFound.HelpPath)));
    }
}
