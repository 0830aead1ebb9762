using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using CsCheck;
using ErrorCodeGen.Tests.Properties;
using Xunit;

namespace ErrorCodeGen.Generator.Tests.Properties;

/// <summary>
/// A client reads bodies and headers it does not control. Whatever the server sends, the generated runtime code
/// (the envelope's JSON converter, <c>ReadErrorCodeResponseAsync</c>, <c>EnsureErrorCodeSuccessAsync</c> and the
/// Retry-After parser) answers within a bounded time, throws nothing but its documented exceptions, and keeps an
/// unknown code instead of losing it.
/// </summary>
public class HostileResponseTests
{
    private const string Probe = """
        #nullable disable
        using System;
        using System.Net;
        using System.Net.Http;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Acme.MarketData;

        public static class Probe
        {
            private static readonly DateTimeOffset Now = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

            // Returns "env:<code>|<ensure outcome>|<retry-after seconds or none>"; throws only on a broken promise.
            public static string Check(byte[] body, string retryAfter, int status)
            {
                var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new ByteArrayContent(body) };
                if (retryAfter != null)
                {
                    response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
                }

                ErrorCodeResponse envelope = Bounded(response.ReadErrorCodeResponseAsync());
                ErrorCodeResponse parsed;
                bool tryParse = ErrorCodeResponse.TryParse(body, out parsed);
                if (tryParse != (envelope != null))
                {
                    throw new InvalidOperationException("TryParse and ReadErrorCodeResponseAsync disagree");
                }

                try
                {
                    ErrorCodeResponse.Parse(body);
                    if (!tryParse)
                    {
                        throw new InvalidOperationException("Parse accepted what TryParse refused");
                    }
                }
                catch (JsonException)
                {
                    if (tryParse)
                    {
                        throw new InvalidOperationException("Parse refused what TryParse accepted");
                    }
                }

                TimeSpan? delay = ErrorCodeHttp.GetRetryAfter(response, Now);
                if (delay < TimeSpan.Zero)
                {
                    throw new InvalidOperationException("negative Retry-After " + delay);
                }

                string ensure;
                try
                {
                    Bounded(response.EnsureErrorCodeSuccessAsync());
                    ensure = "success";
                }
                catch (ErrorCodeException e)
                {
                    ensure = "threw:" + e.RawCode;
                    if (e.GetRetryDelay(0) > TimeSpan.FromSeconds(60))
                    {
                        throw new InvalidOperationException("unbounded delay " + e.GetRetryDelay(0));
                    }
                }
                catch (HttpRequestException)
                {
                    ensure = "http";
                }
                catch (FormatException)
                {
                    ensure = "format";
                }

                return (envelope == null ? "none" : "env:" + envelope.Code) + "|" + ensure + "|" + (delay.HasValue ? ((long)delay.Value.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture) : "none");
            }

            private static T Bounded<T>(Task<T> task)
            {
                if (Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(20))).GetAwaiter().GetResult() != task)
                {
                    throw new TimeoutException("hung");
                }

                return task.GetAwaiter().GetResult();
            }
        }
        """;

