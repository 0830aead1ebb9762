using System;
using System.IO;
using System.Linq;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Docs.Tests;

/// <summary>Paths of the repository and test data.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ReferenceSpec => Path.Combine(RepoRoot, "spec", "error-codes.md");

    public static string CommittedDocs => Path.Combine(RepoRoot, "docs");

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>A page of the core tests' real-world styles.</summary>
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

/// <summary>Compares two catalogs, source locations aside.</summary>
internal static class CatalogComparison
{
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

    private static Catalog WithoutSpans(Catalog catalog) => catalog with
    {
        Entries = catalog.Entries.Select(e => e with { Span = default }).ToEquatableArray(),
        Categories = catalog.Categories.Select(c => c with { Span = default }).ToEquatableArray(),
    };
}
