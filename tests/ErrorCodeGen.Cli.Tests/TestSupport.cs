using System;
using System.IO;
using System.Linq;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Cli.Tests;

/// <summary>Paths of the repository and test data, and a scratch folder per test.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ReferenceSpec => Path.Combine(RepoRoot, "spec", "error-codes.md");

    public static string CommittedDocs => Path.Combine(RepoRoot, "docs");

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ErrorCodeGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ErrorCodeGen.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder, deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ecg-cli-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string CopyReferenceSpec(string name = "error-codes.md") => Write(name, System.IO.File.ReadAllText(TestPaths.ReferenceSpec));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Runs the CLI in-process and captures its streams.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => As(CliApp.Name, args);

    /// <summary>Runs the CLI as if started with <paramref name="prefix"/> (e.g. <c>dotnet run --project … --</c>).</summary>
    public static CliRun As(string prefix, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, output, error, prefix);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public override string ToString() => "exit " + ExitCode + "\n--- stdout\n" + Output + "\n--- stderr\n" + Error;
}

/// <summary>Catalog comparison without source locations (a regenerated page has other line numbers).</summary>
internal static class CatalogComparison
{
    public static Catalog WithoutSpans(Catalog catalog) => catalog with
    {
        Entries = catalog.Entries.Select(e => e with { Span = default }).ToEquatableArray(),
        Categories = catalog.Categories.Select(c => c with { Span = default }).ToEquatableArray(),
    };

    public static void AssertSame(Catalog expected, Catalog actual)
    {
        var e = WithoutSpans(expected);
        var a = WithoutSpans(actual);
        Xunit.Assert.Equal(e.Title, a.Title);
        Xunit.Assert.Equal(e.FrontMatter, a.FrontMatter);
        Xunit.Assert.Equal(e.Categories.ToArray(), a.Categories.ToArray());
        Xunit.Assert.Equal(e.ExtraColumns.ToArray(), a.ExtraColumns.ToArray());
        Xunit.Assert.Equal(e.KeptSections.ToArray(), a.KeptSections.ToArray());
        Xunit.Assert.Equal(e.Entries.Count, a.Entries.Count);
        for (var i = 0; i < e.Entries.Count; i++)
        {
            Xunit.Assert.Equal(e.Entries[i], a.Entries[i]);
        }

        Xunit.Assert.Equal(e, a);
    }
}
