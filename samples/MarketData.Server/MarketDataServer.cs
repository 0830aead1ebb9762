using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MarketData.Server;

/// <summary>
/// Part of the market-data API of spec/error-codes.md on 127.0.0.1: <c>/v1/market/ticker/{symbol}</c>,
/// <c>/v1/symbols/available</c>, <c>/v1/market/depth</c> and the WebSocket <c>/v1/ws</c>, behind <c>X-API-Key</c>
/// (1001/1002), a per-key IP whitelist (1003), a fixed-window rate limiter (3001 with Retry-After) and a quota (3002).
/// Every error is the spec's envelope with the catalog's HTTP status, written by the generated <c>ErrorCodeResults.Envelope</c>.
/// </summary>
public sealed class MarketDataServer : IAsyncDisposable
{
    /// <summary>The WebSocket path.</summary>
    public const string WebSocketPath = "/v1/ws";

    private const int MaxWebSocketMessage = 64 * 1024;

    private readonly WebApplication _app;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly MarketDataServerOptions _options;
    private readonly ConcurrentQueue<int> _injected = new();
    private readonly ConcurrentDictionary<string, KeyState> _keys = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private int _requests;
    private readonly object _gate = new();
    private Task? _stop;

    private MarketDataServer(WebApplication app, MarketDataServerOptions options)
    {
        _app = app;
        _lifetime = app.Lifetime;
        _options = options;
        BaseAddress = new Uri("http://127.0.0.1/");
    }

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:49152/</c>.</summary>
    public Uri BaseAddress { get; private set; }

    /// <summary>The WebSocket address, e.g. <c>ws://127.0.0.1:49152/v1/ws</c>.</summary>
    public Uri WebSocketAddress => new("ws://" + BaseAddress.Authority + WebSocketPath);

    /// <summary>The API requests received so far (every request under <c>/v1</c>, answered or refused).</summary>
    public int RequestCount => Volatile.Read(ref _requests);

    /// <summary>
    /// Completes when the server has stopped: disposed, <see cref="MarketDataServerOptions.StopAfter"/> elapsed, or the
    /// host asked to stop (SIGTERM, Ctrl+C).
    /// </summary>
    public Task Stopped => _lifetime.ApplicationStopped.IsCancellationRequested ? Task.CompletedTask : WhenStopped();

    /// <summary>Starts a server on a free port of 127.0.0.1 and returns once it accepts connections.</summary>
    /// <param name="options">The options; null for the defaults (the demo key).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop it.</returns>
    public static Task<MarketDataServer> StartAsync(MarketDataServerOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(
            WebApplication.CreateSlimBuilder(new WebApplicationOptions
            {
                ApplicationName = typeof(MarketDataServer).Assembly.GetName().Name,
                ContentRootPath = AppContext.BaseDirectory,
                Args = new[] { "--urls", "http://127.0.0.1:0" },
            }),
            options ?? new MarketDataServerOptions(),
            cancellationToken);

    /// <summary>
    /// Starts the API on <paramref name="builder"/>, which binds where ASP.NET Core is told to (<c>--urls</c>,
    /// <c>ASPNETCORE_URLS</c>, <c>Urls</c> in appsettings.json), and returns once it accepts connections.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop it.</returns>
    public static async Task<MarketDataServer> StartAsync(WebApplicationBuilder builder, MarketDataServerOptions options, CancellationToken cancellationToken = default)
    {
        if (!options.ConsoleLogging)
        {
            builder.Logging.ClearProviders();
        }

        var app = builder.Build();
        var server = new MarketDataServer(app, options);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.Use(server.GuardAsync);
        app.MapGet("/v1/market/ticker/{symbol}", (string symbol) => server.Ticker(symbol));
        app.MapGet("/v1/symbols/available", () => Success(options.Symbols));
        app.MapGet("/v1/market/depth", (HttpRequest request) => server.Depth(request.Query));
        app.Map(WebSocketPath, server.WebSocketAsync);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        // The host only requests a stop on SIGTERM or Ctrl+C (ApplicationStopping); as the server is started rather
        // than run, nothing would then stop it, so the request stops the server here.
        app.Lifetime.ApplicationStopping.Register(static state => _ = ((MarketDataServer)state!).StopOnceAsync(), server);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        if (options.StopAfter is { } stopAfter)
        {
            _ = server.StopAfterAsync(stopAfter);
        }

        return server;
    }

    /// <summary>Waits until the host is told to stop (Ctrl+C, SIGTERM, <see cref="MarketDataServerOptions.StopAfter"/>), then stops it.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public Task WaitForShutdownAsync() => Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.WaitForShutdownAsync(_app);

    /// <summary>
    /// Makes the next API requests (after the key and whitelist checks) fail with these codes, one each, e.g. 5001,
    /// 5002 or a code the catalog does not know (sent with HTTP 500).
    /// </summary>
    /// <param name="codes">The codes, in order.</param>
    public void InjectFailures(params int[] codes)
    {
        foreach (var code in codes)
        {
            _injected.Enqueue(code);
        }
    }

    /// <summary>Stops the server and releases the port.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public ValueTask DisposeAsync() => new(StopOnceAsync());

    private Task StopOnceAsync()
    {
        lock (_gate)
        {
            return _stop ??= Task.Run(StopCoreAsync);
        }
    }

    private async Task StopCoreAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task WhenStopped()
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (_lifetime.ApplicationStopped.Register(() => stopped.TrySetResult()))
        {
            await stopped.Task.ConfigureAwait(false);
        }
    }

