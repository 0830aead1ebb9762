namespace ErrorCodeGen.Emit;

/// <summary>
/// Writes <c>EException</c>, the exception of an error response (its code, wire message, HTTP status, Retry-After and
/// WebSocket command): for a numeric catalog it keeps an unknown code as its number, for a string catalog the wire code
/// exactly as sent. Both share their first constructors and every member from <c>IsKnownCode</c> on.
/// </summary>
internal static class ExceptionEmitter
{
    /// <summary>Writes the exception of the catalog of <paramref name="c"/>.</summary>
    public static void Write(SourceWriter w, EmitContext c)
    {
        var n = c.Global;
        var q = c.MaybeNull;
        w.Line("/// <summary>");
        w.Block(c.StringCodes
            ? $$"""
            /// An error response of the API: its code of <see cref="{{n.Enum}}"/>, the wire code exactly as sent (<see cref="RawCode"/>, also
            /// for a code the catalog does not know), the wire message, the HTTP status, the Retry-After delay and, for WebSocket
            /// responses, the command.
            """
            : $$"""
            /// An error response of the API: its code of <see cref="{{n.Enum}}"/> (also a code the catalog does not know, kept as its
            /// number), the wire message, the HTTP status, the Retry-After delay and, for WebSocket responses, the command.
            """);
        w.Block($$"""
            /// </summary>
            {{c.GeneratedCode}}
            {{c.Access}} sealed class {{c.Names.Exception}} : global::System.Exception
            {
                /// <summary>An exception for <paramref name="code"/> with its wire message and HTTP status from the catalog.</summary>
                /// <param name="code">The code.</param>
                public {{c.Names.Exception}}({{n.Enum}} code)
                    : this(code, null, {{n.Extensions}}.GetHttpStatus(code), null, null, null)
                {
                }

                /// <summary>An exception for an error response as received.</summary>
                /// <param name="code">The code received (need not be a code of the catalog).</param>
                /// <param name="wireMessage">The message received; null for the catalog's wire message of <paramref name="code"/>.</param>
            """);
        WriteReceivedParameterDocs(w);
        w.Line("    public " + c.Names.Exception + "(" + n.Enum + " code, string" + q + " wireMessage, global::System.Net.HttpStatusCode? httpStatus = null, global::System.TimeSpan? retryAfter = null, string" + q + " command = null, global::System.Exception" + q + " innerException = null)");
        if (c.StringCodes)
        {
            WriteStringCodeConstructors(w, c);
        }
        else
        {
            w.Block($$"""
                    : base(Describe(code, wireMessage ?? {{n.Extensions}}.GetMessage(code), command), innerException)
                {
            """);
            WriteFieldAssignments(w, c);
            w.Block($$"""

                /// <summary>The code received; a value outside the catalog when <see cref="IsKnownCode"/> is false.</summary>
                public {{n.Enum}} Code { get; private set; }

                /// <summary>The code received, as its number.</summary>
                public int RawCode
                {
                    get { return (int)this.Code; }
                }
            """);
        }

        w.Line();
        WriteSharedMembers(w, c);
        w.Line();
        if (c.StringCodes)
        {
            WriteFromWireCode(w, c, "wireCode");
            w.Line();
        }

        var describe = c.StringCodes
            ? ("string wireCode, " + n.Enum + " code", "wireCode")
            : (n.Enum + " code", "((int)code).ToString(global::System.Globalization.CultureInfo.InvariantCulture)");
        w.Block($$"""
                private static string Describe({{describe.Item1}}, string wireMessage, string{{q}} command)
                {
                    string name = {{n.Extensions}}.IsDefined((int)code) ? {{n.Extensions}}.ToStringFast(code) : "unknown code";
                    string text = {{describe.Item2}} + " " + name + ": " + wireMessage;
                    return command == null ? text : text + " (cmd " + command + ")";
                }
            }
            """);
    }

    /// <summary>
    /// <c>FromWireCode(string)</c>: the member of a wire code, or the default value (never a code of a string catalog);
    /// the exception and the response envelope of a string catalog each have one.
    /// </summary>
    internal static void WriteFromWireCode(SourceWriter w, EmitContext c, string parameter)
    {
        var n = c.Global;
        w.Block($$"""
                private static {{n.Enum}} FromWireCode(string{{c.MaybeNull}} {{parameter}})
                {
                    {{n.Enum}} value;
                    {{n.Extensions}}.TryFromWireCode({{parameter}}, out value);
                    return value;
                }
            """);
    }

    /// <summary>The end of the constructor that every other one calls: the received values kept in their properties.</summary>
    private static void WriteFieldAssignments(SourceWriter w, EmitContext c)
    {
        w.Block($$"""
                    this.Code = code;
                    this.WireMessage = wireMessage ?? {{c.Global.Extensions}}.GetMessage(code);
                    this.HttpStatus = httpStatus;
                    this.RetryAfter = retryAfter;
                    this.Command = command;
                }
            """);
    }

