using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using MarketData.Client;
using Xunit;
using Server = MarketData.Server;

namespace ErrorCodeGen.Samples.Tests;

/// <summary>
/// The server and the client of the samples on 127.0.0.1, driven through each error code. The client's retries come
/// from the generated Polly helpers; delays run on a fake clock shared with the server, so they cost no wall time and
/// are asserted exactly. Every server stops when its test ends (and by itself after a minute at most).
/// </summary>
public sealed class LoopbackTests
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, Server.ApiKeyPolicy> Keys = new(StringComparer.Ordinal)
    {
        ["demo-key"] = new Server.ApiKeyPolicy(),
        ["office-key"] = new Server.ApiKeyPolicy { OnlyFrom = IPAddress.Parse("10.0.0.1") },
        ["trial-key"] = new Server.ApiKeyPolicy { Quota = 1 },
        ["burst-key"] = new Server.ApiKeyPolicy { RateLimitPermits = 1, RateLimitWindow = TimeSpan.FromSeconds(10) },
        ["burst-date-key"] = new Server.ApiKeyPolicy { RateLimitPermits = 1, RateLimitWindow = TimeSpan.FromSeconds(7), RetryAfterAsHttpDate = true },
    };

    [Fact]
    public async Task Success_is_one_request_with_the_data()
    {
        await using var loop = await Loop.StartAsync();
        var ticker = await loop.Client.GetTickerAsync("BTCUSDT", loop.Token);
        Assert.Equal("BTCUSDT", ticker.Symbol);
        Assert.True(ticker.Price > 0);
        Assert.Equal(new[] { "BTCUSDT", "ETHUSDT", "SOLUSDT" }, await loop.Client.GetSymbolsAsync(loop.Token));
        var depth = await loop.Client.GetDepthAsync("ETHUSDT", 1, 2, 3, loop.Token);
        Assert.Equal(3, depth.Bids.Length);
        Assert.Equal(3, loop.Server.RequestCount);
        Assert.Empty(loop.Clock.Delays);
    }

    [Theory]
    [InlineData("", "BTCUSDT", ErrorCode.ApiKeyNotProvided, 401)]
    [InlineData("stolen-key", "BTCUSDT", ErrorCode.InvalidOrExpiredApiKey, 401)]
    [InlineData("office-key", "BTCUSDT", ErrorCode.IpNotInWhitelist, 403)]
    [InlineData("demo-key", "DOGEUSDT", ErrorCode.SymbolNotFound, 404)]
    public async Task Do_not_retry_codes_are_sent_once_and_surface_with_their_data(string key, string symbol, ErrorCode expected, int status)
    {
        await using var loop = await Loop.StartAsync(key);
        var error = await Assert.ThrowsAsync<ErrorCodeException>(() => loop.Client.GetTickerAsync(symbol, loop.Token));
        Assert.Equal(expected, error.Code);
        Assert.Equal(status, (int?)error.HttpStatus);
        Assert.Equal((int?)expected.GetHttpStatus(), (int?)error.HttpStatus);
        Assert.Equal(expected.GetMessage(), error.WireMessage);
        Assert.Equal(ErrorCodeRetryClassification.DoNotRetry, error.RetryClassification);
        Assert.True(error.IsKnownCode);
        Assert.Null(error.Command);
        Assert.Equal(1, loop.Server.RequestCount);
        Assert.Empty(loop.Clock.Delays);
    }

    [Fact]
    public async Task Parameter_errors_are_not_retried()
    {
        await using var loop = await Loop.StartAsync();
        Assert.Equal(ErrorCode.InvalidTimeRange, (await Assert.ThrowsAsync<ErrorCodeException>(() => loop.Client.GetDepthAsync("BTCUSDT", startTime: 20, endTime: 10, cancellationToken: loop.Token))).Code);
        Assert.Equal(ErrorCode.RequestLimitExceeded, (await Assert.ThrowsAsync<ErrorCodeException>(() => loop.Client.GetDepthAsync("BTCUSDT", limit: 100000, cancellationToken: loop.Token))).Code);
        Assert.Equal(ErrorCode.InvalidParameters, (await Assert.ThrowsAsync<ErrorCodeException>(() => loop.Client.GetDepthAsync("", cancellationToken: loop.Token))).Code);
        Assert.Equal(3, loop.Server.RequestCount);
    }

    [Theory]
    [InlineData("burst-key", 10)]
    [InlineData("burst-date-key", 7)]
    public async Task Rate_limit_waits_exactly_the_retry_after_then_succeeds(string key, int retryAfterSeconds)
    {
        await using var loop = await Loop.StartAsync(key);
        await loop.Client.GetTickerAsync("BTCUSDT", loop.Token);
        var ticker = await loop.Client.GetTickerAsync("ETHUSDT", loop.Token);
        Assert.Equal("ETHUSDT", ticker.Symbol);
        Assert.Equal(new[] { TimeSpan.FromSeconds(retryAfterSeconds) }, loop.Clock.Delays);
        Assert.Equal(3, loop.Server.RequestCount);
    }

    [Fact]
    public async Task Quota_is_a_429_that_is_not_retried()
    {
        await using var loop = await Loop.StartAsync("trial-key");
        await loop.Client.GetTickerAsync("BTCUSDT", loop.Token);
        var error = await Assert.ThrowsAsync<ErrorCodeException>(() => loop.Client.GetTickerAsync("BTCUSDT", loop.Token));
        Assert.Equal(ErrorCode.QuotaExhausted, error.Code);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.HttpStatus);
        Assert.False(error.IsRetryable);
        Assert.Equal(2, loop.Server.RequestCount);
        Assert.Empty(loop.Clock.Delays);
    }

    [Fact]
    public async Task Transient_failures_are_retried_with_backoff()
    {
        await using var loop = await Loop.StartAsync();
        loop.Server.InjectFailures((int)ErrorCode.DataSourceUnavailable, (int)ErrorCode.ServiceTemporarilyUnavailable);
        var ticker = await loop.Client.GetTickerAsync("SOLUSDT", loop.Token);
        Assert.Equal("SOLUSDT", ticker.Symbol);
        Assert.Equal(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2) }, loop.Clock.Delays);
        Assert.Equal(3, loop.Server.RequestCount);
    }

    [Fact]
    public async Task Retries_stop_at_the_limit_and_the_last_error_surfaces()
    {
        await using var loop = await Loop.StartAsync();
        loop.Server.InjectFailures(Enumerable.Repeat((int)ErrorCode.DataSourceUnavailable, 4).ToArray());
        var error = await Assert.ThrowsAsync<ErrorCodeException>(() => loop.Client.GetTickerAsync("BTCUSDT", loop.Token));
        Assert.Equal(ErrorCode.DataSourceUnavailable, error.Code);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.HttpStatus);
        Assert.True(error.IsRetryable);
        Assert.Equal(4, loop.Server.RequestCount);
        Assert.Equal(new[] { 1, 2, 4 }, loop.Clock.Delays.Select(d => (int)d.TotalSeconds));
    }

    [Fact]
    public async Task An_unknown_code_is_surfaced_not_retried_nor_swallowed()
    {
        await using var loop = await Loop.StartAsync();
        loop.Server.InjectFailures(9999);
        var error = await Assert.ThrowsAsync<ErrorCodeException>(() => loop.Client.GetTickerAsync("BTCUSDT", loop.Token));
        Assert.Equal(9999, error.RawCode);
        Assert.False(error.IsKnownCode);
        Assert.False(error.IsRetryable);
        Assert.Equal(HttpStatusCode.InternalServerError, error.HttpStatus);
        Assert.Equal("Injected failure", error.WireMessage);
        Assert.Contains("9999", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, loop.Server.RequestCount);
    }

    [Fact]
    public async Task WebSocket_falls_back_to_http_on_4003_and_4004()
    {
        await using var loop = await Loop.StartAsync();
        var ticker = await loop.Client.SubscribeAsync("ticker", "BTCUSDT", loop.Token);
        Assert.Equal(DataSource.WebSocket, ticker.Source);

        var depth = await loop.Client.SubscribeAsync("depth", "BTCUSDT", loop.Token);
        Assert.Equal(DataSource.HttpFallback, depth.Source);
        Assert.Equal(ErrorCode.DepthSubscriptionUnavailable, depth.FallbackCode);
        Assert.Equal(ErrorCodeRetryClassification.UseFallback, depth.FallbackCode!.Value.GetRetryClassification());
        Assert.Equal("BTCUSDT", depth.Depth!.Symbol);

        var trade = await loop.Client.SubscribeAsync("trade", "ETHUSDT", loop.Token);
        Assert.Equal(DataSource.HttpFallback, trade.Source);
        Assert.Equal(ErrorCode.TradeSubscriptionUnavailable, trade.FallbackCode);
        Assert.Equal("ETHUSDT", trade.Ticker!.Symbol);

        // The handshake and the two HTTP fallbacks.
        Assert.Equal(3, loop.Server.RequestCount);
    }

    [Fact]
    public async Task WebSocket_errors_carry_the_command()
    {
        await using var loop = await Loop.StartAsync();
        var pong = await loop.Client.SendCommandAsync("ping", loop.Token);
        Assert.True(pong.IsSuccess);
        Assert.Equal("ping", pong.Command);
        Assert.Equal("pong", pong.Data.GetString());

        var unknown = (await loop.Client.SendCommandAsync("launch", loop.Token)).ToException();
        Assert.Equal((ErrorCode.UnknownCommand, "launch"), (unknown.Code, unknown.Command));
        Assert.Null(unknown.HttpStatus);

        await loop.Client.SubscribeAsync("ticker", "BTCUSDT", loop.Token);
        await loop.Client.SubscribeAsync("ticker", "ETHUSDT", loop.Token);
        var limit = await Assert.ThrowsAsync<ErrorCodeException>(() => loop.Client.SubscribeAsync("ticker", "SOLUSDT", loop.Token));
        Assert.Equal((ErrorCode.SubscriptionLimitExceeded, "subscribe"), (limit.Code, limit.Command));
        Assert.Contains("(cmd subscribe)", limit.Message, StringComparison.Ordinal);
        await loop.Client.UnsubscribeAsync("ticker", "ETHUSDT", loop.Token);
        Assert.Equal(DataSource.WebSocket, (await loop.Client.SubscribeAsync("ticker", "SOLUSDT", loop.Token)).Source);
    }

    [Fact]
    public async Task The_server_listens_on_loopback_only_and_stops_by_itself()
    {
        var server = await Server.MarketDataServer.StartAsync(new Server.MarketDataServerOptions { StopAfter = TimeSpan.FromMilliseconds(200) });
        await using (server.ConfigureAwait(false))
        {
            Assert.Equal("127.0.0.1", server.BaseAddress.Host);
            await server.Stopped.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    private sealed class Loop : IAsyncDisposable
    {
        private readonly CancellationTokenSource _timeout = new(TestTimeout);
        private readonly System.Net.Http.HttpClient _http;

        private Loop(Server.MarketDataServer server, SteppingClock clock, string key)
        {
            Server = server;
            Clock = clock;
            _http = MarketDataClient.CreateHttpClient(server.BaseAddress, key, clock);
            Client = new MarketDataClient(_http, server.WebSocketAddress, key);
        }

        public Server.MarketDataServer Server { get; }

        public SteppingClock Clock { get; }

        public MarketDataClient Client { get; }

        public CancellationToken Token => _timeout.Token;

        public static async Task<Loop> StartAsync(string key = "demo-key")
        {
            var clock = new SteppingClock();
            var server = await MarketData.Server.MarketDataServer.StartAsync(new MarketData.Server.MarketDataServerOptions
            {
                TimeProvider = clock,
                ApiKeys = Keys,
                StopAfter = TimeSpan.FromMinutes(1),
            });
            return new Loop(server, clock, key);
        }

        public async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            _http.Dispose();
            await Server.DisposeAsync();
            _timeout.Dispose();
        }
    }
}
