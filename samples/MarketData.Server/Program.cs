using System;
using System.Collections.Generic;
using System.Net;
using MarketData.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

// dotnet run --project samples/MarketData.Server [-- --urls http://127.0.0.1:5080] [--StopAfter 00:10:00]
// Binds where ASP.NET Core is told to: --urls, ASPNETCORE_URLS, or "Urls" in appsettings.json (a free port of 127.0.0.1).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var options = new MarketDataServerOptions
{
    StopAfter = builder.Configuration.GetValue("StopAfter", TimeSpan.FromMinutes(10)),
    ConsoleLogging = true,
    ApiKeys = new Dictionary<string, ApiKeyPolicy>(StringComparer.Ordinal)
    {
        [MarketDataServerOptions.DemoKey] = new ApiKeyPolicy { RateLimitPermits = 10, RateLimitWindow = TimeSpan.FromSeconds(10) },
        ["office-key"] = new ApiKeyPolicy { OnlyFrom = IPAddress.Parse("10.0.0.1") },
        ["trial-key"] = new ApiKeyPolicy { Quota = 3 },
    },
};

await using var server = await MarketDataServer.StartAsync(builder, options);
Console.WriteLine("Market data API on " + server.BaseAddress + " (WebSocket " + server.WebSocketAddress + "), key: " + MarketDataServerOptions.DemoKey);
await server.WaitForShutdownAsync();
