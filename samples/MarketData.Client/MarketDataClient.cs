using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace MarketData.Client;

/// <summary>
/// A client of the market-data API: HTTP calls retried by a Polly pipeline that the generated catalog drives (retry
/// exactly the retryable codes, honour Retry-After), errors surfaced as <see cref="ErrorCodeException"/> (unknown codes
/// included), and WebSocket subscriptions that fall back to the HTTP API when the server says <c>UseFallback</c>.
/// </summary>
public sealed class MarketDataClient : IAsyncDisposable
{
    /// <summary>The API key header.</summary>
    public const string ApiKeyHeader = "X-API-Key";

    private static readonly TimeSpan WebSocketTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient _http;
    private readonly Uri _webSocketAddress;
    private readonly string _apiKey;
    private readonly SemaphoreSlim _socketLock = new(1, 1);
    private ClientWebSocket? _socket;

    /// <summary>A client over <paramref name="http"/> (see <see cref="CreateHttpClient"/>) and the WebSocket at <paramref name="webSocketAddress"/>.</summary>
    /// <param name="http">The HTTP client, with its base address and API key.</param>
    /// <param name="webSocketAddress">The WebSocket endpoint, e.g. <c>ws://127.0.0.1:5080/v1/ws</c>.</param>
    /// <param name="apiKey">The API key for the WebSocket handshake; empty for none.</param>
    public MarketDataClient(HttpClient http, Uri webSocketAddress, string apiKey)
    {
        _http = http;
        _webSocketAddress = webSocketAddress;
        _apiKey = apiKey;
    }

    /// <summary>
    /// An <see cref="HttpClient"/> whose requests go through a retry built from the generated
    /// <see cref="ErrorCodeResilience"/>: <c>ShouldHandle</c> from the retry classification, delays from Retry-After.
    /// </summary>
    /// <param name="baseAddress">The API's address.</param>
    /// <param name="apiKey">The API key; empty to send none.</param>
    /// <param name="timeProvider">The clock of the retry delays; null for the system clock.</param>
    /// <param name="maxRetryAttempts">The most retries per request.</param>
    /// <param name="maxDelay">The longest delay between attempts; null for the generated default (60 s).</param>
    /// <returns>The client; the caller disposes it.</returns>
    public static HttpClient CreateHttpClient(Uri baseAddress, string apiKey, TimeProvider? timeProvider = null, int maxRetryAttempts = 3, TimeSpan? maxDelay = null)
    {
        var clock = timeProvider ?? TimeProvider.System;
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
            .AddRetry(ErrorCodeResilience.CreateRetryOptions(maxRetryAttempts, maxDelay, clock))
            .Build();
#pragma warning disable CA2000 // The HttpClient owns and disposes the handlers.
        var handler = new ResilienceHandler(pipeline) { InnerHandler = new SocketsHttpHandler() };
#pragma warning restore CA2000
        var http = new HttpClient(handler, disposeHandler: true) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey.Length > 0)
        {
            http.DefaultRequestHeaders.Add(ApiKeyHeader, apiKey);
        }

