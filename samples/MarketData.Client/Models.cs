namespace MarketData.Client;

/// <summary>The last price of a symbol.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Price">The last price.</param>
public sealed record Ticker(string Symbol, decimal Price);

/// <summary>An order book snapshot.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Bids">Price and quantity of each bid level.</param>
/// <param name="Asks">Price and quantity of each ask level.</param>
public sealed record DepthBook(string Symbol, decimal[][] Bids, decimal[][] Asks);

/// <summary>Where a subscription's data comes from.</summary>
public enum DataSource
{
    /// <summary>Pushed over the WebSocket.</summary>
    WebSocket,

    /// <summary>The WebSocket refused the channel (4003/4004, <c>UseFallback</c>): read from the HTTP API instead.</summary>
    HttpFallback,
}

/// <summary>The outcome of a subscription request.</summary>
/// <param name="Channel">The channel (<c>ticker</c>, <c>depth</c>, <c>trade</c>).</param>
/// <param name="Symbol">The symbol.</param>
/// <param name="Source">Where the data comes from.</param>
/// <param name="FallbackCode">The code that made the client fall back, if it did.</param>
/// <param name="Depth">The depth read over HTTP for a depth fallback.</param>
/// <param name="Ticker">The ticker read over HTTP for a trade fallback.</param>
public sealed record Subscription(string Channel, string Symbol, DataSource Source, ErrorCode? FallbackCode = null, DepthBook? Depth = null, Ticker? Ticker = null);
