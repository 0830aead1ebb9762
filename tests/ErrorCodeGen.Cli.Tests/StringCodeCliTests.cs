using System.IO;
using Xunit;

namespace ErrorCodeGen.Cli.Tests;

/// <summary>The CLI on a string-code page: lint is clean, generate writes the wire-code API, a mixed page is a located error.</summary>
public sealed class StringCodeCliTests
{
    private static string Spec(string file) => Path.Combine(TestPaths.RepoRoot, "tests", "ErrorCodeGen.Core.Tests", "Specs", file);

    [Fact]
    public void Lint_of_a_string_code_page_is_clean_and_generate_writes_the_wire_code_api()
    {
        var lint = CliRun.Of("lint", Spec("string-codes.md"));
        Assert.True(lint.ExitCode == ExitCodes.Ok, lint.ToString());
        Assert.DoesNotContain(": error ", lint.Output);

        var generate = CliRun.Of("generate", Spec("string-codes.md"), "--namespace", "Chat");
        Assert.True(generate.ExitCode == ExitCodes.Ok, generate.ToString());
        Assert.Contains("public static bool TryFromWireCode(string code, out ErrorCode value)", generate.Output);
        Assert.Contains("public const string LimitExceeded = \"M_LIMIT_EXCEEDED\";", generate.Output);
    }

    [Fact]
    public void Lint_of_a_mixed_page_names_the_file_line_and_column()
    {
        using var temp = new TempDir();
        var spec = temp.File("mixed.md");
        File.WriteAllText(spec, "| Code | Meaning |\n|---|---|\n| E_ONE | One |\n| E_TWO | Two |\n| 404 | Not found |\n");

        var run = CliRun.Of("lint", spec);

        Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
        Assert.Contains(spec + "(5,3): error ECG1022: Code '404' is not a string code, but the page's other codes are;", run.Output);
    }
}