        return http;
    }

    /// <summary>The last price of <paramref name="symbol"/> (<c>GET /v1/market/ticker/{symbol}</c>).</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ticker.</returns>
    /// <exception cref="ErrorCodeException">The API answered an error code (after the retries it allows).</exception>
    public async Task<Ticker> GetTickerAsync(string symbol, CancellationToken cancellationToken = default) =>
        await GetAsync<Ticker>("v1/market/ticker/" + Uri.EscapeDataString(symbol), cancellationToken).ConfigureAwait(false);

    /// <summary>The symbols the API knows (<c>GET /v1/symbols/available</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The symbols.</returns>
    /// <exception cref="ErrorCodeException">The API answered an error code (after the retries it allows).</exception>
    public async Task<string[]> GetSymbolsAsync(CancellationToken cancellationToken = default) =>
        await GetAsync<string[]>("v1/symbols/available", cancellationToken).ConfigureAwait(false);

    /// <summary>The order book of <paramref name="symbol"/> (<c>GET /v1/market/depth</c>).</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="startTime">The start of the time range (ms since the epoch), if any.</param>
    /// <param name="endTime">The end of the time range (ms since the epoch), if any.</param>
    /// <param name="limit">The number of levels, if not the default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order book.</returns>
    /// <exception cref="ErrorCodeException">The API answered an error code (after the retries it allows).</exception>
    public async Task<DepthBook> GetDepthAsync(string symbol, long? startTime = null, long? endTime = null, int? limit = null, CancellationToken cancellationToken = default)
    {
        var query = new StringBuilder("v1/market/depth?symbol=").Append(Uri.EscapeDataString(symbol));
        if (startTime is { } start)
        {
            query.Append("&start_time=").Append(start.ToString(CultureInfo.InvariantCulture));
        }

        if (endTime is { } end)
        {
            query.Append("&end_time=").Append(end.ToString(CultureInfo.InvariantCulture));
        }

        if (limit is { } l)
        {
            query.Append("&limit=").Append(l.ToString(CultureInfo.InvariantCulture));
        }

        return await GetAsync<DepthBook>(query.ToString(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Subscribes to <paramref name="channel"/> over the WebSocket; when the server refuses the channel with a
    /// <c>UseFallback</c> code (4003 depth, 4004 trade), reads the data from the HTTP API instead.
    /// </summary>
    /// <param name="channel"><c>ticker</c>, <c>depth</c> or <c>trade</c>.</param>
    /// <param name="symbol">The symbol.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscription and where its data comes from.</returns>
    /// <exception cref="ErrorCodeException">The server answered another error code, with its <c>cmd</c>.</exception>
    public async Task<Subscription> SubscribeAsync(string channel, string symbol, CancellationToken cancellationToken = default)
    {
        var reply = await SendAsync("subscribe", new ChannelArgs(channel, symbol), cancellationToken).ConfigureAwait(false);
        switch (reply.ErrorCode)
        {
            case ErrorCode.Success:
                return new Subscription(channel, symbol, DataSource.WebSocket);

            // UseFallback: the spec says "Use HTTP API for depth data" / "for trade data".
            case ErrorCode.DepthSubscriptionUnavailable:
            case ErrorCode.TradeSubscriptionUnavailable:
                return await FallBackAsync(channel, symbol, reply.ErrorCode, cancellationToken).ConfigureAwait(false);

            // Everything else is the caller's to handle: the exception carries code, message and cmd.
            case ErrorCode.InvalidOrExpiredApiKey:
            case ErrorCode.ApiKeyNotProvided:
            case ErrorCode.IpNotInWhitelist:
            case ErrorCode.InsufficientPermissions:
            case ErrorCode.InvalidParameters:
            case ErrorCode.SymbolNotFound:
            case ErrorCode.InvalidTimeRange:
            case ErrorCode.RequestLimitExceeded:
            case ErrorCode.RateLimitExceeded:
            case ErrorCode.QuotaExhausted:
            case ErrorCode.ConnectionLimitExceeded:
            case ErrorCode.SubscriptionLimitExceeded:
            case ErrorCode.UnknownCommand:
            case ErrorCode.InvalidMessageFormat:
            case ErrorCode.InternalServerError:
            case ErrorCode.DataSourceUnavailable:
            case ErrorCode.ServiceTemporarilyUnavailable:
                throw reply.ToException();
        }

        // A code the catalog does not know (a newer server): surfaced, never taken for success.
        throw reply.ToException();
    }

    /// <summary>Ends a subscription.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="symbol">The symbol.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the server confirmed.</returns>
    /// <exception cref="ErrorCodeException">The server answered an error code.</exception>
    public async Task UnsubscribeAsync(string channel, string symbol, CancellationToken cancellationToken = default)
    {
        var reply = await SendAsync("unsubscribe", new ChannelArgs(channel, symbol), cancellationToken).ConfigureAwait(false);
        if (!reply.IsSuccess)
        {
            throw reply.ToException();
        }
    }

    /// <summary>Sends a raw WebSocket command and returns the server's envelope (for commands this client does not wrap).</summary>
    /// <param name="command">The <c>cmd</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply, also when it carries an error code.</returns>
    public Task<ErrorCodeResponse> SendCommandAsync(string command, CancellationToken cancellationToken = default) =>
        SendAsync(command, null, cancellationToken);

    /// <summary>Closes the WebSocket (the HTTP client belongs to the caller).</summary>
    /// <returns>A task that completes when the socket is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        var socket = Interlocked.Exchange(ref _socket, null);
        if (socket is not null)
        {
            try
            {
                if (socket.State == WebSocketState.Open)
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                    await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The server went first.
            }
            finally
            {
                socket.Dispose();
            }
        }

        _socketLock.Dispose();
    }

    private async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        var envelope = await response.EnsureErrorCodeSuccessAsync(cancellationToken).ConfigureAwait(false);
        return envelope.Data.Deserialize<T>(JsonSerializerOptions.Web)
            ?? throw new FormatException("The response of " + path + " has no data.");
    }

    private async Task<Subscription> FallBackAsync(string channel, string symbol, ErrorCode code, CancellationToken cancellationToken)
    {
        if (code.GetRetryClassification() != ErrorCodeRetryClassification.UseFallback)
        {
            throw new InvalidOperationException(code.ToStringFast() + " is not a fallback code.");
        }

        return channel == "depth"
            ? new Subscription(channel, symbol, DataSource.HttpFallback, code, Depth: await GetDepthAsync(symbol, cancellationToken: cancellationToken).ConfigureAwait(false))
            : new Subscription(channel, symbol, DataSource.HttpFallback, code, Ticker: await GetTickerAsync(symbol, cancellationToken).ConfigureAwait(false));
    }

    private async Task<ErrorCodeResponse> SendAsync(string command, ChannelArgs? args, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(WebSocketTimeout);
        await _socketLock.WaitAsync(timeout.Token).ConfigureAwait(false);
        try
        {
            var socket = await ConnectAsync(timeout.Token).ConfigureAwait(false);
            var message = JsonSerializer.SerializeToUtf8Bytes(new Command(command, args), JsonSerializerOptions.Web);
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, timeout.Token).ConfigureAwait(false);

            var buffer = new byte[64 * 1024];
            var count = 0;
            ValueWebSocketReceiveResult received;
            do
            {
                if (count == buffer.Length)
                {
                    throw new InvalidDataException("The server's reply is larger than 64 KiB.");
                }

                received = await socket.ReceiveAsync(buffer.AsMemory(count), timeout.Token).ConfigureAwait(false);
                count += received.Count;
            }
            while (!received.EndOfMessage);

            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The server closed the WebSocket.");
            }

            return ErrorCodeResponse.Parse(buffer.AsSpan(0, count).ToArray());
        }
        finally
        {
            _socketLock.Release();
        }
    }

    private async Task<ClientWebSocket> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_socket is { State: WebSocketState.Open } open)
        {
            return open;
        }

        _socket?.Dispose();
        var socket = new ClientWebSocket();
        if (_apiKey.Length > 0)
        {
            socket.Options.SetRequestHeader(ApiKeyHeader, _apiKey);
        }

        try
        {
            await socket.ConnectAsync(_webSocketAddress, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        _socket = socket;
        return socket;
    }

    private sealed record ChannelArgs(string Channel, string Symbol);

    private sealed record Command(string Cmd, ChannelArgs? Data);
}
