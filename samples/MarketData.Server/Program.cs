using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Threading;
using MarketData.Server;

// dotnet run --project samples/MarketData.Server [-- --port 5080] [--stop-after 600]
var port = 0;
var stopAfter = TimeSpan.FromMinutes(10);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--port":
            port = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--stop-after":
            stopAfter = TimeSpan.FromSeconds(int.Parse(args[i + 1], CultureInfo.InvariantCulture));
            break;
        default:
            Console.Error.WriteLine("usage: MarketData.Server [--port N] [--stop-after SECONDS]");
            return 2;
    }
}

var options = new MarketDataServerOptions
{
    Port = port,
    StopAfter = stopAfter,
    ConsoleLogging = true,
    ApiKeys = new Dictionary<string, ApiKeyPolicy>(StringComparer.Ordinal)
    {
        [MarketDataServerOptions.DemoKey] = new ApiKeyPolicy { RateLimitPermits = 10, RateLimitWindow = TimeSpan.FromSeconds(10) },
        ["office-key"] = new ApiKeyPolicy { OnlyFrom = IPAddress.Parse("10.0.0.1") },
        ["trial-key"] = new ApiKeyPolicy { Quota = 3 },
    },
};

await using var server = await MarketDataServer.StartAsync(options);
Console.WriteLine("Market data API on " + server.BaseAddress + " (WebSocket " + server.WebSocketAddress + "), key: " + MarketDataServerOptions.DemoKey);
Console.WriteLine("Stops after " + stopAfter.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s or on Ctrl+C.");
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
try
{
    await server.Stopped.WaitAsync(cancel.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C.
}
return 0;
