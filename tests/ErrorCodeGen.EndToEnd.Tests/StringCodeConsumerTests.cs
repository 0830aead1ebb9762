using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeGen.EndToEnd.Tests;

/// <summary>A real consumer of the packed package with a string-code spec: it builds, round-trips its wire codes, and the analyzer checks its string switches.</summary>
[Collection(PackedFeedCollection.Name)]
public sealed class StringCodeConsumerTests
{
    private const string Spec = """
        # Room service errors

        | Code | Meaning | HTTP |
        |------|---------|------|
        | S_BUSY | Server busy; retry later | 503 |
        | S_FORBIDDEN | You may not post in this room | 403 |
        | S_NOT_FOUND | No such room | 404 |
        | S_BAD_REQUEST | The request is malformed | 400 |
        """;

    private readonly PackedFeedFixture _feed;
    private readonly ITestOutputHelper _log;

    public StringCodeConsumerTests(PackedFeedFixture feed, ITestOutputHelper log)
    {
        _feed = feed;
        _log = log;
    }

    [Fact]
    public void String_code_spec_builds_round_trips_and_gets_ECG0001_and_ECG0002_only_on_the_incomplete_switches()
    {
        var app = _feed.CreateConsumer("string-codes");
        app.Write("spec/room-errors.md", Spec);
        app.Write("StringCodes.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ErrorCodeGen" Version="{_feed.PackageVersion}" PrivateAssets="all" />
                <ErrorCodeSpec Include="spec/room-errors.md" Namespace="Acme.Rooms" EnumName="RoomError" />
              </ItemGroup>
            </Project>
            """);
        app.Write("Program.cs", """
            using System;
            using System.Linq;
            using Acme.Rooms;

            internal sealed record RoomResponse(string Errcode, string Error);

            internal static class Program
            {
                // Incomplete: a misspelt S_FORBIDDEN, and S_NOT_FOUND and S_BAD_REQUEST missing.
                private static string Incomplete(RoomResponse response)
                {
                    switch (response.Errcode)
                    {
                        case "S_BUSY":
                            return "busy";
                        case "S_FORBIDEN":
                            return "typo";
                    }

                    return "other";
                }

                // Complete: no diagnostic.
                private static int Complete(RoomResponse response) => response switch
                {
                    { Errcode: "S_BUSY" } => 1,
                    { Errcode: RoomErrorWireCodes.Forbidden } => 2,
                    { Errcode: "S_NOT_FOUND" or "S_BAD_REQUEST" } => 3,
                    _ => 0,
                };

                private static void Main()
                {
                    var all = RoomErrorExtensions.GetValues();
                    var roundTrips = all.All(v => RoomErrorExtensions.TryFromWireCode(v.GetWireCode(), out var back) && back == v);
                    var unknown = RoomErrorExtensions.TryFromWireCode("s_busy", out var none);
                    Console.WriteLine($"{all.Length} {roundTrips} {unknown} {(int)none} {RoomError.Busy.GetWireCode()} {(int)RoomError.Busy} {RoomError.Busy.IsRetryable()} {(int?)RoomError.Forbidden.GetHttpStatus()}");
                    Console.WriteLine($"{Incomplete(new RoomResponse("S_BUSY", ""))} {Complete(new RoomResponse("S_BAD_REQUEST", ""))}");
                }
            }
            """);

        var build = _feed.Build(app.Path, "StringCodes.csproj");
        _log.WriteLine(build.ToString());
        BuildAssert.Succeeded(build);
        var warnings = BuildAssert.WarningLines(build);
        Assert.Contains(warnings, l => l.Contains("Program.cs(12,") && l.Contains("warning ECG0001: Switch over Acme.Rooms.RoomError does not handle 3 codes: S_FORBIDDEN, S_NOT_FOUND, S_BAD_REQUEST"));
        Assert.Contains(warnings, l => l.Contains("Program.cs(16,") && l.Contains("warning ECG0002: Case label \"S_FORBIDEN\" is not a code of Acme.Rooms.RoomError; did you mean \"S_FORBIDDEN\"?"));
        Assert.Equal(2, warnings.Select(l => l.Substring(l.IndexOf("warning", System.StringComparison.Ordinal))).Distinct().Count());
        Assert.DoesNotContain(warnings, l => l.Contains("Program.cs(24,"));

        var run = _feed.RunApp(app.Path, app.File($"bin/{_feed.Configuration}/net10.0/StringCodes.dll"));
        _log.WriteLine(run.ToString());
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            new[] { "4 True False 0 S_BUSY 1 True 403", "busy 3" },
            run.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToArray());
    }
}
