using System;
using System.Collections.Generic;
using System.Net;

namespace MarketData.Server;

/// <summary>What one API key may do.</summary>
public sealed record ApiKeyPolicy
{
    /// <summary>The only client address the key is accepted from (the key's IP whitelist); null for any.</summary>
    public IPAddress? OnlyFrom { get; init; }

    /// <summary>Requests the key may make in all (its plan's quota); null for unlimited. Beyond it: 3002.</summary>
    public int? Quota { get; init; }

    /// <summary>Requests per <see cref="RateLimitWindow"/>; beyond them: 3001 with Retry-After.</summary>
    public int RateLimitPermits { get; init; } = 1000;

    /// <summary>The fixed window of the rate limiter.</summary>
    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Send Retry-After as an HTTP-date instead of delta-seconds.</summary>
    public bool RetryAfterAsHttpDate { get; init; }
}

/// <summary>How <see cref="MarketDataServer"/> behaves.</summary>
public sealed record MarketDataServerOptions
{
    /// <summary>The demo key that may do everything.</summary>
    public const string DemoKey = "demo-key";

    /// <summary>The server's clock (rate-limit windows, Retry-After dates).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The accepted API keys (<c>X-API-Key</c>): a missing key is 1002, an unknown one 1001.</summary>
    public IReadOnlyDictionary<string, ApiKeyPolicy> ApiKeys { get; init; } = new Dictionary<string, ApiKeyPolicy>(StringComparer.Ordinal)
    {
        [DemoKey] = new ApiKeyPolicy(),
    };

    /// <summary>The symbols the API knows; others are 2002.</summary>
    public IReadOnlyList<string> Symbols { get; init; } = new[] { "BTCUSDT", "ETHUSDT", "SOLUSDT" };

    /// <summary>The largest <c>limit</c> of a depth request; beyond it: 2004.</summary>
    public int MaxDepthLimit { get; init; } = 500;

    /// <summary>WebSocket depth subscriptions answer 4003 (use the HTTP API instead).</summary>
    public bool DepthSubscriptionsUnavailable { get; init; } = true;

    /// <summary>WebSocket trade subscriptions answer 4004 (use the HTTP API instead).</summary>
    public bool TradeSubscriptionsUnavailable { get; init; } = true;

    /// <summary>Subscriptions per WebSocket connection; beyond them: 3004.</summary>
    public int MaxSubscriptions { get; init; } = 2;

    /// <summary>The server stops by itself after this long (a safety net for tests and demos); null for never.</summary>
    public TimeSpan? StopAfter { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Log to the console (off for tests).</summary>
    public bool ConsoleLogging { get; init; }
}
