namespace ErrorCodeGen.Emit;

/// <summary>
/// Writes <c>EHttp</c>, the <c>HttpResponseMessage</c> helpers: the Retry-After header (RFC 9110: delta-seconds or an
/// HTTP-date) and, when System.Text.Json is referenced, reading the response envelope (<c>ReadEResponseAsync</c>,
/// <c>EnsureESuccessAsync</c>).
/// </summary>
internal static class HttpEmitter
{
    /// <summary>Writes the HTTP helpers; <paramref name="withEnvelope"/> adds those that read the response envelope.</summary>
    public static void Write(SourceWriter w, EmitContext c, bool withEnvelope)
    {
        var n = c.Global;
        var q = c.MaybeNull;
        w.Block($$"""
        /// <summary>HTTP helpers for <see cref="{{n.Enum}}"/>: the Retry-After header (RFC 9110) and the response envelope.</summary>
        {{c.GeneratedCode}}
        {{c.Access}} static class {{c.Names.Http}}
        {
            private static readonly string[] s_httpDateFormats = new string[]
            {
                "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
                "dddd, dd-MMM-yy HH:mm:ss 'GMT'",
                "ddd MMM d HH:mm:ss yyyy",
                "ddd MMM  d HH:mm:ss yyyy",
            };

            /// <summary>The delay the Retry-After header asks for, measured from the current UTC time; null when absent or invalid.</summary>
            /// <param name="response">The response.</param>
            /// <returns>The delay (never negative), or null.</returns>
            public static global::System.TimeSpan? GetRetryAfter(global::System.Net.Http.HttpResponseMessage response)
            {
                return GetRetryAfter(response, global::System.DateTimeOffset.UtcNow);
            }

            /// <summary>The delay the Retry-After header asks for: delta-seconds, or an HTTP-date minus <paramref name="now"/>; null when absent or invalid.</summary>
            /// <param name="response">The response.</param>
            /// <param name="now">The current time, for an HTTP-date.</param>
            /// <returns>The delay (never negative), or null.</returns>
            public static global::System.TimeSpan? GetRetryAfter(global::System.Net.Http.HttpResponseMessage response, global::System.DateTimeOffset now)
            {
                if (response == null)
                {
                    throw new global::System.ArgumentNullException("response");
                }

                global::System.Collections.Generic.IEnumerable<string>{{q}} values;
                if (!response.Headers.TryGetValues("Retry-After", out values))
                {
                    return null;
                }

                foreach (string value in values)
                {
                    global::System.TimeSpan delay;
                    if (TryParseRetryAfter(value, now, out delay))
                    {
                        return delay;
                    }
                }

                return null;
            }

            /// <summary>
            /// Parses a Retry-After value: delta-seconds or an HTTP-date (IMF-fixdate, RFC 850 or asctime form). A value that
            /// proxies joined from several header fields (<c>"Thu, 02 Jan 2025 03:04:35 GMT, 120"</c>) gives its first valid element.
            /// </summary>
            /// <param name="value">The header value.</param>
            /// <param name="now">The current time, for an HTTP-date.</param>
            /// <param name="delay">The delay; zero for a date in the past.</param>
            /// <returns>True when <paramref name="value"/> holds a valid Retry-After value.</returns>
            public static bool TryParseRetryAfter(string{{q}} value, global::System.DateTimeOffset now, out global::System.TimeSpan delay)
            {
                delay = global::System.TimeSpan.Zero;
                if (value == null)
                {
                    return false;
                }

                if (TryParseRetryAfterElement(value, now, out delay))
                {
                    return true;
                }

                // A comma-joined list. The IMF-fixdate and RFC 850 forms hold a comma after the day name, so an element that
                // is only a day name is joined with the element after it.
                string[] parts = value.Split(',');
                for (int i = 0; i < parts.Length; i++)
                {
                    if (i + 1 < parts.Length && IsDayName(parts[i].Trim()) && TryParseRetryAfterElement(parts[i] + "," + parts[i + 1], now, out delay))
                    {
                        return true;
                    }

                    if (TryParseRetryAfterElement(parts[i], now, out delay))
                    {
                        return true;
                    }
                }

                delay = global::System.TimeSpan.Zero;
                return false;
            }

            private static bool IsDayName(string text)
            {
                for (int i = 0; i < s_dayNames.Length; i++)
                {
                    if (string.Equals(text, s_dayNames[i], global::System.StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                return false;
            }

            private static readonly string[] s_dayNames = new string[]
            {
                "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
                "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            };

            private static bool TryParseRetryAfterElement(string value, global::System.DateTimeOffset now, out global::System.TimeSpan delay)
            {
                delay = global::System.TimeSpan.Zero;
                string text = value.Trim();
                if (text.Length == 0)
                {
                    return false;
                }

                int digits = 0;
                while (digits < text.Length && text[digits] >= '0' && text[digits] <= '9')
                {
                    digits++;
                }

                if (digits == text.Length)
                {
                    // delta-seconds; any number of digits (a huge value is as good as "forever", which callers cap).
                    long seconds = 0;
                    for (int i = 0; i < text.Length && seconds <= int.MaxValue; i++)
                    {
                        seconds = (seconds * 10) + (text[i] - '0');
                    }

                    delay = global::System.TimeSpan.FromSeconds(seconds > int.MaxValue ? int.MaxValue : seconds);
                    return true;
                }

                global::System.DateTimeOffset date;
                if (text.Length <= 64 && global::System.DateTimeOffset.TryParseExact(text, s_httpDateFormats, global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.AssumeUniversal | global::System.Globalization.DateTimeStyles.AdjustToUniversal, out date))
                {
                    global::System.TimeSpan difference = date - now;
                    delay = difference > global::System.TimeSpan.Zero ? difference : global::System.TimeSpan.Zero;
                    return true;
                }

                return false;
            }
        """);
        if (withEnvelope)
        {
            w.Line();
            WriteEnvelopeReaders(w, c);
        }

        w.Line("}");
    }

