using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ErrorCodeGen.EndToEnd.Tests;

/// <summary>The consumer builds share one packed feed and one package folder: they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeedFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Packed ErrorCodeGen feed";
}

/// <summary>
/// Packs ErrorCodeGen.nupkg once into a temporary folder feed and gives each test a consumer folder next to it, with a
/// nuget.config that takes ErrorCodeGen from that feed only and an isolated NUGET_PACKAGES folder, so a package of the
/// same version packed earlier can never be used instead.
/// </summary>
public sealed class PackedFeedFixture : IDisposable
{
    /// <summary>Generous: the first consumer build restores NETStandard.Library into the empty package folder.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private static readonly Regex PackageFileName = new(@"^ErrorCodeGen\.(?<version>\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.nupkg$", RegexOptions.CultureInvariant);

    private readonly IMessageSink _messages;
    private readonly Stopwatch _lifetime = Stopwatch.StartNew();
    private readonly List<CommandResult> _commands = new();

    /// <summary>Packs the package. Fails (rather than skips) when dotnet or the built package project is missing.</summary>
    public PackedFeedFixture(IMessageSink messages)
    {
        _messages = messages;
        var assembly = typeof(PackedFeedFixture).Assembly;
        RepositoryRoot = Metadata(assembly, "ErrorCodeGen.RepositoryRoot");
        Configuration = Metadata(assembly, "ErrorCodeGen.Configuration");

        Root = Path.Combine(Path.GetTempPath(), "errorcodegen-e2e-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        FeedDirectory = Path.Combine(Root, "feed");
        PackagesDirectory = Path.Combine(Root, "packages");
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);

        // Stop MSBuild's upward search for Directory.Build.* here, and take ErrorCodeGen from the feed only.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="errorcodegen-local" value="{FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="errorcodegen-local">
                  <package pattern="ErrorCodeGen" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        var pack = Pack(FeedDirectory);
        if (pack.ExitCode != 0)
        {
            // xunit does not dispose a fixture whose constructor failed: clean up here (the output says what went wrong).
            DeleteRoot();
            throw new XunitException($"dotnet pack failed:\n{pack}");
        }

        var packages = Directory.GetFiles(FeedDirectory, "*.nupkg").Select(Path.GetFileName).ToArray();
        var match = packages.Select(name => PackageFileName.Match(name!)).SingleOrDefault(m => m.Success);
        if (match is null)
        {
            DeleteRoot();
            throw new XunitException($"Expected one ErrorCodeGen.<version>.nupkg in {FeedDirectory}, found: {string.Join(", ", packages)}\n{pack}");
        }

        PackagePath = Path.Combine(FeedDirectory, match.Value);
        PackageVersion = match.Groups["version"].Value;
        Log($"e2e: packed {match.Value} in {pack.Elapsed.TotalSeconds:0.0} s into {FeedDirectory}");
    }

    /// <summary>The repository the tests run from.</summary>
    public string RepositoryRoot { get; }

    /// <summary>The configuration this test assembly (and so the package project) was built in.</summary>
    public string Configuration { get; }

    /// <summary>Temporary folder holding the feed, the package folder and the consumers.</summary>
    public string Root { get; }

    /// <summary>The folder feed holding the packed ErrorCodeGen.nupkg.</summary>
    public string FeedDirectory { get; }

    /// <summary>The isolated NUGET_PACKAGES folder of every package consumer.</summary>
    public string PackagesDirectory { get; }

    /// <summary>The packed package.</summary>
    public string PackagePath { get; }

    /// <summary>Its version (from the single place the repository sets it).</summary>
    public string PackageVersion { get; }

    /// <summary>
    /// <c>dotnet pack</c> of the package project into <paramref name="outputDirectory"/>, without building: the test
    /// project references the package project, so it is built (in this configuration) before the tests run.
    /// </summary>
    public CommandResult Pack(string outputDirectory)
    {
        var packageProject = Path.Combine(RepositoryRoot, "src", "ErrorCodeGen.Package", "ErrorCodeGen.Package.csproj");
        if (!File.Exists(packageProject))
        {
            throw new InvalidOperationException($"The package project is not at {packageProject}.");
        }

        return Dotnet(RepositoryRoot, "pack", packageProject, "-c", Configuration, "--no-build", "-o", outputDirectory, "-nodeReuse:false", "-tl:off");
    }

