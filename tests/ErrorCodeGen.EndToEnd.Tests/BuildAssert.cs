using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ErrorCodeGen.EndToEnd.Tests;

/// <summary>Assertions on what a real build printed.</summary>
public static class BuildAssert
{
    /// <summary>The compiler could not load or run an analyzer or generator (e.g. a dependency missing from the package);
    /// ECG1999 is the generator's own report of an exception, such as a FileNotFoundException for Markdig.</summary>
    private static readonly Regex LoadFailure = new(@"\b(CS8784|CS8785|CS8032|CS8033|AD0001|ECG1999)\b", RegexOptions.CultureInvariant);

    /// <summary>Exit code 0 and no analyzer load failure.</summary>
    public static void Succeeded(CommandResult result)
    {
        Assert.True(result.ExitCode == 0, $"Expected success:\n{result}");
        LoadedAnalyzers(result);
    }

    /// <summary>A non-zero exit code and no analyzer load failure (so the failure is the one the test is about).</summary>
    public static void Failed(CommandResult result)
    {
        Assert.True(result.ExitCode != 0, $"Expected the build to fail:\n{result}");
        LoadedAnalyzers(result);
    }

    /// <summary>
    /// The compiler server compiled the projects (a user's machine has it on: it is what hides or shows a dependency
    /// missing from the analyzer folder) and loaded the analyzers: no CS8784/CS8785/CS8032/CS8033/AD0001/ECG1999.
    /// </summary>
    public static void LoadedAnalyzers(CommandResult result)
    {
        Assert.True(
            result.Output.Contains("CompilerServer: server - server processed compilation", System.StringComparison.Ordinal)
            && !result.Output.Contains("CompilerServer: tool", System.StringComparison.Ordinal),
            $"Expected every compilation to run on the compiler server:\n{result}");
        var failure = LoadFailure.Match(result.Output);
        Assert.False(failure.Success, $"The compiler failed to load or run an analyzer ({failure.Value}):\n{result}");
    }

    /// <summary>No line of the build output is a warning.</summary>
    public static void NoWarnings(CommandResult result)
    {
        var warnings = WarningLines(result);
        Assert.True(warnings.Length == 0, $"Expected no warnings, got:\n{string.Join("\n", warnings)}\n\n{result}");
        Assert.Contains("0 Warning(s)", result.Output);
    }

    /// <summary>The distinct warnings MSBuild printed (each once, though it prints them again in its summary).</summary>
    public static string[] WarningLines(CommandResult result) => Diagnostics(result, "warning");

    /// <summary>The distinct errors MSBuild printed.</summary>
    public static string[] ErrorLines(CommandResult result) => Diagnostics(result, "error");

    private static string[] Diagnostics(CommandResult result, string severity) =>
        result.Output.Split('\n')
            .Where(l => Regex.IsMatch(l, @":\s+" + severity + @"\s+[A-Z]+\d+", RegexOptions.CultureInvariant))
            .Select(l => Regex.Replace(l, @"^\s*(\d+>)?\s*", string.Empty, RegexOptions.CultureInvariant).TrimEnd())
            .Distinct()
            .ToArray();
}
