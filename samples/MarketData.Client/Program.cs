using System;
using System.Net.Http;
using MarketData.Client;
using Microsoft.Extensions.DependencyInjection;
using Polly;

// dotnet run --project samples/MarketData.Client -- http://127.0.0.1:PORT/ [api-key]
// (start samples/MarketData.Server first; it prints its address).
if (args.Length < 1 || !Uri.TryCreate(args[0], UriKind.Absolute, out var baseAddress) || !baseAddress.IsLoopback)
{
    Console.Error.WriteLine("usage: MarketData.Client http://127.0.0.1:PORT/ [api-key]");
    return 2;
}

var apiKey = args.Length > 1 ? args[1] : "demo-key";

// The generated helpers with Microsoft.Extensions.Http.Resilience (the README's example).
var services = new ServiceCollection();
services.AddHttpClient("market", c => { c.BaseAddress = baseAddress; c.DefaultRequestHeaders.Add("X-API-Key", apiKey); })
    .AddResilienceHandler("error-codes", pipeline => pipeline.AddRetry(ErrorCodeResilience.CreateRetryOptions(maxRetryAttempts: 3)));
await using var provider = services.BuildServiceProvider();
var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient("market");

await using var client = new MarketDataClient(http, new Uri("ws://" + baseAddress.Authority + "/v1/ws"), apiKey);
Console.WriteLine("symbols: " + string.Join(", ", await client.GetSymbolsAsync()));
foreach (var symbol in new[] { "BTCUSDT", "DOGEUSDT" })
{
    try
    {
        var ticker = await client.GetTickerAsync(symbol);
        Console.WriteLine(ticker.Symbol + ": " + ticker.Price);
    }
    catch (ErrorCodeException e)
    {
        Console.WriteLine(symbol + ": " + e.RawCode + " " + e.WireMessage + " (HTTP " + (int?)e.HttpStatus + ", " + e.RetryClassification + ")");
    }
}

foreach (var channel in new[] { "ticker", "depth", "trade" })
{
    var subscription = await client.SubscribeAsync(channel, "BTCUSDT");
    Console.WriteLine(channel + ": " + subscription.Source + (subscription.FallbackCode is { } code ? " after " + (int)code + " " + code.GetMessage() : string.Empty));
}

return 0;