    private static void WriteEnvelopeReaders(SourceWriter w, EmitContext c)
    {
        var n = c.Global;
        var t = c.Names.Enum;
        var q = c.MaybeNull;
        w.Block($$"""
            /// <summary>Reads the response envelope from the body (buffering it, so it can be read again); null when the body is not an envelope.</summary>
            /// <param name="response">The response.</param>
            /// <param name="cancellationToken">Cancels the wait.</param>
            /// <returns>The envelope, or null.</returns>
            public static async global::System.Threading.Tasks.Task<{{n.Response}}{{q}}> Read{{t}}ResponseAsync(this global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken = default(global::System.Threading.CancellationToken))
            {
                if (response == null)
                {
                    throw new global::System.ArgumentNullException("response");
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (response.Content == null)
                {
                    return null;
                }

                byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                {{n.Response}}{{q}} envelope;
                return {{n.Response}}.TryParse(body, out envelope) ? envelope : null;
            }

            /// <summary>
            /// Reads the response envelope and returns it when its code is the success code; otherwise throws
            /// <see cref="{{n.Exception}}"/> with the code (also an unknown one), message, HTTP status and Retry-After.
            /// </summary>
            /// <param name="response">The response.</param>
            /// <param name="cancellationToken">Cancels the wait.</param>
            /// <returns>The success envelope.</returns>
            /// <exception cref="{{n.Exception}}">The envelope carries an error code.</exception>
            /// <exception cref="global::System.Net.Http.HttpRequestException">The body is not an envelope and the HTTP status is an error.</exception>
            /// <exception cref="global::System.FormatException">The body of a successful response is not an envelope.</exception>
            public static async global::System.Threading.Tasks.Task<{{n.Response}}> Ensure{{t}}SuccessAsync(this global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken = default(global::System.Threading.CancellationToken))
            {
                {{n.Response}}{{q}} envelope = await Read{{t}}ResponseAsync(response, cancellationToken).ConfigureAwait(false);
                if (envelope == null)
                {
                    response.EnsureSuccessStatusCode();
                    throw new global::System.FormatException("The response body is not a response envelope with a code.");
                }

                if (envelope.IsSuccess)
                {
                    return envelope;
                }

                throw envelope.ToException(response.StatusCode, GetRetryAfter(response));
            }
        """);
    }
}