    private static readonly Lazy<Func<byte[], string?, int, string>> Check = new(() =>
    {
        var result = GeneratorHarness.RunReference(Probe);
        using var stream = new MemoryStream();
        var emit = result.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)));
        var assembly = new System.Runtime.Loader.AssemblyLoadContext("hostile-responses").LoadFromStream(new MemoryStream(stream.ToArray()));
        var method = assembly.GetType("Probe")!.GetMethod("Check", BindingFlags.Public | BindingFlags.Static)!;
        return method.CreateDelegate<Func<byte[], string?, int, string>>();
    });

    private static readonly int[] KnownCodes = { 0, 1001, 1002, 2002, 3001, 3002, 4003, 5000, 5001 };

    private static readonly Gen<string> JsonScalar = Gen.OneOf(
        Gen.Const("null"), Gen.Const("true"), Gen.Const("1e400"), Gen.Const("-0"), Gen.Const("1.5"), Gen.Const("\"\\ud800\""),
        Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)),
        Gen.String.Select(s => System.Text.Json.JsonSerializer.Serialize(s)));

    /// <summary>Any code a server may send: known, unknown, negative, int limits.</summary>
    private static readonly Gen<int> Code = Gen.OneOf(Gen.Int, Gen.Int[-5, 6000], Gen.Int[0, KnownCodes.Length - 1].Select(i => KnownCodes[i]), Gen.Bool.Select(b => b ? int.MinValue : int.MaxValue));

    /// <summary>A well-formed envelope with an integer code, extra members and nested data.</summary>
    private static readonly Gen<(int Code, string Json)> Envelope =
        Gen.Select(Code, Gen.String, JsonScalar.Array[0, 4], Gen.Int[0, 40], Gen.Bool)
            .Select((code, message, extras, depth, cmdFirst) =>
            {
                var data = new string('[', depth + 1) + string.Join(",", extras) + new string(']', depth + 1);
                var members = new[]
                {
                    "\"code\":" + code.ToString(CultureInfo.InvariantCulture),
                    "\"message\":" + System.Text.Json.JsonSerializer.Serialize(message),
                    "\"data\":" + data,
                    "\"extra\":{\"code\":\"shadow\",\"x\":" + (extras.Length > 0 ? extras[0] : "1") + "}",
                };
                var ordered = cmdFirst ? members.Prepend("\"cmd\":\"ping\"") : members.Append("\"cmd\":null");
                return (code, "{" + string.Join(",", ordered) + "}");
            });

    /// <summary>Bodies a hostile or broken server sends: envelopes cut short, flipped bytes, odd codes, deep nesting.</summary>
    private static readonly Gen<byte[]> HostileBody = Gen.OneOf(
        Envelope.Select(e => Encoding.UTF8.GetBytes(e.Json)),
        Gen.Select(Envelope, Gen.Int[0, 1000]).Select((e, cut) => Encoding.UTF8.GetBytes(e.Json)[..Math.Min(cut, Encoding.UTF8.GetByteCount(e.Json))]),
        Gen.Select(Envelope, Gen.Int[0, 1000], Gen.Byte).Select((e, at, b) =>
        {
            var bytes = Encoding.UTF8.GetBytes(e.Json);
            bytes[at % bytes.Length] = b; // invalid UTF-8, a broken token, or a different character
            return bytes;
        }),
        JsonScalar.Select(code => Encoding.UTF8.GetBytes("{\"code\":" + code + ",\"message\":\"m\"}")),
        Gen.Select(Code, Code).Select((a, b) => Encoding.UTF8.GetBytes("{\"code\":" + a + ",\"code\":" + b + "}")),
        Gen.Int[60, 5000].Select(depth => Encoding.UTF8.GetBytes("{\"code\":1,\"data\":" + new string('[', depth) + new string(']', depth) + "}")),
        Gen.Int[1, 5000].Select(depth => Encoding.UTF8.GetBytes(new string('{', depth))),
        Gen.Byte.Array[0, 64],
        Gen.Const<byte[]>(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'{', (byte)'"', (byte)'c', (byte)'o', (byte)'d', (byte)'e', (byte)'"', (byte)':', (byte)'7', (byte)'}' }));

    private static readonly Gen<string?> RetryAfter = Gen.OneOf(
        Gen.Bool.Select(_ => (string?)null),
        Gen.Long.Select(l => (string?)l.ToString(CultureInfo.InvariantCulture)),
        Gen.Const<string?>("99999999999999999999999999999999"),
        Gen.Const<string?>("1.5"),
        Gen.Const<string?>("Thu, 02 Jan 2025 03:04:35 GMT, 120"),
        Gen.Const<string?>("Wed, 01 Jan 2025 00:00:00 GMT"),
        Gen.Const<string?>(", , ,"),
        Gen.Const<string?>(new string(',', 10_000)),
        Gen.String.Select(s => (string?)s));

    [Fact]
    public void Any_body_and_header_is_answered_with_a_documented_outcome() =>
        Gen.Select(HostileBody, RetryAfter, Gen.Int[100, 599]).Sample(
            (body, retryAfter, status) => Check.Value(body, retryAfter, status),
            seed: SpecGen.Seed, iter: SpecGen.Iterations, threads: 1);

    [Fact]
    public void An_envelope_keeps_its_code_known_or_not_and_an_error_code_is_thrown_with_it() =>
        Gen.Select(Envelope, Gen.Int[100, 599]).Sample(
            (envelope, status) =>
            {
                var outcome = Check.Value(Encoding.UTF8.GetBytes(envelope.Json), null, status).Split('|');
                Assert.True("env:" + envelope.Code.ToString(CultureInfo.InvariantCulture) == outcome[0], envelope.Json + " gave " + outcome[0]);
                Assert.Equal(envelope.Code == 0 ? "success" : "threw:" + envelope.Code.ToString(CultureInfo.InvariantCulture), outcome[1]);
            },
            seed: SpecGen.Seed, iter: SpecGen.Iterations, threads: 1);

    [Fact]
    public void Ten_megabyte_bodies_are_read_or_refused_without_hanging()
    {
        var big = "{\"code\":9999,\"message\":\"big\",\"data\":\"" + new string('x', 10 * 1024 * 1024) + "\"}";
        Assert.Equal("env:9999|threw:9999|none", Check.Value(Encoding.UTF8.GetBytes(big), null, 500));
        var deep = new string('[', 10 * 1024 * 1024);
        Assert.Equal("none|http|none", Check.Value(Encoding.UTF8.GetBytes(deep), null, 502));
        Assert.Equal("none|format|none", Check.Value(Encoding.UTF8.GetBytes(deep), null, 200));
    }
}
