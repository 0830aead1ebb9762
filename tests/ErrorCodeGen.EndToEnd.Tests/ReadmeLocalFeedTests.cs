using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeGen.EndToEnd.Tests;

/// <summary>
/// The README's "Get the package from a local folder feed", followed as written: its pack command (with a version
/// suffix), its nuget.config and its PackageReference, in a new console app.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class ReadmeLocalFeedTests
{
    private readonly PackedFeedFixture _feed;
    private readonly ITestOutputHelper _log;

    public ReadmeLocalFeedTests(PackedFeedFixture feed, ITestOutputHelper log)
    {
        _feed = feed;
        _log = log;
    }

    /// <summary>The README text from the local-feed heading to the next heading of that level.</summary>
    private string LocalFeedSection()
    {
        var readme = File.ReadAllText(Path.Combine(_feed.RepositoryRoot, "README.md")).Replace("\r\n", "\n");
        var start = readme.IndexOf("### Get the package from a local folder feed", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no local-feed section");
        var end = readme.IndexOf("\n### ", start + 4, StringComparison.Ordinal);
        return readme.Substring(start, (end < 0 ? readme.Length : end) - start);
    }

    [Fact]
    public void README_local_feed_pack_with_version_suffix_NuGet_config_new_console_app_builds_and_runs()
    {
        var section = LocalFeedSection();
        var packLine = section.Split('\n').Single(l => l.StartsWith("dotnet pack ", StringComparison.Ordinal));
        var nugetConfig = Regex.Match(section, @"```xml\n(?<xml><\?xml.*?</configuration>)\n```", RegexOptions.Singleline | RegexOptions.CultureInvariant).Groups["xml"].Value;
        var reference = Regex.Match(section, @"<PackageReference Include=""ErrorCodeGen"" Version=""(?<version>[^""]+)"" PrivateAssets=""all"" />", RegexOptions.CultureInvariant);
        Assert.NotEmpty(nugetConfig);
        Assert.True(reference.Success, "README local-feed section has no PackageReference");

        // work/ErrorCodeGen (the clone: this repository), work/MyApp, work/errorcodegen-feed.
        var work = _feed.CreateConsumer("readme-local-feed");
        var feed = Path.Combine(work.Path, "errorcodegen-feed");
        var arguments = packLine.Substring("dotnet ".Length).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var output = arguments.IndexOf("-o") + 1;
        Assert.Equal("../errorcodegen-feed", arguments[output]);
        arguments[output] = feed;
        var configuration = arguments.IndexOf("-c") + 1;
        Assert.Equal("Release", arguments[configuration]);
        arguments[configuration] = _feed.Configuration;
        // The repository is already built (this test project depends on the package project): pack it as it is.
        arguments.AddRange(new[] { "--no-build", "-nodeReuse:false", "-tl:off" });
        var pack = _feed.Dotnet(_feed.RepositoryRoot, arguments.ToArray());
        _log.WriteLine(pack.ToString());
        Assert.True(pack.ExitCode == 0, pack.ToString());

        var suffix = arguments[arguments.IndexOf("--version-suffix") + 1];
        var version = _feed.PackageVersion + "-" + suffix;
        Assert.Equal(version, reference.Groups["version"].Value);
        Assert.True(File.Exists(Path.Combine(feed, "ErrorCodeGen." + version + ".nupkg")), "packed " + string.Join(", ", Directory.GetFiles(feed)));
        Assert.Contains("work/errorcodegen-feed/ErrorCodeGen." + version + ".nupkg", section);

        var app = new ConsumerDirectory(Path.Combine(work.Path, "MyApp"));
        app.Write("nuget.config", nugetConfig + "\n");
        app.Write("spec/error-codes.md", _feed.ReferenceSpec);
        app.Write("MyApp.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                {reference.Value}
                <ErrorCodeSpec Include="spec/error-codes.md" Namespace="Acme.MarketData" />
              </ItemGroup>
            </Project>
            """);
        app.Write("Program.cs", """
            using Acme.MarketData;

            System.Console.WriteLine($"{(int)ErrorCode.RateLimitExceeded} {ErrorCode.RateLimitExceeded.GetRetryClassification()}");
            """);

        var build = _feed.Build(app.Path, "MyApp.csproj");
        _log.WriteLine(build.ToString());
        BuildAssert.Succeeded(build);
        BuildAssert.NoWarnings(build);
        Assert.True(Directory.Exists(Path.Combine(_feed.PackagesDirectory, "errorcodegen", version)), "restored from the local feed under its suffixed version");

        var run = _feed.RunApp(app.Path, app.File($"bin/{_feed.Configuration}/net10.0/MyApp.dll"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("3001 RetryAfterDelay", run.Output.Trim());
    }
}
