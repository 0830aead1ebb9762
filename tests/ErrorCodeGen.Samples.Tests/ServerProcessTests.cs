using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace ErrorCodeGen.Samples.Tests;

/// <summary>
/// The built sample server as a process manager (systemd, <c>docker stop</c>) runs it: started on 127.0.0.1, then
/// sent SIGTERM. It must stop at once with exit code 0, not when its own safety timer fires.
/// </summary>
public sealed class ServerProcessTests
{
    private const int SigTerm = 15;

    [UnixFact]
    public async Task Sigterm_stops_the_server_process_promptly_with_exit_code_0()
    {
        var server = Path.Combine(AppContext.BaseDirectory, "MarketData.Server.dll");
        Assert.True(File.Exists(server), server + " is missing: the test project references the server project.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(server);
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        // Far beyond the bound below: a server that only stops on its safety timer fails the test.
        start.ArgumentList.Add("--stop-after");
        start.ArgumentList.Add("300");

        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }

            const string Prefix = "Market data API on ";
            if (e.Data.StartsWith(Prefix, StringComparison.Ordinal))
            {
                listening.TrySetResult(new Uri(e.Data.Substring(Prefix.Length).Split(' ')[0]));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal("127.0.0.1", address.Host);
            using (var http = new HttpClient { BaseAddress = address })
            {
                // The server answers before the signal: the stop below is of a serving server.
                http.DefaultRequestHeaders.Add("X-API-Key", MarketData.Server.MarketDataServerOptions.DemoKey);
                var response = await http.GetAsync(new Uri("v1/symbols/available", UriKind.Relative));
                Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            }

            Assert.Equal(0, Kill(process.Id, SigTerm));
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(bound.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail("The server did not exit within 10 s of SIGTERM. Its output:\n" + Output(output));
            }

            Assert.True(process.ExitCode == 0, "Exit code " + process.ExitCode + ". Output:\n" + Output(output));
            Assert.Contains("Application is shutting down", Output(output), StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static string Output(System.Text.StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>A fact for Unix only (SIGTERM has no Windows counterpart).</summary>
    private sealed class UnixFactAttribute : FactAttribute
    {
        public UnixFactAttribute()
        {
            if (OperatingSystem.IsWindows())
            {
                Skip = "SIGTERM is a Unix signal.";
            }
        }
    }
}