    private async Task StopAfterAsync(TimeSpan stopAfter)
    {
        try
        {
            await Task.Delay(stopAfter, _stopping.Token).ConfigureAwait(false);
            await StopOnceAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Disposed first.
        }
    }

    // The spec's success envelope (its "Response Format" says "success"); errors come from ErrorCodeResults.Envelope.
    private static IResult Success(object data) => Results.Json(new { code = 0, message = "success", data });

    private static Task WriteErrorAsync(HttpContext context, ErrorCode code, string? retryAfter = null)
    {
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        // A code the catalog does not know (an injected failure) has no status in it: sent as 500.
        var result = ErrorCodeExtensions.IsDefined((int)code)
            ? ErrorCodeResults.Envelope(code)
            : Results.Json(new { code = (int)code, message = "Injected failure" }, statusCode: StatusCodes.Status500InternalServerError);
        return result.ExecuteAsync(context);
    }

    private async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref _requests);
        var key = context.Request.Headers["X-API-Key"].ToString();
        if (key.Length == 0)
        {
            await WriteErrorAsync(context, ErrorCode.ApiKeyNotProvided).ConfigureAwait(false);
            return;
        }

        if (!_options.ApiKeys.TryGetValue(key, out var policy))
        {
            await WriteErrorAsync(context, ErrorCode.InvalidOrExpiredApiKey).ConfigureAwait(false);
            return;
        }

        var remote = context.Connection.RemoteIpAddress;
        if (policy.OnlyFrom is { } allowed && (remote is null || !allowed.Equals(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote)))
        {
            await WriteErrorAsync(context, ErrorCode.IpNotInWhitelist).ConfigureAwait(false);
            return;
        }

        if (_injected.TryDequeue(out var injected))
        {
            await WriteErrorAsync(context, (ErrorCode)injected).ConfigureAwait(false);
            return;
        }

        var state = _keys.GetOrAdd(key, static _ => new KeyState());
        var now = _options.TimeProvider.GetUtcNow();
        ErrorCode refusal;
        string? retryAfter = null;
        lock (state)
        {
            if (state.WindowStart is null || now >= state.WindowStart.Value + policy.RateLimitWindow)
            {
                state.WindowStart = now;
                state.InWindow = 0;
            }

            if (state.InWindow >= policy.RateLimitPermits)
            {
                refusal = ErrorCode.RateLimitExceeded;
                retryAfter = RetryAfter(state.WindowStart.Value + policy.RateLimitWindow, now, policy.RetryAfterAsHttpDate);
            }
            else if (policy.Quota is { } quota && state.Used >= quota)
            {
                refusal = ErrorCode.QuotaExhausted;
            }
            else
            {
                state.InWindow++;
                state.Used++;
                refusal = ErrorCode.Success;
            }
        }

        if (refusal != ErrorCode.Success)
        {
            await WriteErrorAsync(context, refusal, retryAfter).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private static string RetryAfter(DateTimeOffset windowEnd, DateTimeOffset now, bool asHttpDate)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling((windowEnd - now).TotalSeconds));
        if (!asHttpDate)
        {
            return seconds.ToString(CultureInfo.InvariantCulture);
        }

        // An HTTP-date has whole seconds: round the instant up so the client never retries early.
        var at = now.ToUniversalTime().AddSeconds(seconds);
        var whole = new DateTimeOffset(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return (whole < at ? whole.AddSeconds(1) : whole).ToString("r", CultureInfo.InvariantCulture);
    }

    private IResult Ticker(string symbol)
    {
        if (!_options.Symbols.Contains(symbol, StringComparer.Ordinal))
        {
            return ErrorCodeResults.Envelope(ErrorCode.SymbolNotFound);
        }

        return Success(new TickerData(symbol, Price(symbol)));
    }

    private IResult Depth(IQueryCollection query)
    {
        var symbol = query["symbol"].ToString();
        if (symbol.Length == 0
            || !TryReadLong(query, "start_time", out var start)
            || !TryReadLong(query, "end_time", out var end)
            || !TryReadLong(query, "limit", out var limit))
        {
            return ErrorCodeResults.Envelope(ErrorCode.InvalidParameters);
        }

        if (start is { } s && end is { } e && s >= e)
        {
            return ErrorCodeResults.Envelope(ErrorCode.InvalidTimeRange);
        }

        if (limit is { } l && (l < 1 || l > _options.MaxDepthLimit))
        {
            return ErrorCodeResults.Envelope(ErrorCode.RequestLimitExceeded);
        }

        if (!_options.Symbols.Contains(symbol, StringComparer.Ordinal))
        {
            return ErrorCodeResults.Envelope(ErrorCode.SymbolNotFound);
        }

        var levels = (int)Math.Min(limit ?? 5, 5);
        var price = Price(symbol);
        var bids = Enumerable.Range(1, levels).Select(i => new[] { price - i, i * 0.5m }).ToArray();
        var asks = Enumerable.Range(1, levels).Select(i => new[] { price + i, i * 0.5m }).ToArray();
        return Success(new DepthData(symbol, bids, asks));
    }

    private static bool TryReadLong(IQueryCollection query, string name, out long? value)
    {
        value = null;
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static decimal Price(string symbol) => 100m + symbol.Sum(c => (int)c) % 900;

    private async Task WebSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await WriteErrorAsync(context, ErrorCode.InvalidParameters).ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        var subscriptions = new HashSet<string>(StringComparer.Ordinal);
        var buffer = new byte[MaxWebSocketMessage];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var count = 0;
                WebSocketReceiveResult received;
                do
                {
                    if (count == buffer.Length)
                    {
                        await socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, "Message too big", linked.Token).ConfigureAwait(false);
                        return;
                    }

                    received = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, count, buffer.Length - count), linked.Token).ConfigureAwait(false);
                    count += received.Count;
                }
                while (!received.EndOfMessage);

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, linked.Token).ConfigureAwait(false);
                    return;
                }

                var reply = received.MessageType == WebSocketMessageType.Text
                    ? Handle(buffer.AsSpan(0, count).ToArray(), subscriptions)
                    : ErrorCodeResponse.Create(ErrorCode.InvalidMessageFormat);
                await socket.SendAsync(reply.ToUtf8Json(), WebSocketMessageType.Text, endOfMessage: true, linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The server is stopping or the client went away.
        }
        catch (WebSocketException)
        {
            // The client went away without a close handshake.
        }
    }

    private ErrorCodeResponse Handle(byte[] message, HashSet<string> subscriptions)
    {
        string? command;
        string? channel = null;
        string? symbol = null;
        try
        {
            using var document = JsonDocument.Parse(message);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("cmd", out var cmd) || cmd.ValueKind != JsonValueKind.String)
            {
                return ErrorCodeResponse.Create(ErrorCode.InvalidMessageFormat);
            }

            command = cmd.GetString();
            if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
            {
                channel = data.TryGetProperty("channel", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                symbol = data.TryGetProperty("symbol", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            }
        }
        catch (JsonException)
        {
            return ErrorCodeResponse.Create(ErrorCode.InvalidMessageFormat);
        }

        switch (command)
        {
            case "ping":
                return new ErrorCodeResponse(0, "success", JsonSerializer.SerializeToElement("pong"), command);
            case "subscribe":
                var code = Subscribe(channel, symbol, subscriptions);
                return code == ErrorCode.Success
                    ? new ErrorCodeResponse(0, "success", JsonSerializer.SerializeToElement(new SubscriptionData(channel!, symbol!), JsonSerializerOptions.Web), command)
                    : ErrorCodeResponse.Create(code, default, command);
            case "unsubscribe":
                if (channel is null || symbol is null)
                {
                    return ErrorCodeResponse.Create(ErrorCode.InvalidParameters, default, command);
                }

                subscriptions.Remove(channel + ":" + symbol);
                return new ErrorCodeResponse(0, "success", JsonSerializer.SerializeToElement(new SubscriptionData(channel, symbol), JsonSerializerOptions.Web), command);
            default:
                return ErrorCodeResponse.Create(ErrorCode.UnknownCommand, default, command);
        }
    }

    private ErrorCode Subscribe(string? channel, string? symbol, HashSet<string> subscriptions)
    {
        if (channel is null || symbol is null)
        {
            return ErrorCode.InvalidParameters;
        }

        if (!_options.Symbols.Contains(symbol, StringComparer.Ordinal))
        {
            return ErrorCode.SymbolNotFound;
        }

        switch (channel)
        {
            case "depth" when _options.DepthSubscriptionsUnavailable:
                return ErrorCode.DepthSubscriptionUnavailable;
            case "trade" when _options.TradeSubscriptionsUnavailable:
                return ErrorCode.TradeSubscriptionUnavailable;
            case "depth":
            case "trade":
            case "ticker":
                break;
            default:
                return ErrorCode.InvalidParameters;
        }

        if (subscriptions.Contains(channel + ":" + symbol))
        {
            return ErrorCode.Success;
        }

        if (subscriptions.Count >= _options.MaxSubscriptions)
        {
            return ErrorCode.SubscriptionLimitExceeded;
        }

        subscriptions.Add(channel + ":" + symbol);
        return ErrorCode.Success;
    }

    private sealed class KeyState
    {
        public DateTimeOffset? WindowStart { get; set; }

        public int InWindow { get; set; }

        public int Used { get; set; }
    }

    private sealed record TickerData(string Symbol, decimal Price);

    private sealed record DepthData(string Symbol, decimal[][] Bids, decimal[][] Asks);

    private sealed record SubscriptionData(string Channel, string Symbol);
}
