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
    public void Package_carries_the_compiler_components_and_MSBuild_files_only()
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
        Assert.Contains("icon.png", entries);

        // Nothing a consumer would compile against or ship.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal) || e.StartsWith("ref/", System.StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", System.StringComparison.Ordinal) && !e.StartsWith("analyzers/dotnet/cs/", System.StringComparison.Ordinal));
    }

    private static XElement NuspecMetadata(string packagePath, string id, out string[] entries)
    {
        using var package = ZipFile.OpenRead(packagePath);
        entries = package.Entries.Select(e => e.FullName).ToArray();
        var nuspecEntry = Assert.Single(package.Entries, e => e.FullName == id + ".nuspec");
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        return nuspec.Root!.Element(nuspec.Root.Name.Namespace + "metadata")!;
    }

    private static void AssertPublishingMetadata(XElement metadata, string[] entries)
    {
        var ns = metadata.Name.Namespace;
        var license = metadata.Element(ns + "license");
        Assert.Equal("expression", license?.Attribute("type")?.Value);
        Assert.Equal("MIT", license?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.Contains("README.md", entries);
        Assert.Equal("icon.png", metadata.Element(ns + "icon")?.Value);
        Assert.Contains("icon.png", entries);
        Assert.Equal("https://github.com/errorcodegen/ErrorCodeGen", metadata.Element(ns + "projectUrl")?.Value);
        var repository = metadata.Element(ns + "repository");
        Assert.Equal("git", repository?.Attribute("type")?.Value);
        Assert.Equal("https://github.com/errorcodegen/ErrorCodeGen", repository?.Attribute("url")?.Value);
        Assert.StartsWith("0.1.0: ", metadata.Element(ns + "releaseNotes")?.Value);
        Assert.False(string.IsNullOrEmpty(metadata.Element(ns + "description")?.Value));
    }

    [Fact]
    public void Packages_carry_license_README_icon_release_notes_and_urls_and_the_repository_has_the_license_file()
    {
        AssertPublishingMetadata(NuspecMetadata(_feed.PackagePath, "ErrorCodeGen", out var entries), entries);

        var cliFeed = Path.Combine(_feed.Root, "cli-feed");
        var cliProject = Path.Combine(_feed.RepositoryRoot, "src", "ErrorCodeGen.Cli", "ErrorCodeGen.Cli.csproj");
        var pack = _feed.Dotnet(_feed.RepositoryRoot, "pack", cliProject, "-c", _feed.Configuration, "--no-build", "-o", cliFeed, "-nodeReuse:false", "-tl:off");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var cliPackage = Assert.Single(Directory.GetFiles(cliFeed, "ErrorCodeGen.Cli.*.nupkg"));
        var cli = NuspecMetadata(cliPackage, "ErrorCodeGen.Cli", out var cliEntries);
        AssertPublishingMetadata(cli, cliEntries);
        Assert.Contains(cli.Element(cli.Name.Namespace + "packageTypes")!.Elements(), e => e.Attribute("name")?.Value == "DotnetTool");

        var licenseFile = File.ReadAllText(Path.Combine(_feed.RepositoryRoot, "LICENSE"));
        Assert.StartsWith("MIT License", licenseFile);
        Assert.Contains("Permission is hereby granted, free of charge", licenseFile);
    }

    [Fact]
    public void Package_README_describes_the_HTTP_JSON_and_Polly_helpers()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath);
        using var reader = new StreamReader(package.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd();

        foreach (var name in new[] { "System.Net.Http", "System.Text.Json", "Polly", "ErrorCodeException", "ErrorCodeResponse", "EnsureErrorCodeSuccessAsync", "ErrorCodeResilience.CreateRetryOptions" })
        {
            Assert.Contains(name, readme);
        }
    }

    [Fact]
    public void Pack_is_reproducible_packing_again_gives_the_same_bytes()
    {
        var again = Path.Combine(_feed.Root, "pack-again");
        var pack = _feed.Pack(again);
        Assert.True(pack.ExitCode == 0, pack.ToString());

        var first = File.ReadAllBytes(_feed.PackagePath);
        var second = File.ReadAllBytes(Path.Combine(again, Path.GetFileName(_feed.PackagePath)));
        Assert.True(first.AsSpan().SequenceEqual(second), "Two packs of the same build differ (zip timestamps or content).");
    }

    [Fact]
    public void Nuspec_is_a_development_dependency_without_dependencies_and_has_its_metadata()
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
