using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ErrorCodeGen.EndToEnd.Tests;

/// <summary>
/// The README cannot drift: every shell command it shows is run by a test or by <c>.ci/run</c> (or, for the few that
/// cannot be, checked as far as they can be), and its diagnostics table, the rule pages and the analyzer release
/// tracking files name the same rules.
/// </summary>
public sealed class ReadmeContractTests
{
    /// <summary>How a README command is covered.</summary>
    private enum Coverage
    {
        /// <summary>Run, as written or with CI's configuration flags, by the file named.</summary>
        Run,

        /// <summary>Not run (too slow, or it rewrites the repository); the file named holds what it relies on.</summary>
        Checked,
    }

    /// <summary>
    /// Every command of the README's <c>sh</c> blocks: where it is run, and text that file must contain (the command
    /// there, or what the command relies on). A new command in the README fails the test until it is added here.
    /// </summary>
    private static readonly (string Command, Coverage Coverage, string File, string Evidence)[] KnownCommands =
    {
        ("dotnet run --project samples/CatalogPrinter", Coverage.Run, ".ci/run", "dotnet run -c Release --no-build --project samples/CatalogPrinter"),
        ("dotnet test", Coverage.Run, ".ci/run", "dotnet test ErrorCodeGen.sln -c Release --no-build"),
        ("dotnet pack src/ErrorCodeGen.Package -c Release -o ../errorcodegen-feed --version-suffix local.1", Coverage.Run,
            "tests/ErrorCodeGen.EndToEnd.Tests/ReadmeLocalFeedTests.cs", "\"--version-suffix\""),
        ("dotnet format analyzers --diagnostics ECG0001", Coverage.Run,
            "tests/ErrorCodeGen.EndToEnd.Tests/CodeFixWithoutIdeTests.cs", "\"format\", \"analyzers\", \"--diagnostics\", \"ECG0001\""),
        ("dotnet run --project src/ErrorCodeGen.Cli -- lint spec/error-codes.md", Coverage.Run,
            ".ci/run", "dotnet run -c Release --no-build --project src/ErrorCodeGen.Cli -- lint spec/error-codes.md\n"),
        ("dotnet run --project src/ErrorCodeGen.Cli -- docs spec/error-codes.md --out docs", Coverage.Run,
            ".ci/run", "dotnet run -c Release --no-build --project src/ErrorCodeGen.Cli -- docs spec/error-codes.md --out docs\n"),
        ("dotnet run --project src/ErrorCodeGen.Cli -- docs spec/error-codes.md --out docs --check", Coverage.Run,
            ".ci/run", "dotnet run -c Release --no-build --project src/ErrorCodeGen.Cli -- docs spec/error-codes.md --out docs --check\n"),
        ("dotnet run --project src/ErrorCodeGen.Cli -- generate spec/error-codes.md --out obj/ErrorCode.g.cs --namespace Acme.MarketData", Coverage.Run,
            ".ci/run", "dotnet run -c Release --no-build --project src/ErrorCodeGen.Cli -- generate spec/error-codes.md --out obj/ErrorCode.g.cs --namespace Acme.MarketData\n"),
        ("dotnet pack src/ErrorCodeGen.Cli -o artifacts && dotnet tool install ErrorCodeGen.Cli --tool-path .tools --add-source artifacts", Coverage.Run,
            "tests/ErrorCodeGen.EndToEnd.Tests/CliToolInstallTests.cs", "\"tool\", \"install\", \"ErrorCodeGen.Cli\", \"--tool-path\", \".tools\", \"--add-source\", \"artifacts\""),

        // An example page of the user's: the same options on a page with those headings.
        ("dotnet run --project src/ErrorCodeGen.Cli -- generate spec/relay.md --section \"Voice > Close codes\" --enum-name VoiceCloseCode --out obj/VoiceCloseCode.g.cs", Coverage.Run,
            "tests/ErrorCodeGen.Cli.Tests/SectionOptionTests.cs", "CliRun.Of(\"generate\", spec, \"--section\""),

        // Developer switches: running them would rewrite snapshots or take minutes; the code that reads them must exist.
        ("ERRORCODEGEN_UPDATE_SNAPSHOTS=1 dotnet test tests/ErrorCodeGen.Generator.Tests", Coverage.Checked,
            "tests/ErrorCodeGen.Generator.Tests/Snapshot.cs", "\"ERRORCODEGEN_UPDATE_SNAPSHOTS\""),
        ("git diff tests/ErrorCodeGen.Generator.Tests/Snapshots", Coverage.Checked,
            "tests/ErrorCodeGen.Generator.Tests/Snapshot.cs", "Snapshots"),
        ("ERRORCODEGEN_PROPERTY_ITERATIONS=200000 dotnet test --filter \"FullyQualifiedName~Propert\"", Coverage.Checked,
            "tests/ErrorCodeGen.Core.Tests/Properties/SpecGen.cs", "\"ERRORCODEGEN_PROPERTY_ITERATIONS\""),
        ("ERRORCODEGEN_PROPERTY_SEED=0AXI4y_E_BE1 dotnet test --filter \"FullyQualifiedName~Propert\"", Coverage.Checked,
            "tests/ErrorCodeGen.Core.Tests/Properties/SpecGen.cs", "\"ERRORCODEGEN_PROPERTY_SEED\""),
        ("dotnet run -c Release --project bench/ErrorCodeGen.Benchmarks -- --filter '*'", Coverage.Checked,
            ".ci/run", "dotnet build bench/ErrorCodeGen.Benchmarks -c Release"),
        ("bash bench/build-benchmark.sh", Coverage.Checked, "bench/build-benchmark.sh", "#!"),
        ("bash bench/run.sh", Coverage.Checked, "bench/run.sh", "bench/build-benchmark.sh"),
        ("bash bench/run.sh --analyzers", Coverage.Checked, "bench/run.sh", "--analyzers"),
    };