    /// <summary>The docs of the parameters after <c>wireMessage</c> that every "as received" constructor takes.</summary>
    private static void WriteReceivedParameterDocs(SourceWriter w)
    {
        w.Block("""
                /// <param name="httpStatus">The HTTP status of the response; null for a WebSocket response.</param>
                /// <param name="retryAfter">The Retry-After delay the server sent, if any.</param>
                /// <param name="command">The <c>cmd</c> of a WebSocket response; null for HTTP.</param>
                /// <param name="innerException">The exception that caused this one, if any.</param>
            """);
    }

    /// <summary>A string catalog's constructors after the first two: by wire code, and the one that keeps the raw wire code.</summary>
    private static void WriteStringCodeConstructors(SourceWriter w, EmitContext c)
    {
        var n = c.Global;
        var q = c.MaybeNull;
        w.Block($$"""
                    : this({{n.Extensions}}.GetWireCode(code), code, wireMessage, httpStatus, retryAfter, command, innerException)
                {
                }

                /// <summary>An exception for an error response as received, by its wire code.</summary>
                /// <param name="wireCode">The code exactly as received; kept in <see cref="RawCode"/> also when the catalog does not know it.</param>
                /// <param name="wireMessage">The message received; null for the catalog's wire message of the code.</param>
            """);
        WriteReceivedParameterDocs(w);
        w.Block($$"""
                public {{c.Names.Exception}}(string{{q}} wireCode, string{{q}} wireMessage, global::System.Net.HttpStatusCode? httpStatus = null, global::System.TimeSpan? retryAfter = null, string{{q}} command = null, global::System.Exception{{q}} innerException = null)
                    : this(wireCode ?? string.Empty, FromWireCode(wireCode), wireMessage, httpStatus, retryAfter, command, innerException)
                {
                }

                private {{c.Names.Exception}}(string wireCode, {{n.Enum}} code, string{{q}} wireMessage, global::System.Net.HttpStatusCode? httpStatus, global::System.TimeSpan? retryAfter, string{{q}} command, global::System.Exception{{q}} innerException)
                    : base(Describe(wireCode, code, wireMessage ?? {{n.Extensions}}.GetMessage(code), command), innerException)
                {
                    this.RawCode = wireCode;
            """);
        WriteFieldAssignments(w, c);
        w.Block($$"""

                /// <summary>The code received; the default value (never a code) when <see cref="IsKnownCode"/> is false.</summary>
                public {{n.Enum}} Code { get; private set; }

                /// <summary>The code exactly as received, also when the catalog does not know it.</summary>
                public string RawCode { get; private set; }
            """);
    }

    /// <summary>The members the numeric and the string exception share (from <c>IsKnownCode</c> to <c>GetRetryDelay</c>).</summary>
    private static void WriteSharedMembers(SourceWriter w, EmitContext c)
    {
        var n = c.Global;
        var q = c.MaybeNull;
        w.Block($$"""
            /// <summary>True when <see cref="Code"/> is a code of the catalog.</summary>
            public bool IsKnownCode
            {
                get { return {{n.Extensions}}.IsDefined((int)this.Code); }
            }

            /// <summary>The message the API sent with the code.</summary>
            public string WireMessage { get; private set; }

            /// <summary>The HTTP status of the response; null for a WebSocket response.</summary>
            public global::System.Net.HttpStatusCode? HttpStatus { get; private set; }

            /// <summary>The Retry-After delay the server sent, if any.</summary>
            public global::System.TimeSpan? RetryAfter { get; private set; }

            /// <summary>The <c>cmd</c> of a WebSocket response; null for HTTP.</summary>
            public string{{q}} Command { get; private set; }

            /// <summary>How a client reacts to <see cref="Code"/> (<c>DoNotRetry</c> for a code the catalog does not know).</summary>
            public {{n.Retry}} RetryClassification
            {
                get { return {{n.Extensions}}.GetRetryClassification(this.Code); }
            }

            /// <summary>True when the request may be sent again (see <see cref="RetryClassification"/>).</summary>
            public bool IsRetryable
            {
                get { return {{n.Extensions}}.IsRetryable(this.Code); }
            }

            /// <summary>
            /// The delay before retry number <paramref name="attempt"/>, honouring <see cref="RetryAfter"/> and never longer than
            /// <paramref name="maxDelay"/>; null when not retryable.
            /// </summary>
            /// <param name="attempt">The retry number, starting at 0.</param>
            /// <param name="maxDelay">The longest delay returned; null for 60 seconds.</param>
            /// <returns>The delay, or null.</returns>
            public global::System.TimeSpan? GetRetryDelay(int attempt, global::System.TimeSpan? maxDelay = null)
            {
                return {{n.Extensions}}.GetRetryDelay(this.Code, attempt, this.RetryAfter, maxDelay);
            }
        """);
    }
}
