using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace ErrorCodeGen.Samples.Tests;

/// <summary>
/// The sample server as a program, started the standard ASP.NET Core way: <c>--urls</c> on the command line or
/// <c>ASPNETCORE_URLS</c> in the environment (both with port 0, so the test reads the address it prints).
/// </summary>
public sealed class ServerStartupTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_sample_server_binds_where_aspnetcore_is_told_and_answers_from_the_catalog(bool commandLine)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "MarketData.Server.dll");
        Assert.True(File.Exists(assembly), assembly);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(assembly);
        if (commandLine)
        {
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add("http://127.0.0.1:0");
        }
        else
        {
            start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        }

        start.ArgumentList.Add("--StopAfter");
        start.ArgumentList.Add("00:00:30");
        using var process = Process.Start(start)!;
        try
        {
            var address = await ReadAddressAsync(process, TimeSpan.FromSeconds(30));
            Assert.Equal("127.0.0.1", address.Host);
            Assert.NotEqual(0, address.Port);

            using var http = new HttpClient { BaseAddress = address };
            http.DefaultRequestHeaders.Add("X-API-Key", "demo-key");
            using var response = await http.GetAsync("v1/market/ticker/DOGEUSDT");
            Assert.Equal(404, (int)response.StatusCode);
            Assert.Equal("{\"code\":2002,\"message\":\"Symbol not found\"}", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }
    }

    private static async Task<Uri> ReadAddressAsync(Process process, TimeSpan timeout)
    {
        const string Marker = "Market data API on ";
        using var cancel = new CancellationTokenSource(timeout);
        var seen = new List<string>();
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(cancel.Token);
            if (line is null)
            {
                throw new InvalidOperationException("The server exited before printing its address:\n" + string.Join("\n", seen) + "\n" + await process.StandardError.ReadToEndAsync());
            }

            seen.Add(line);
            var at = line.IndexOf(Marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                var rest = line.Substring(at + Marker.Length);
                return new Uri(rest.Substring(0, rest.IndexOf(' ')));
            }
        }
    }
}