    private static readonly string Root = TestPaths.RepoRoot;

    [Fact]
    public void Every_shell_command_of_the_README_is_known_and_every_known_command_is_in_the_README()
    {
        var commands = ReadmeShellCommands();
        Assert.NotEmpty(commands);

        var unknown = commands.Except(KnownCommands.Select(k => k.Command), StringComparer.Ordinal).ToArray();
        Assert.True(unknown.Length == 0,
            "README commands that no test or .ci/run runs (run them, then add them to KnownCommands):\n" + string.Join("\n", unknown));
        var gone = KnownCommands.Select(k => k.Command).Except(commands, StringComparer.Ordinal).ToArray();
        Assert.True(gone.Length == 0, "KnownCommands lists commands the README no longer has:\n" + string.Join("\n", gone));
    }

    [Fact]
    public void Every_known_command_is_where_the_list_says()
    {
        foreach (var (command, coverage, file, evidence) in KnownCommands)
        {
            var path = Path.Combine(Root, file);
            Assert.True(File.Exists(path), $"'{command}' is said to be {coverage} by {file}, which does not exist.");
            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            Assert.True(text.Contains(evidence, StringComparison.Ordinal), $"'{command}' is said to be {coverage} by {file}, which does not contain: {evidence}");
        }
    }

    [Fact]
    public void The_diagnostics_table_the_rule_pages_and_the_release_tracking_name_the_same_rules()
    {
        var allPages = Directory.GetFiles(Path.Combine(Root, "docs", "rules"), "ECG*.md").Select(Path.GetFileNameWithoutExtension).Select(n => n!).ToList();

        // Suppressors (ECGS…) have no DiagnosticDescriptor, so the release-tracking table cannot list them (RS2002): the
        // release file names them in a comment line ("; ECGS0001 suppresses …"), and pages and README rows match those.
        var suppressorPages = allPages.Where(n => Regex.IsMatch(n, @"^ECGS\d{4}$")).ToHashSet(StringComparer.Ordinal);
        var suppressors = Directory.GetFiles(Path.Combine(Root, "src", "ErrorCodeGen.Analyzers"), "AnalyzerReleases.*.md")
            .SelectMany(File.ReadAllLines)
            .Select(line => Regex.Match(line, @"^; (ECGS\d{4}) "))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(suppressors);
        Assert.Equal(Sorted(suppressors), Sorted(suppressorPages));
        var pages = allPages.Where(n => !suppressorPages.Contains(n)).ToHashSet(StringComparer.Ordinal);
        var tracked = new[] { "src/ErrorCodeGen.Generator", "src/ErrorCodeGen.Analyzers" }
            .SelectMany(project => Directory.GetFiles(Path.Combine(Root, project), "AnalyzerReleases.*.md"))
            .SelectMany(File.ReadAllLines)
            .Select(line => Regex.Match(line, @"^(ECG\d{4})\s*\|"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
        var allRows = ReadmeDiagnosticsTable();
        var table = allRows.Where(id => !id.StartsWith("ECGS", StringComparison.Ordinal)).ToList();

        Assert.Equal(Sorted(pages), Sorted(tracked));
        Assert.Equal(Sorted(pages), Sorted(table));
        Assert.Equal(Sorted(suppressorPages), Sorted(allRows.Where(id => id.StartsWith("ECGS", StringComparison.Ordinal))));
        Assert.Equal(table.Count, table.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>The ids of the README's diagnostics table (first column; <c>A–B</c> ranges expanded, <c>A, B</c> lists split).</summary>
    private static List<string> ReadmeDiagnosticsTable()
    {
        var lines = Readme().Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("| Id | Severity | When |", StringComparison.Ordinal));
        Assert.True(header >= 0, "README has no diagnostics table ('| Id | Severity | When |')");
        var ids = new List<string>();
        for (var i = header + 2; i < lines.Length && lines[i].StartsWith("|", StringComparison.Ordinal); i++)
        {
            foreach (var part in lines[i].Split('|')[1].Split(','))
            {
                var range = Regex.Match(part.Trim(), @"^ECG(\d{4})\s*[–-]\s*ECG(\d{4})$");
                if (range.Success)
                {
                    var from = int.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                    var to = int.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                    ids.AddRange(Enumerable.Range(from, to - from + 1).Select(n => "ECG" + n.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)));
                    continue;
                }

                Assert.Matches(@"^ECGS?\d{4}$", part.Trim());
                ids.Add(part.Trim());
            }
        }

        return ids;
    }

    /// <summary>The commands of the README's <c>sh</c>/<c>bash</c>/<c>shell</c> blocks: comments dropped, continuations joined.</summary>
    private static List<string> ReadmeShellCommands()
    {
        var commands = new List<string>();
        var inShell = false;
        var pending = string.Empty;
        foreach (var raw in Readme().Split('\n'))
        {
            if (raw.StartsWith("```", StringComparison.Ordinal))
            {
                inShell = !inShell && Regex.IsMatch(raw, @"^```(sh|bash|shell|console)\s*$");
                continue;
            }

            if (!inShell)
            {
                continue;
            }

            var line = Regex.Replace(raw, @"\s+#.*$", string.Empty).Trim();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.EndsWith("\\", StringComparison.Ordinal))
            {
                pending += line.TrimEnd('\\').Trim() + " ";
                continue;
            }

            commands.Add(Regex.Replace(pending + line, @"\s+", " "));
            pending = string.Empty;
        }

        return commands;
    }

    private static string Readme() => File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string[] Sorted(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToArray();
}
