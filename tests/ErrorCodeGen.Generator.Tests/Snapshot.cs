using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace ErrorCodeGen.Generator.Tests;

/// <summary>
/// Compares text with an expected file under Snapshots/. Set ERRORCODEGEN_UPDATE_SNAPSHOTS=1 to rewrite the expected
/// files from the current output (then review the diff): <c>ERRORCODEGEN_UPDATE_SNAPSHOTS=1 dotnet test</c>.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        var path = Path.Combine(directory, name);
        if (Environment.GetEnvironmentVariable("ERRORCODEGEN_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual);
            return;
        }

        var copied = Path.Combine(AppContext.BaseDirectory, "Snapshots", name);
        var expectedPath = File.Exists(path) ? path : copied;
        Assert.True(File.Exists(expectedPath), $"Snapshot {name} is missing; run the tests with ERRORCODEGEN_UPDATE_SNAPSHOTS=1 to create it.");
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n");
        Assert.Equal(expected, actual);
    }
}
