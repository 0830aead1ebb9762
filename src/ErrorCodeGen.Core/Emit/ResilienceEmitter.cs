namespace ErrorCodeGen.Emit;

/// <summary>
/// Writes <c>EResilience</c>, the Polly v8 retry helpers (also for Microsoft.Extensions.Http.Resilience): a
/// <c>ShouldHandle</c> predicate from the catalog's retry classification, a <c>DelayGenerator</c> from the catalog's delays
/// and Retry-After, and ready retry options. Builds on the exception, the envelope and the HTTP helpers.
/// </summary>
internal static class ResilienceEmitter
{
    /// <summary>Writes the Polly helpers.</summary>
    public static void Write(SourceWriter w, EmitContext c)
    {
        var n = c.Global;
        var t = c.Names.Enum;
        var q = c.MaybeNull;
        w.Block($$"""
        /// <summary>
        /// Polly v8 retry helpers for <see cref="{{n.Enum}}"/> (also for Microsoft.Extensions.Http.Resilience): a
        /// <c>ShouldHandle</c> predicate from the catalog's retry classification and a <c>DelayGenerator</c> from Retry-After.
        /// </summary>
        {{c.GeneratedCode}}
        {{c.Access}} static class {{c.Names.Resilience}}
        {
            /// <summary>The longest delay <see cref="CreateDelayGenerator"/> returns unless told otherwise: 60 seconds.</summary>
            public static readonly global::System.TimeSpan DefaultMaxDelay = global::System.TimeSpan.FromSeconds(60);

            /// <summary>
            /// The <c>ShouldHandle</c> predicate: true for a response whose envelope carries a retryable code
            /// (<c>RetryWithBackoff</c> or <c>RetryAfterDelay</c>; so not a 429 whose code says <c>DoNotRetry</c>); for an error
            /// response without an envelope, true for HTTP 408, 429, 500, 502, 503 and 504; for an exception, true for
            /// <see cref="global::System.Net.Http.HttpRequestException"/>, Polly's <c>TimeoutRejectedException</c> and a retryable
            /// <see cref="{{n.Exception}}"/>. Successful responses are never retried, and neither is one whose Retry-After asks for
            /// longer than <see cref="DefaultMaxDelay"/> (waiting less would only get the same answer).
            /// </summary>
            /// <param name="arguments">The retry arguments.</param>
            /// <returns>True to retry.</returns>
            public static global::System.Threading.Tasks.ValueTask<bool> ShouldHandle(global::Polly.Retry.RetryPredicateArguments<global::System.Net.Http.HttpResponseMessage> arguments)
            {
                return ShouldRetryAsync(arguments.Outcome, DefaultMaxDelay, global::System.TimeProvider.System);
            }

            /// <summary>A <c>ShouldHandle</c> predicate like <see cref="ShouldHandle"/> whose longest acceptable Retry-After is <paramref name="maxDelay"/>.</summary>
            /// <param name="maxDelay">The longest delay the caller waits for; null for <see cref="DefaultMaxDelay"/>.</param>
            /// <param name="timeProvider">The clock an HTTP-date Retry-After is measured against; null for the system clock.</param>
            /// <returns>The predicate.</returns>
            public static global::System.Func<global::Polly.Retry.RetryPredicateArguments<global::System.Net.Http.HttpResponseMessage>, global::System.Threading.Tasks.ValueTask<bool>> CreateShouldHandle(global::System.TimeSpan? maxDelay = null, global::System.TimeProvider{{q}} timeProvider = null)
            {
                global::System.TimeSpan cap = maxDelay ?? DefaultMaxDelay;
                global::System.TimeProvider clock = timeProvider ?? global::System.TimeProvider.System;
                return arguments => ShouldRetryAsync(arguments.Outcome, cap, clock);
            }

            /// <summary>The decision of <see cref="ShouldHandle"/> for an outcome.</summary>
            /// <param name="outcome">The outcome of the attempt.</param>
            /// <returns>True to retry.</returns>
            public static global::System.Threading.Tasks.ValueTask<bool> ShouldRetryAsync(global::Polly.Outcome<global::System.Net.Http.HttpResponseMessage> outcome)
            {
                return ShouldRetryAsync(outcome, DefaultMaxDelay, global::System.TimeProvider.System);
            }

            /// <summary>The decision of <see cref="CreateShouldHandle"/> for an outcome.</summary>
            /// <param name="outcome">The outcome of the attempt.</param>
            /// <param name="maxDelay">The longest delay the caller waits for: a longer Retry-After is not retried.</param>
            /// <param name="timeProvider">The clock an HTTP-date Retry-After is measured against.</param>
            /// <returns>True to retry.</returns>
            public static async global::System.Threading.Tasks.ValueTask<bool> ShouldRetryAsync(global::Polly.Outcome<global::System.Net.Http.HttpResponseMessage> outcome, global::System.TimeSpan maxDelay, global::System.TimeProvider{{q}} timeProvider)
            {
                global::System.Exception{{q}} exception = outcome.Exception;
                if (exception != null)
                {
                    {{n.Exception}}{{q}} error = exception as {{n.Exception}};
                    if (error != null)
                    {
                        return error.IsRetryable && !(error.RetryAfter > maxDelay);
                    }

                    return exception is global::System.Net.Http.HttpRequestException || exception is global::Polly.Timeout.TimeoutRejectedException;
                }

                global::System.Net.Http.HttpResponseMessage{{q}} response = outcome.Result;
                if (response == null || response.IsSuccessStatusCode)
                {
                    return false;
                }

                global::System.TimeSpan? retryAfter = {{n.Http}}.GetRetryAfter(response, (timeProvider ?? global::System.TimeProvider.System).GetUtcNow());
                if (retryAfter > maxDelay)
                {
                    return false;
                }

                {{n.Response}}{{q}} envelope = await {{n.Http}}.Read{{t}}ResponseAsync(response, global::System.Threading.CancellationToken.None).ConfigureAwait(false);
                if (envelope != null)
                {
                    return {{n.Extensions}}.IsRetryable(envelope.ErrorCode);
                }

                int status = (int)response.StatusCode;
                return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
            }

            /// <summary>
            /// A <c>DelayGenerator</c>: the catalog's delay for the code (<c>GetRetryDelay</c>: Retry-After when sent, else 60 s
            /// for <c>RetryAfterDelay</c> and exponential backoff for <c>RetryWithBackoff</c>), capped at <paramref name="maxDelay"/>;
            /// for a response without an envelope, its Retry-After, else null (Polly's own backoff).
            /// </summary>
            /// <param name="maxDelay">The longest delay; null for <see cref="DefaultMaxDelay"/>.</param>
            /// <param name="timeProvider">The clock an HTTP-date Retry-After is measured against; null for the system clock.</param>
            /// <returns>The delay generator.</returns>
            public static global::System.Func<global::Polly.Retry.RetryDelayGeneratorArguments<global::System.Net.Http.HttpResponseMessage>, global::System.Threading.Tasks.ValueTask<global::System.TimeSpan?>> CreateDelayGenerator(global::System.TimeSpan? maxDelay = null, global::System.TimeProvider{{q}} timeProvider = null)
            {
                global::System.TimeSpan cap = maxDelay ?? DefaultMaxDelay;
                global::System.TimeProvider clock = timeProvider ?? global::System.TimeProvider.System;
                return arguments => GetDelayAsync(arguments.Outcome, arguments.AttemptNumber, cap, clock);
            }

            /// <summary>The delay <see cref="CreateDelayGenerator"/> gives for an outcome.</summary>
            /// <param name="outcome">The outcome of the attempt.</param>
            /// <param name="attempt">The retry number, starting at 0.</param>
            /// <param name="maxDelay">The longest delay.</param>
            /// <param name="timeProvider">The clock an HTTP-date Retry-After is measured against.</param>
            /// <returns>The delay, or null for Polly's own backoff.</returns>
            public static async global::System.Threading.Tasks.ValueTask<global::System.TimeSpan?> GetDelayAsync(global::Polly.Outcome<global::System.Net.Http.HttpResponseMessage> outcome, int attempt, global::System.TimeSpan maxDelay, global::System.TimeProvider{{q}} timeProvider)
            {
                global::System.TimeSpan? delay = null;
                {{n.Exception}}{{q}} error = outcome.Exception as {{n.Exception}};
                if (error != null)
                {
                    delay = error.GetRetryDelay(attempt, maxDelay);
                }
                else if (outcome.Result != null)
                {
                    global::System.DateTimeOffset now = (timeProvider ?? global::System.TimeProvider.System).GetUtcNow();
                    global::System.TimeSpan? retryAfter = {{n.Http}}.GetRetryAfter(outcome.Result, now);
                    {{n.Response}}{{q}} envelope = await {{n.Http}}.Read{{t}}ResponseAsync(outcome.Result, global::System.Threading.CancellationToken.None).ConfigureAwait(false);
                    delay = envelope != null ? {{n.Extensions}}.GetRetryDelay(envelope.ErrorCode, attempt, retryAfter, maxDelay) : retryAfter;
                }

                if (delay.HasValue && delay.Value > maxDelay)
                {
                    delay = maxDelay;
                }

                return delay;
            }

            /// <summary>Sets <c>ShouldHandle</c> and <c>DelayGenerator</c> of existing options (for example <c>HttpRetryStrategyOptions</c>).</summary>
            /// <typeparam name="TOptions">The options type.</typeparam>
            /// <param name="options">The options to change.</param>
            /// <param name="maxDelay">The longest delay; null for <see cref="DefaultMaxDelay"/>.</param>
            /// <param name="timeProvider">The clock an HTTP-date Retry-After is measured against; null for the system clock.</param>
            /// <returns><paramref name="options"/>.</returns>
            public static TOptions Configure<TOptions>(TOptions options, global::System.TimeSpan? maxDelay = null, global::System.TimeProvider{{q}} timeProvider = null)
                where TOptions : global::Polly.Retry.RetryStrategyOptions<global::System.Net.Http.HttpResponseMessage>
            {
                if (options == null)
                {
                    throw new global::System.ArgumentNullException("options");
                }

                options.ShouldHandle = CreateShouldHandle(maxDelay, timeProvider);
                options.DelayGenerator = CreateDelayGenerator(maxDelay, timeProvider);
                return options;
            }

            /// <summary>Retry options driven by the catalog: <see cref="ShouldHandle"/>, the catalog's delays, no jitter.</summary>
            /// <param name="maxRetryAttempts">The most retries after the first attempt.</param>
            /// <param name="maxDelay">The longest delay; null for <see cref="DefaultMaxDelay"/>.</param>
            /// <param name="timeProvider">The clock an HTTP-date Retry-After is measured against; null for the system clock.</param>
            /// <returns>New options for <c>AddRetry</c>.</returns>
            public static global::Polly.Retry.RetryStrategyOptions<global::System.Net.Http.HttpResponseMessage> CreateRetryOptions(int maxRetryAttempts = 3, global::System.TimeSpan? maxDelay = null, global::System.TimeProvider{{q}} timeProvider = null)
            {
                global::Polly.Retry.RetryStrategyOptions<global::System.Net.Http.HttpResponseMessage> options = new global::Polly.Retry.RetryStrategyOptions<global::System.Net.Http.HttpResponseMessage>();
                options.MaxRetryAttempts = maxRetryAttempts;
                options.BackoffType = global::Polly.DelayBackoffType.Exponential;
                options.Delay = global::System.TimeSpan.FromSeconds(1);
                options.UseJitter = false;
                return Configure(options, maxDelay, timeProvider);
            }
        }
        """);
    }
}
