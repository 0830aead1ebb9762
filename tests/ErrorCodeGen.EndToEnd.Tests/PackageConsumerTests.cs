using System.Linq;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeGen.EndToEnd.Tests;

/// <summary>Real projects that consume the packed ErrorCodeGen package the way the README's Install section says.</summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageConsumerTests
{
    private readonly PackedFeedFixture _feed;
    private readonly ITestOutputHelper _log;

    public PackageConsumerTests(PackedFeedFixture feed, ITestOutputHelper log)
    {
        _feed = feed;
        _log = log;
    }

    private string PackageReference =>
        $"""<PackageReference Include="ErrorCodeGen" Version="{_feed.PackageVersion}" PrivateAssets="all" />""";

    [Fact]
    public void Net10_console_app_with_one_spec_builds_and_prints_values_from_the_generated_API()
    {
        var app = _feed.CreateConsumer("console-app");
        app.Write("spec/error-codes.md", _feed.ReferenceSpec);
        app.Write("ConsoleApp.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                {PackageReference}
                <ErrorCodeSpec Include="spec/error-codes.md" Namespace="Acme.MarketData" EnumName="ErrorCode" Accessibility="public" />
              </ItemGroup>
            </Project>
            """);
        app.Write("Program.cs", """
            using Acme.MarketData;

            var code = ErrorCode.InvalidOrExpiredApiKey;
            Console.WriteLine($"{(int)code} {code.ToStringFast()} message='{code.GetMessage()}' http={(int?)code.GetHttpStatus()} category={code.GetCategory()} retry={code.GetRetryClassification()}");
            Console.WriteLine($"const='{ErrorCodeMessages.InvalidOrExpiredApiKey}'");
            Console.WriteLine($"TryFromCode(3001)={ErrorCodeExtensions.TryFromCode(3001, out var limited)} {limited} retryable={limited.IsRetryable()} delay={limited.GetRetryDelay(0)}");
            Console.WriteLine($"TryFromCode(42)={ErrorCodeExtensions.TryFromCode(42, out _)}");
            Console.WriteLine($"websocket http={ErrorCode.DepthSubscriptionUnavailable.GetHttpStatus()?.ToString() ?? "none"} retry={ErrorCode.DepthSubscriptionUnavailable.GetRetryClassification()}");
            Console.WriteLine($"values={ErrorCodeExtensions.GetValues().Length}");
            """);

        var build = _feed.Build(app.Path, "ConsoleApp.csproj");
        _log.WriteLine(build.ToString());
        BuildAssert.Succeeded(build);
        BuildAssert.NoWarnings(build);

        var run = _feed.RunApp(app.Path, app.File($"bin/{_feed.Configuration}/net10.0/ConsoleApp.dll"));
        _log.WriteLine(run.ToString());
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            new[]
            {
                "1001 InvalidOrExpiredApiKey message='Invalid or expired token' http=401 category=Authentication retry=DoNotRetry",
                "const='Invalid or expired token'",
                "TryFromCode(3001)=True RateLimitExceeded retryable=True delay=00:01:00",
                "TryFromCode(42)=False",
                "websocket http=none retry=UseFallback",
                "values=20",
            },
            lines);
    }

    [Fact]
    public void NetStandard20_library_CSharp73_nullable_off_documentation_file_builds_clean_with_WarnAsError()
    {
        var library = _feed.CreateConsumer("netstandard-library");
        library.Write("spec/error-codes.md", _feed.ReferenceSpec);
        library.Write("Acme.Client.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>7.3</LangVersion>
                <Nullable>disable</Nullable>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <RootNamespace>Acme.Client</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                {PackageReference}
                <ErrorCodeSpec Include="spec/error-codes.md" />
              </ItemGroup>
            </Project>
            """);
        library.Write("ErrorTranslator.cs", """
            namespace Acme.Client
            {
                /// <summary>Turns wire codes into text.</summary>
                public static class ErrorTranslator
                {
                    /// <summary>Describes a wire code.</summary>
                    /// <param name="code">The <c>code</c> field of a response.</param>
                    /// <returns>The message, the HTTP status and whether to retry.</returns>
                    public static string Describe(int code)
                    {
                        ErrorCode value;
                        if (!ErrorCodeExtensions.TryFromCode(code, out value))
                        {
                            return "unknown";
                        }

                        System.Net.HttpStatusCode? status = value.GetHttpStatus();
                        string http = status.HasValue ? ((int)status.Value).ToString() : "-";
                        return value.GetMessage() + " " + http + (value.IsRetryable() ? " retry" : string.Empty);
                    }
                }
            }
            """);

        // Namespace defaults to RootNamespace, EnumName to ErrorCode.
        var build = _feed.Build(library.Path, "Acme.Client.csproj", "-warnaserror");
        _log.WriteLine(build.ToString());
        BuildAssert.Succeeded(build);
        BuildAssert.NoWarnings(build);
        Assert.True(System.IO.File.Exists(library.File($"bin/{_feed.Configuration}/netstandard2.0/Acme.Client.xml")), "documentation file");
    }

    [Fact]
    public void Two_specs_in_one_project_with_different_namespace_and_enum_name_give_two_catalogs()
    {
        var app = _feed.CreateConsumer("two-specs");
        app.Write("spec/market-data.md", _feed.ReferenceSpec);
        app.Write("spec/trading.md", """
            # Trading API error codes

            | Code | Meaning | Recommendation | HTTP | Retry |
            |------|---------|----------------|------|-------|
            | 0 | Success | - | 200 | None |
            | 7001 | Order rejected | Check the order | 400 | DoNotRetry |
            | 7002 | Matching engine busy | Retry later | 503 | RetryWithBackoff |
            """);
        app.Write("TwoSpecs.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                {PackageReference}
                <ErrorCodeSpec Include="spec/market-data.md" Namespace="Acme.MarketData" EnumName="ErrorCode" />
                <ErrorCodeSpec Include="spec/trading.md" Namespace="Acme.Trading" EnumName="TradingError" Accessibility="internal" />
              </ItemGroup>
            </Project>
            """);
        app.Write("Program.cs", """
            using System;
            using Acme.MarketData;
            using Acme.Trading;

            internal static class Program
            {
                private static void Main()
                {
                    Console.WriteLine($"market-data {(int)ErrorCode.RateLimitExceeded} {ErrorCode.RateLimitExceeded.GetCategory()} {ErrorCodeExtensions.GetValues().Length}");
                    Console.WriteLine($"trading {(int)TradingError.MatchingEngineBusy} {(int?)TradingError.MatchingEngineBusy.GetHttpStatus()} {TradingError.MatchingEngineBusy.GetRetryClassification()} {TradingErrorExtensions.GetValues().Length}");
                    Console.WriteLine($"trading public={typeof(TradingError).IsPublic} market-data public={typeof(ErrorCode).IsPublic}");
                }
            }
            """);

        var build = _feed.Build(app.Path, "TwoSpecs.csproj");
        _log.WriteLine(build.ToString());
        BuildAssert.Succeeded(build);
        BuildAssert.NoWarnings(build);

        var run = _feed.RunApp(app.Path, app.File($"bin/{_feed.Configuration}/net10.0/TwoSpecs.dll"));
        _log.WriteLine(run.ToString());
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            new[]
            {
                "market-data 3001 RateLimiting 20",
                "trading 7002 503 RetryWithBackoff 3",
                "trading public=False market-data public=True",
            },
            run.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void App_referencing_a_catalog_library_gets_ECG0001_on_its_incomplete_switch()
    {
        var root = _feed.CreateConsumer("library-and-app");
        root.Write("Contracts/spec/error-codes.md", _feed.ReferenceSpec);
        root.Write("Contracts/Contracts.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                {PackageReference}
                <ErrorCodeSpec Include="spec/error-codes.md" Namespace="Acme.MarketData" />
              </ItemGroup>
            </Project>
            """);
        root.Write("App/App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Contracts/Contracts.csproj" />
                <!-- For the analyzer only: this project has no spec of its own. -->
                {PackageReference}
              </ItemGroup>
            </Project>
            """);
        root.Write("App/Program.cs", """
            using System;
            using Acme.MarketData;

            internal static class Program
            {
                private static string Handle(ErrorCode code)
                {
                    switch (code)
                    {
                        case ErrorCode.Success:
                            return "ok";
                        case ErrorCode.InvalidOrExpiredApiKey:
                            return "log in again";
                    }

                    return "unhandled";
                }

                private static void Main() => Console.WriteLine(Handle(ErrorCode.InvalidOrExpiredApiKey) + " " + ErrorCode.ApiKeyNotProvided.GetMessage());
            }
            """);

        var build = _feed.Build(root.File("App"), "App.csproj");
        _log.WriteLine(build.ToString());
        BuildAssert.Succeeded(build);
        var ecg0001 = BuildAssert.WarningLines(build).Where(l => l.Contains("warning ECG0001")).ToArray();
        var line = Assert.Single(ecg0001);
        Assert.Matches(@"Program\.cs\(8,\d+\): warning ECG0001: ", line);
        Assert.Contains("ApiKeyNotProvided", line);
        Assert.Contains("ServiceTemporarilyUnavailable", line);
        Assert.DoesNotContain("CS0433", build.Output);
        Assert.Equal(new[] { "ECG0001" }, BuildAssert.WarningLines(build).Select(WarningId).Distinct().ToArray());

        var run = _feed.RunApp(root.Path, root.File($"App/bin/{_feed.Configuration}/net10.0/App.dll"));
        _log.WriteLine(run.ToString());
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("log in again Token is required", run.Output.Trim());
    }

    [Fact]
    public void Library_with_InternalsVisibleTo_and_an_app_with_its_own_catalog_build_with_WarnAsError()
    {
        // Both projects generate a catalog, so both hold ErrorCodeGen's internal marker attribute; the library shows its
        // internals to the app. An internal type visible twice is CS0436, an error under -warnaserror.
        var root = _feed.CreateConsumer("internals-visible-to");
        root.Write("Contracts/spec/error-codes.md", _feed.ReferenceSpec);
        root.Write("Contracts/Contracts.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                {PackageReference}
                <ErrorCodeSpec Include="spec/error-codes.md" Namespace="Contracts" />
                <InternalsVisibleTo Include="App" />
              </ItemGroup>
            </Project>
            """);
        root.Write("Contracts/Shared.cs", "namespace Contracts { internal static class Shared { internal const string Greeting = \"internal\"; } }\n");
        root.Write("App/spec/app-errors.md", "# App errors\n\n| Code | Meaning |\n|---|---|\n| 0 | OK |\n| 7 | Card declined |\n");
        root.Write("App/App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Contracts/Contracts.csproj" />
                {PackageReference}
                <ErrorCodeSpec Include="spec/app-errors.md" Namespace="App" EnumName="AppError" />
              </ItemGroup>
            </Project>
            """);
        root.Write("App/Program.cs", """
            using System;
            using App;
            using Contracts;

            internal static class Program
            {
                private static void Main() =>
                    Console.WriteLine(Contracts.Shared.Greeting + " " + Contracts.ErrorCode.RateLimitExceeded.GetMessage() + " " + App.AppError.CardDeclined.GetMessage());
            }
            """);

        var build = _feed.Build(root.File("App"), "App.csproj", "-warnaserror");
        _log.WriteLine(build.ToString());
        BuildAssert.Succeeded(build);
        Assert.DoesNotContain("CS0436", build.Output);

        var run = _feed.RunApp(root.Path, root.File($"App/bin/{_feed.Configuration}/net10.0/App.dll"));
        _log.WriteLine(run.ToString());
        Assert.Equal("internal Rate limit exceeded Card declined", run.Output.Trim());
    }

    [Fact]
    public void Incomplete_switch_with_ECG0001_severity_error_in_editorconfig_fails_the_build()
    {
        var app = _feed.CreateConsumer("ci-gate");
        app.Write("spec/error-codes.md", _feed.ReferenceSpec);
        app.Write(".editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.ECG0001.severity = error
            """);
        app.Write("Gate.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                {PackageReference}
                <ErrorCodeSpec Include="spec/error-codes.md" Namespace="Acme.MarketData" />
              </ItemGroup>
            </Project>
            """);
        app.Write("Program.cs", """
            using System;
            using Acme.MarketData;

            internal static class Program
            {
                private static string Advice(ErrorCode code) => code switch
                {
                    ErrorCode.Success => "ok",
                    ErrorCode.RateLimitExceeded => "slow down",
                    ErrorCode.InternalServerError => "retry",
                };

                private static void Main() => Console.WriteLine(Advice(ErrorCode.Success));
            }
            """);

        var build = _feed.Build(app.Path, "Gate.csproj");
        _log.WriteLine(build.ToString());
        BuildAssert.Failed(build);
        Assert.Equal(1, build.ExitCode);
        var line = Assert.Single(BuildAssert.ErrorLines(build), l => l.Contains("error ECG0001"));
        Assert.Matches(@"Program\.cs\(6,\d+\): error ECG0001: ", line);
        Assert.Contains("QuotaExhausted", line);
        Assert.Equal(new[] { "ECG0001" }, BuildAssert.ErrorLines(build).Select(ErrorId).Distinct().ToArray());
    }

    [Fact]
    public void Broken_spec_fails_the_build_with_ECG1xxx_at_the_spec_line_and_column()
    {
        var app = _feed.CreateConsumer("broken-spec");
        app.Write("spec/error-codes.md", """
            # Broken API error codes

            | Code | Meaning | Recommendation |
            |------|---------|----------------|
            | 0 | Success | - |
            | 1001 | Invalid API key | Check the key |
            | 1001 | Invalid API key | Renew the key |
            | 1x02 | Unknown symbol | Check the symbol |
            """);
        app.Write("Broken.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                {PackageReference}
                <ErrorCodeSpec Include="spec/error-codes.md" Namespace="Acme.Broken" />
              </ItemGroup>
            </Project>
            """);
        app.Write("Class1.cs", "namespace Acme.Broken { internal static class Class1 { } }\n");

        var build = _feed.Build(app.Path, "Broken.csproj");
        _log.WriteLine(build.ToString());
        BuildAssert.Failed(build);
        Assert.Equal(1, build.ExitCode);

        var specErrors = BuildAssert.ErrorLines(build)
            .Select(l => Regex.Match(l, @"error-codes\.md\((?<line>\d+),(?<column>\d+)\): error (?<id>ECG1\d{3}): "))
            .Where(m => m.Success)
            .Select(m => (Id: m.Groups["id"].Value, Line: int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), Column: int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(e => e.Line)
            .ToArray();
        Assert.True(specErrors.Length > 0, $"Expected ECG1xxx errors located in the spec:\n{build}");
        Assert.Contains(specErrors, e => e.Id == "ECG1005" && e.Line == 7 && e.Column == 3);
        Assert.Contains(specErrors, e => e.Id == "ECG1003" && e.Line == 8 && e.Column == 3);
        Assert.All(BuildAssert.ErrorLines(build), l => Assert.Contains("error ECG1", l));
    }

    [Fact]
    public void Editing_the_spec_the_next_build_picks_up_the_new_code()
    {
        var app = _feed.CreateConsumer("edit-spec");
        var spec = app.Write("spec/error-codes.md", _feed.ReferenceSpec);
        app.Write("EditSpec.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Acme.MarketData</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                {PackageReference}
                <ErrorCodeSpec Include="spec/error-codes.md" />
              </ItemGroup>
            </Project>
            """);
        app.Write("Program.cs", """
            using System;
            using Acme.MarketData;

            internal static class Program
            {
                private static void Main()
                {
                    var found = ErrorCodeExtensions.TryFromCode(5003, out var code);
                    Console.WriteLine($"{found} {code} {ErrorCodeExtensions.GetValues().Length}");
                }
            }
            """);
        var dll = app.File($"bin/{_feed.Configuration}/net10.0/EditSpec.dll");

        var first = _feed.Build(app.Path, "EditSpec.csproj");
        _log.WriteLine(first.ToString());
        BuildAssert.Succeeded(first);
        Assert.Equal("False Success 20", _feed.RunApp(app.Path, dll).Output.Trim());

        const string lastRow = "| 5002 | Service temporarily unavailable | Retry later |";
        var text = System.IO.File.ReadAllText(spec);
        Assert.Contains(lastRow, text);
        System.IO.File.WriteAllText(spec, text.Replace(lastRow, lastRow + "\n| 5003 | Scheduled maintenance | Retry after the maintenance window |", System.StringComparison.Ordinal));

        var second = _feed.Build(app.Path, "EditSpec.csproj");
        _log.WriteLine(second.ToString());
        BuildAssert.Succeeded(second);
        Assert.Equal("True ScheduledMaintenance 21", _feed.RunApp(app.Path, dll).Output.Trim());
    }

    [Fact]
    public void ErrorCodeSpec_of_a_missing_file_fails_the_build_naming_it()
    {
        var app = _feed.CreateConsumer("missing-spec");
        app.Write("Missing.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                {PackageReference}
                <ErrorCodeSpec Include="spec/no-such-file.md" />
              </ItemGroup>
            </Project>
            """);
        app.Write("Class1.cs", "internal static class Class1 { }\n");

        var build = _feed.Build(app.Path, "Missing.csproj");
        _log.WriteLine(build.ToString());
        Assert.Equal(1, build.ExitCode);
        var errors = ErrorLines(build.Output);
        Assert.NotEmpty(errors);
        Assert.All(errors, line =>
        {
            Assert.Equal("ECG1050", ErrorId(line));
            Assert.StartsWith(app.File("Missing.csproj") + " : error ECG1050: The error-code spec 'spec/no-such-file.md' does not exist", line);
        });
    }

    [Fact]
    public void An_invalid_enum_name_is_one_error_in_the_project_file_naming_the_item_and_property_and_no_follow_on_errors()
    {
        var app = _feed.CreateConsumer("bad-option");
        app.Write("spec/error-codes.md", _feed.ReferenceSpec);
        app.Write("BadOption.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>BadOption</RootNamespace>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                {PackageReference}
                <ErrorCodeSpec Include="spec/error-codes.md" EnumName="Error-Code" />
              </ItemGroup>
            </Project>
            """);
        app.Write("Uses.cs", """
            namespace BadOption;

            internal static class Uses
            {
                internal static string Name(ErrorCode code) => code.ToStringFast();
            }
            """);

        var build = _feed.Build(app.Path, "BadOption.csproj");
        _log.WriteLine(build.ToString());
        Assert.Equal(1, build.ExitCode);
        var error = Assert.Single(ErrorLines(build.Output));
        Assert.StartsWith(
            app.File("BadOption.csproj") + "(1,1): error ECG1016: ErrorCodeSpec item 'spec/error-codes.md': EnumName 'Error-Code' is not valid: it must be a C# identifier",
            error);
        Assert.DoesNotContain("CS0246", build.Output);
    }

    /// <summary>The distinct error lines of a build, without the node prefix (<c>1&gt;</c>) of the detailed log.</summary>
    private static string[] ErrorLines(string output) =>
        output.Split('\n')
            .Select(l => Regex.Replace(l.Trim(), @"^\d+(:\d+)?>", string.Empty))
            .Where(l => l.Contains(": error ", System.StringComparison.Ordinal))
            .Distinct(System.StringComparer.Ordinal)
            .ToArray();

    private static string WarningId(string line) => Regex.Match(line, @"warning (?<id>[A-Z]+\d+)").Groups["id"].Value;

    private static string ErrorId(string line) => Regex.Match(line, @"error (?<id>[A-Z]+\d+)").Groups["id"].Value;
}
