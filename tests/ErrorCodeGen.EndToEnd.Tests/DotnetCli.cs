using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace ErrorCodeGen.EndToEnd.Tests;

/// <summary>What one <c>dotnet</c> invocation did.</summary>
public sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>A readable account for assertion messages and the test log.</summary>
    public override string ToString() =>
        $"> {CommandLine}\n  (in {WorkingDirectory}; exit code {ExitCode}; {Elapsed.TotalSeconds:0.0} s)\n{Output}";
}

/// <summary>Runs the real <c>dotnet</c> CLI with a time limit and captures its output (stdout and stderr interleaved).</summary>
public static class DotnetCli
{
    /// <summary>Environment variables that the test host inherits from the dotnet/MSBuild process that started it and that
    /// would make a nested <c>dotnet</c> use that process's MSBuild instead of resolving its own.</summary>
    private static readonly string[] InheritedBuildVariablePrefixes = { "MSBuild" };

    /// <summary>The <c>dotnet</c> executable: the one that runs these tests (DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string Executable { get; } = FindDotnet();

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>. Throws when it cannot be started or exceeds <paramref name="timeout"/>.</summary>
    public static CommandResult Run(
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string?> environment,
        params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var key in new List<string>(EnumerateKeys(startInfo.Environment)))
        {
            foreach (var prefix in InheritedBuildVariablePrefixes)
            {
                if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    startInfo.Environment.Remove(key);
                    break;
                }
            }
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach (var pair in environment)
        {
            if (pair.Value is null)
            {
                startInfo.Environment.Remove(pair.Key);
            }
            else
            {
                startInfo.Environment[pair.Key] = pair.Value;
            }
        }

        var commandLine = "dotnet " + string.Join(" ", arguments);
        var output = new StringBuilder();
        var gate = new object();
        void Append(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (gate)
            {
                output.Append(e.Data).Append('\n');
            }
        }

        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        var stopwatch = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"Could not start '{Executable}' ({e.Message}). The end-to-end tests need the .NET SDK's dotnet CLI on PATH.", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Exited meanwhile.
            }

            string partial;
            lock (gate)
            {
                partial = output.ToString();
            }

            throw new TimeoutException($"'{commandLine}' did not finish within {timeout.TotalSeconds:0} s in {workingDirectory}. Output so far:\n{partial}");
        }

        // The exit is in; the rest of the output follows. A long-lived child (the compiler server) may hold the pipe
        // open, so wait for the end of the stream only briefly.
        Task.Run(() => process.WaitForExit()).Wait(TimeSpan.FromSeconds(10));
        stopwatch.Stop();
        string text;
        lock (gate)
        {
            text = output.ToString();
        }

        return new CommandResult(commandLine, workingDirectory, process.ExitCode, text, stopwatch.Elapsed);
    }

    private static IEnumerable<string> EnumerateKeys(IDictionary<string, string?> environment) => environment.Keys;

    private static string FindDotnet()
    {
        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
        {
            return hostPath;
        }

        var fileName = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (directory.Length == 0)
            {
                continue;
            }

            var candidate = Path.Combine(directory, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, fileName)))
        {
            return Path.Combine(root, fileName);
        }

        // Let Process.Start report it, with the message from Run.
        return fileName;
    }
}