    /// <summary>The reference spec of the repository.</summary>
    public string ReferenceSpec => File.ReadAllText(Path.Combine(RepositoryRoot, "spec", "error-codes.md"));

    /// <summary>A new, empty consumer folder under <see cref="Root"/>.</summary>
    public ConsumerDirectory CreateConsumer(string name)
    {
        var path = Path.Combine(Root, name);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
        return new ConsumerDirectory(path);
    }

    /// <summary>
    /// Builds a project the way a user's machine does: the compiler server on (this machine's environment turns it off)
    /// and cold, so an analyzer dependency that is not shipped shows up as CS8785 instead of being served from a warm
    /// server. Restore goes through the test nuget.config into the isolated package folder.
    /// </summary>
    public CommandResult Build(string workingDirectory, string project, params string[] extraArguments) =>
        DotnetWith(workingDirectory, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = PackagesDirectory }, BuildArguments(project, extraArguments));

    /// <summary>
    /// <see cref="Build"/> for a consumer of the repository's own projects (no package): it uses the machine's package
    /// folder, the one those projects were restored into, so that their restore state is left as it is.
    /// </summary>
    public CommandResult BuildWithMachinePackageFolder(string workingDirectory, string project, params string[] extraArguments) =>
        DotnetWith(workingDirectory, new Dictionary<string, string?>(), BuildArguments(project, extraArguments));

    private string[] BuildArguments(string project, string[] extraArguments)
    {
        ShutDownCompilerServer();
        var arguments = new List<string>
        {
            // Normal verbosity: the Csc task then says whether the compiler server compiled the project.
            "build", project, "-c", Configuration, "-p:UseSharedCompilation=true", "-nodeReuse:false", "-tl:off", "-v:n",
        };
        arguments.AddRange(extraArguments);
        return arguments.ToArray();
    }

    /// <summary>Runs a built app (<c>dotnet app.dll</c>).</summary>
    public CommandResult RunApp(string workingDirectory, string assemblyPath) =>
        Dotnet(workingDirectory, assemblyPath);

    /// <summary>Runs dotnet with the isolated package folder and records the command for the timing summary.</summary>
    public CommandResult Dotnet(string workingDirectory, params string[] arguments) =>
        DotnetWith(workingDirectory, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = PackagesDirectory }, arguments);

    /// <summary>Runs dotnet with the given environment changes (null removes a variable).</summary>
    public CommandResult DotnetWith(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var result = DotnetCli.Run(workingDirectory, BuildTimeout, environment, arguments);
        lock (_commands)
        {
            _commands.Add(result);
        }

        return result;
    }

    /// <summary>Stops the compiler server (only that one: other builds on the machine keep their MSBuild nodes).</summary>
    public void ShutDownCompilerServer() =>
        DotnetCli.Run(Root, TimeSpan.FromMinutes(1), new Dictionary<string, string?>(), "build-server", "shutdown", "--vbcscompiler");

    /// <inheritdoc />
    public void Dispose()
    {
        ShutDownCompilerServer();
        double commandSeconds;
        lock (_commands)
        {
            commandSeconds = _commands.Sum(c => c.Elapsed.TotalSeconds);
        }

        Log($"e2e: {_commands.Count} dotnet commands took {commandSeconds:0.0} s; the suite {_lifetime.Elapsed.TotalSeconds:0.0} s");
        if (Environment.GetEnvironmentVariable("ERRORCODEGEN_E2E_KEEP") == "1")
        {
            Log($"e2e: kept {Root}");
            return;
        }

        DeleteRoot();
    }

    private void DeleteRoot()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException e)
        {
            Log($"e2e: could not delete {Root}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            Log($"e2e: could not delete {Root}: {e.Message}");
        }
    }

    private void Log(string message) => _messages.OnMessage(new DiagnosticMessage(message));

    private static string Metadata(Assembly assembly, string key) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no [AssemblyMetadata(\"{key}\")].");
}

/// <summary>A consumer project folder.</summary>
public sealed class ConsumerDirectory
{
    /// <summary>Wraps an existing folder.</summary>
    public ConsumerDirectory(string path) => Path = path;

    /// <summary>Its full path.</summary>
    public string Path { get; }

    /// <summary>Writes a file (creating folders) and returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content.Replace("\r\n", "\n"));
        return full;
    }

    /// <summary>The full path of a file in the folder.</summary>
    public string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);
}
