using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace ErrorCodeGen.EndToEnd.Tests;

/// <summary>What the packed ErrorCodeGen.nupkg holds and declares.</summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackedFeedFixture _feed;

    public PackageLayoutTests(PackedFeedFixture feed) => _feed = feed;

    [Fact]
    public void Package_CarriesTheCompilerComponentsAndMsbuildFilesOnly()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath);
        var entries = package.Entries.Select(e => e.FullName).ToArray();

        foreach (var assembly in new[] { "ErrorCodeGen.Generator", "ErrorCodeGen.Analyzers", "ErrorCodeGen.CodeFixes", "ErrorCodeGen.Core" })
        {
            Assert.Contains($"analyzers/dotnet/cs/{assembly}.dll", entries);
            Assert.Contains($"analyzers/dotnet/cs/{assembly}.pdb", entries);
        }

        Assert.Contains("analyzers/dotnet/cs/Markdig.dll", entries);
        Assert.Contains("buildTransitive/ErrorCodeGen.props", entries);
        Assert.Contains("buildTransitive/ErrorCodeGen.targets", entries);
        Assert.Contains("README.md", entries);

        // Nothing a consumer would compile against or ship.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal) || e.StartsWith("ref/", System.StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", System.StringComparison.Ordinal) && !e.StartsWith("analyzers/dotnet/cs/", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_IsReproducible_PackingAgainGivesTheSameBytes()
    {
        var again = Path.Combine(_feed.Root, "pack-again");
        var pack = _feed.Pack(again);
        Assert.True(pack.ExitCode == 0, pack.ToString());

        var first = File.ReadAllBytes(_feed.PackagePath);
        var second = File.ReadAllBytes(Path.Combine(again, Path.GetFileName(_feed.PackagePath)));
        Assert.True(first.AsSpan().SequenceEqual(second), "Two packs of the same build differ (zip timestamps or content).");
    }

    [Fact]
    public void Nuspec_IsADevelopmentDependencyWithoutDependencies_AndHasItsMetadata()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath);
        var nuspecEntry = Assert.Single(package.Entries, e => e.FullName == "ErrorCodeGen.nuspec");
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("ErrorCodeGen", metadata.Element(ns + "id")?.Value);
        Assert.Equal(_feed.PackageVersion, metadata.Element(ns + "version")?.Value);
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")?.Value);
        Assert.Null(metadata.Element(ns + "dependencies"));
        var license = metadata.Element(ns + "license");
        Assert.Equal("expression", license?.Attribute("type")?.Value);
        Assert.Equal("MIT", license?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        var repository = metadata.Element(ns + "repository");
        Assert.Equal("git", repository?.Attribute("type")?.Value);
        Assert.Equal("https://github.com/errorcodegen/ErrorCodeGen", repository?.Attribute("url")?.Value);
        Assert.False(string.IsNullOrEmpty(metadata.Element(ns + "description")?.Value));

        // The version comes from the one place the repository sets it.
        var buildProps = File.ReadAllText(Path.Combine(_feed.RepositoryRoot, "Directory.Build.props"));
        Assert.Contains($"<VersionPrefix>{_feed.PackageVersion}</VersionPrefix>", buildProps);
    }
}
