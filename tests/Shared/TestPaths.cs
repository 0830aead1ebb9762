using System;
using System.IO;

namespace ErrorCodeGen;

/// <summary>Paths of the repository and of test data (linked into the test projects that need them).</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ReferenceSpec => Path.Combine(RepoRoot, "spec", "error-codes.md");

    public static string CommittedDocs => Path.Combine(RepoRoot, "docs");

    /// <summary>A file of the test project's own TestData folder, copied beside the test assembly.</summary>
    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>A page of the core tests' real-world styles (tests/ErrorCodeGen.Core.Tests/Specs).</summary>
    public static string CoreSpec(string name) => Path.Combine(RepoRoot, "tests", "ErrorCodeGen.Core.Tests", "Specs", name);

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
