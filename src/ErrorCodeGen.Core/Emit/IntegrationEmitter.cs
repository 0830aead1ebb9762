using System;
using System.Linq;
using ErrorCodeGen.Inference;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Emit;

/// <summary>What the consuming compilation can use, and so which integration helpers are generated.</summary>
[Flags]
public enum IntegrationFeatures
{
    /// <summary>No helpers.</summary>
    None = 0,

    /// <summary><c>System.Net.Http.HttpResponseMessage</c> is referenced: the exception and the Retry-After parser.</summary>
    HttpClient = 1,

    /// <summary><c>System.Text.Json</c> is referenced: the exception and the response envelope with its converter.</summary>
    SystemTextJson = 2,

    /// <summary>
    /// <c>Polly.Core</c> (v8) is referenced: the retry predicate and delay generator. Only emitted together with
    /// <see cref="HttpClient"/> and <see cref="SystemTextJson"/>, which they build on.
    /// </summary>
    Polly = 4,

    /// <summary>
    /// ASP.NET Core 8 or later is referenced: the server helpers of <see cref="ServerResultsEmitter"/> (their own file).
    /// </summary>
    AspNetCore = 8,

    /// <summary>
    /// <c>System.Diagnostics.CodeAnalysis.NotNullWhenAttribute</c> is accessible: with
    /// <see cref="CatalogEmitOptions.NullableAnnotations"/>, the envelope's <c>TryParse</c> says its out value is not null
    /// when it returns true. Writes no helper by itself.
    /// </summary>
    NotNullWhenAttribute = 16,
}

/// <summary>
/// Writes a catalog's integration helpers (the <c>N.E.Integration.g.cs</c> file): <c>EException</c>, the response
/// envelope <c>EResponse</c> with its System.Text.Json converter, <c>EHttp</c> (Retry-After, reading the envelope from
/// an <c>HttpResponseMessage</c>) and <c>EResilience</c> (Polly v8 <c>ShouldHandle</c> and <c>DelayGenerator</c>).
/// Each part is written only when <see cref="CatalogEmitOptions.Integration"/> says the compilation references what
/// it needs. The output compiles on C# 7.3 (nullable-annotated when <see cref="CatalogEmitOptions.NullableAnnotations"/> is set), documented, byte-identical for the same input, with LF line ends.
/// </summary>
public static class IntegrationEmitter
{
    /// <summary>The hint name of a catalog's integration file.</summary>
    public static string HintName(CatalogEmitOptions options) => options.FullEnumName + ".Integration.g.cs";

    /// <summary>The features that are actually emitted for <paramref name="features"/> (Polly needs HTTP and JSON).</summary>
    public static IntegrationFeatures Effective(IntegrationFeatures features)
    {
        const IntegrationFeatures httpAndJson = IntegrationFeatures.HttpClient | IntegrationFeatures.SystemTextJson;
        var attributes = features & IntegrationFeatures.NotNullWhenAttribute;
        return attributes | ((features & httpAndJson) == httpAndJson ? features & (httpAndJson | IntegrationFeatures.Polly) : features & httpAndJson);
    }

    /// <summary>True when <paramref name="features"/> make any integration helper apply (<see cref="Emit(CatalogEmitOptions, CodeKind)"/> writes a file).</summary>
    public static bool Applies(IntegrationFeatures features) =>
        (Effective(features) & ~IntegrationFeatures.NotNullWhenAttribute) != IntegrationFeatures.None;

    /// <summary>Writes the integration helpers of the catalog described by <paramref name="options"/>; null when none apply.</summary>
    public static string? Emit(CatalogEmitOptions options) => Emit(options, CodeKind.Numeric);

    /// <summary>
    /// Writes the integration helpers of the catalog described by <paramref name="options"/>, for codes of
    /// <paramref name="codeKind"/>: a <see cref="CodeKind.String"/> catalog's exception keeps the raw wire code string and
    /// its envelope reads and writes <c>"code"</c> as a string. Null when none apply.
    /// </summary>
    public static string? Emit(CatalogEmitOptions options, CodeKind codeKind)
    {
        var features = Effective(options.Integration);
        if (!Applies(features))
        {
            return null;
        }

        var http = (features & IntegrationFeatures.HttpClient) != 0;
        var json = (features & IntegrationFeatures.SystemTextJson) != 0;
        var polly = (features & IntegrationFeatures.Polly) != 0;

        var hasNamespace = !string.IsNullOrEmpty(options.Namespace);
        var escapedNamespace = hasNamespace ? string.Join(".", options.Namespace!.Split('.').Select(IdentifierNaming.Escape)) : string.Empty;
        var prefix = hasNamespace ? "global::" + escapedNamespace + "." : "global::";
        var t = options.EnumName;
        var strings = codeKind == CodeKind.String;
        var maybeNull = options.MaybeNull;
        var notNullWhenTrue = options.NullableAnnotations && (options.Integration & IntegrationFeatures.NotNullWhenAttribute) != 0
            ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] "
            : string.Empty;
        string Replace(string template) => template
            .Replace("\r\n", "\n")
            .Replace("$READ_CODE$", IndentFollowingLines(strings ? StringReadCode : NumericReadCode, 16))
            .Replace("$WRITE_CODE$", strings ? IndentFollowingLines(StringWriteCode, 8) : "writer.WriteNumber(\"code\", value.Code);")
            .Replace("$CODETYPE$", strings ? "string$?$" : "int")
            .Replace("$CODE_DEFAULT$", strings ? "null" : "0")
            .Replace("$CODE_GET_ENUM$", strings ? "FromWireCode(this.Code)" : "($E$)this.Code")
            .Replace("$CODE_ENUM$", strings ? "this.ErrorCode" : "($E$)this.Code")
            .Replace("$CODE_INT$", strings ? "(int)this.ErrorCode" : "this.Code")
            .Replace("$ENUM_TO_CODE$", strings ? "$EXT$.GetWireCode(code)" : "(int)code")
            .Replace("$EXCEPTION_CODE$", strings ? "this.Code" : "($E$)this.Code")
            .Replace("$RESPONSE_HELPERS$", strings ? StringResponseHelpers : string.Empty)

            .Replace("$ACCESS$", options.Accessibility == "internal" ? "internal" : "public")
            .Replace("$GENERATED$", "[global::System.CodeDom.Compiler.GeneratedCode(\"ErrorCodeGen\", \"" + CatalogEmitter.ToolVersion + "\")]")
            .Replace("$E$", prefix + t)
            .Replace("$EXT$", prefix + t + "Extensions")
            .Replace("$RETRY$", prefix + t + "RetryClassification")
            .Replace("$EXCEPTION$", prefix + t + "Exception")
            .Replace("$RESPONSE$", prefix + t + "Response")
            .Replace("$CONVERTER$", prefix + t + "ResponseJsonConverter")
            .Replace("$HTTP$", prefix + t + "Http")
            .Replace("$T$", t)
            .Replace("$NOTNULLWHENTRUE$", notNullWhenTrue)
            .Replace("$?$", maybeNull);

        var writer = new SourceWriter();
        writer.Line("// <auto-generated/>");
        writer.Line("// Generated by ErrorCodeGen from an error-code spec: integration helpers for the referenced libraries. Edit the spec, not this file.");
        options.WriteNullableDirective(writer);
        writer.Line();
        if (hasNamespace)
        {
            writer.Open("namespace " + escapedNamespace);
        }

        var parts = new System.Collections.Generic.List<string> { strings ? StringExceptionTemplate : ExceptionTemplate };
        if (json)
        {
            parts.Add(ResponseTemplate);
        }

        if (http)
        {
            parts.Add(HttpTemplateStart + (json ? "\n" + HttpJsonTemplate : string.Empty) + "\n" + HttpTemplateEnd);
        }

        if (polly)
        {
            parts.Add(PollyTemplate);
        }

        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            var text = Replace(parts[i]).TrimEnd('\n');
            foreach (var line in text.Split('\n'))
            {
                writer.Line(line);
            }
        }

        if (hasNamespace)
        {
            writer.Close();
        }

        return writer.ToString();
    }

    /// <summary>The members the numeric and the string exception share (from <c>IsKnownCode</c> to <c>GetRetryDelay</c>).</summary>
    private const string ExceptionSharedMembers = """
            /// <summary>True when <see cref="Code"/> is a code of the catalog.</summary>
            public bool IsKnownCode
            {
                get { return $EXT$.IsDefined((int)this.Code); }
            }

            /// <summary>The message the API sent with the code.</summary>
            public string WireMessage { get; private set; }

            /// <summary>The HTTP status of the response; null for a WebSocket response.</summary>
            public global::System.Net.HttpStatusCode? HttpStatus { get; private set; }

            /// <summary>The Retry-After delay the server sent, if any.</summary>
            public global::System.TimeSpan? RetryAfter { get; private set; }

            /// <summary>The <c>cmd</c> of a WebSocket response; null for HTTP.</summary>
            public string$?$ Command { get; private set; }

            /// <summary>How a client reacts to <see cref="Code"/> (<c>DoNotRetry</c> for a code the catalog does not know).</summary>
            public $RETRY$ RetryClassification
            {
                get { return $EXT$.GetRetryClassification(this.Code); }
            }

            /// <summary>True when the request may be sent again (see <see cref="RetryClassification"/>).</summary>
            public bool IsRetryable
            {
                get { return $EXT$.IsRetryable(this.Code); }
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
                return $EXT$.GetRetryDelay(this.Code, attempt, this.RetryAfter, maxDelay);
            }
        """;

    private const string ExceptionTemplate = """
        /// <summary>
        /// An error response of the API: its code of <see cref="$E$"/> (also a code the catalog does not know, kept as its
        /// number), the wire message, the HTTP status, the Retry-After delay and, for WebSocket responses, the command.
        /// </summary>
        $GENERATED$
        $ACCESS$ sealed class $T$Exception : global::System.Exception
        {
            /// <summary>An exception for <paramref name="code"/> with its wire message and HTTP status from the catalog.</summary>
            /// <param name="code">The code.</param>
            public $T$Exception($E$ code)
                : this(code, null, $EXT$.GetHttpStatus(code), null, null, null)
            {
            }

            /// <summary>An exception for an error response as received.</summary>
            /// <param name="code">The code received (need not be a code of the catalog).</param>
            /// <param name="wireMessage">The message received; null for the catalog's wire message of <paramref name="code"/>.</param>
            /// <param name="httpStatus">The HTTP status of the response; null for a WebSocket response.</param>
            /// <param name="retryAfter">The Retry-After delay the server sent, if any.</param>
            /// <param name="command">The <c>cmd</c> of a WebSocket response; null for HTTP.</param>
            /// <param name="innerException">The exception that caused this one, if any.</param>
            public $T$Exception($E$ code, string$?$ wireMessage, global::System.Net.HttpStatusCode? httpStatus = null, global::System.TimeSpan? retryAfter = null, string$?$ command = null, global::System.Exception$?$ innerException = null)
                : base(Describe(code, wireMessage ?? $EXT$.GetMessage(code), command), innerException)
            {
                this.Code = code;
                this.WireMessage = wireMessage ?? $EXT$.GetMessage(code);
                this.HttpStatus = httpStatus;
                this.RetryAfter = retryAfter;
                this.Command = command;
            }

            /// <summary>The code received; a value outside the catalog when <see cref="IsKnownCode"/> is false.</summary>
            public $E$ Code { get; private set; }

            /// <summary>The code received, as its number.</summary>
            public int RawCode
            {
                get { return (int)this.Code; }
            }
        """ + "\n\n" + ExceptionSharedMembers + "\n" + """

            private static string Describe($E$ code, string wireMessage, string$?$ command)
            {
                string name = $EXT$.IsDefined((int)code) ? $EXT$.ToStringFast(code) : "unknown code";
                string text = ((int)code).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " " + name + ": " + wireMessage;
                return command == null ? text : text + " (cmd " + command + ")";
            }
        }
        """;

    private const string StringExceptionTemplate = """
        /// <summary>
        /// An error response of the API: its code of <see cref="$E$"/>, the wire code exactly as sent (<see cref="RawCode"/>, also
        /// for a code the catalog does not know), the wire message, the HTTP status, the Retry-After delay and, for WebSocket
        /// responses, the command.
        /// </summary>
        $GENERATED$
        $ACCESS$ sealed class $T$Exception : global::System.Exception
        {
            /// <summary>An exception for <paramref name="code"/> with its wire message and HTTP status from the catalog.</summary>
            /// <param name="code">The code.</param>
            public $T$Exception($E$ code)
                : this(code, null, $EXT$.GetHttpStatus(code), null, null, null)
            {
            }

            /// <summary>An exception for an error response as received.</summary>
            /// <param name="code">The code received (need not be a code of the catalog).</param>
            /// <param name="wireMessage">The message received; null for the catalog's wire message of <paramref name="code"/>.</param>
            /// <param name="httpStatus">The HTTP status of the response; null for a WebSocket response.</param>
            /// <param name="retryAfter">The Retry-After delay the server sent, if any.</param>
            /// <param name="command">The <c>cmd</c> of a WebSocket response; null for HTTP.</param>
            /// <param name="innerException">The exception that caused this one, if any.</param>
            public $T$Exception($E$ code, string$?$ wireMessage, global::System.Net.HttpStatusCode? httpStatus = null, global::System.TimeSpan? retryAfter = null, string$?$ command = null, global::System.Exception$?$ innerException = null)
                : this($EXT$.GetWireCode(code), code, wireMessage, httpStatus, retryAfter, command, innerException)
            {
            }

            /// <summary>An exception for an error response as received, by its wire code.</summary>
            /// <param name="wireCode">The code exactly as received; kept in <see cref="RawCode"/> also when the catalog does not know it.</param>
            /// <param name="wireMessage">The message received; null for the catalog's wire message of the code.</param>
            /// <param name="httpStatus">The HTTP status of the response; null for a WebSocket response.</param>
            /// <param name="retryAfter">The Retry-After delay the server sent, if any.</param>
            /// <param name="command">The <c>cmd</c> of a WebSocket response; null for HTTP.</param>
            /// <param name="innerException">The exception that caused this one, if any.</param>
            public $T$Exception(string$?$ wireCode, string$?$ wireMessage, global::System.Net.HttpStatusCode? httpStatus = null, global::System.TimeSpan? retryAfter = null, string$?$ command = null, global::System.Exception$?$ innerException = null)
                : this(wireCode ?? string.Empty, FromWireCode(wireCode), wireMessage, httpStatus, retryAfter, command, innerException)
            {
            }

            private $T$Exception(string wireCode, $E$ code, string$?$ wireMessage, global::System.Net.HttpStatusCode? httpStatus, global::System.TimeSpan? retryAfter, string$?$ command, global::System.Exception$?$ innerException)
                : base(Describe(wireCode, code, wireMessage ?? $EXT$.GetMessage(code), command), innerException)
            {
                this.RawCode = wireCode;
                this.Code = code;
                this.WireMessage = wireMessage ?? $EXT$.GetMessage(code);
                this.HttpStatus = httpStatus;
                this.RetryAfter = retryAfter;
                this.Command = command;
            }

            /// <summary>The code received; the default value (never a code) when <see cref="IsKnownCode"/> is false.</summary>
            public $E$ Code { get; private set; }

            /// <summary>The code exactly as received, also when the catalog does not know it.</summary>
            public string RawCode { get; private set; }
        """ + "\n\n" + ExceptionSharedMembers + "\n" + """

            private static $E$ FromWireCode(string$?$ wireCode)
            {
                $E$ value;
                $EXT$.TryFromWireCode(wireCode, out value);
                return value;
            }

            private static string Describe(string wireCode, $E$ code, string wireMessage, string$?$ command)
            {
                string name = $EXT$.IsDefined((int)code) ? $EXT$.ToStringFast(code) : "unknown code";
                string text = wireCode + " " + name + ": " + wireMessage;
                return command == null ? text : text + " (cmd " + command + ")";
            }
        }
        """;

    /// <summary>Indents every line but the first by <paramref name="spaces"/>, for a snippet that replaces an indented placeholder.</summary>
    private static string IndentFollowingLines(string text, int spaces) =>
        text.Replace("\r\n", "\n").Replace("\n", "\n" + new string(' ', spaces));

    /// <summary>Reads <c>"code"</c> of a numeric catalog: a JSON number, or a number sent as a JSON string (<c>"400100"</c>).</summary>
    private const string NumericReadCode = """
        if (reader.TokenType == global::System.Text.Json.JsonTokenType.String)
        {
            // Some APIs send the number as a JSON string ("400100").
            if (!int.TryParse(ReadString(ref reader, "code"), global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture, out code))
            {
                throw new global::System.Text.Json.JsonException("The code of a response envelope is a 32-bit integer.");
            }
        }
        else if (reader.TokenType != global::System.Text.Json.JsonTokenType.Number || !reader.TryGetInt32(out code))
        {
            throw new global::System.Text.Json.JsonException("The code of a response envelope is a 32-bit integer.");
        }
        """;

    /// <summary>Reads <c>"code"</c> of a string catalog: a JSON string kept as sent (a number is kept as its text).</summary>
    private const string StringReadCode = """
        if (reader.TokenType == global::System.Text.Json.JsonTokenType.String)
        {
            code = ReadString(ref reader, "code");
        }
        else if (reader.TokenType == global::System.Text.Json.JsonTokenType.Number)
        {
            // Kept as its text, so that a code the API sends as a number is never lost.
            long number;
            code = reader.TryGetInt64(out number)
                ? number.ToString(global::System.Globalization.CultureInfo.InvariantCulture)
                : reader.GetDouble().ToString("R", global::System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            throw new global::System.Text.Json.JsonException("The code of a response envelope is a string.");
        }
        """;

    private const string StringWriteCode = """
        writer.WritePropertyName("code");
        if (value.Code == null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Code);
        }
        """;

    private const string StringResponseHelpers = """


            private static $E$ FromWireCode(string$?$ code)
            {
                $E$ value;
                $EXT$.TryFromWireCode(code, out value);
                return value;
            }
        """;

    private const string ResponseTemplate = """
        /// <summary>
        /// The response envelope of the API: <c>{ "code", "message", "data" }</c>, plus <c>"cmd"</c> on WebSocket messages.
        /// A code the catalog does not know is kept as its number. Serialized by <see cref="$CONVERTER$"/> (no reflection,
        /// so it also works in a <c>JsonSerializerContext</c>, trimmed or AOT).
        /// </summary>
        [global::System.Text.Json.Serialization.JsonConverter(typeof($CONVERTER$))]
        $GENERATED$
        $ACCESS$ sealed class $T$Response
        {
            /// <summary>An empty envelope (code 0, empty message).</summary>
            public $T$Response()
            {
                this.Message = string.Empty;
            }

            /// <summary>An envelope with the given fields.</summary>
            /// <param name="code">The code, as sent on the wire.</param>
            /// <param name="message">The message.</param>
            /// <param name="data">The payload; <c>default</c> for none.</param>
            /// <param name="command">The <c>cmd</c> of a WebSocket message; null for HTTP.</param>
            public $T$Response($CODETYPE$ code, string$?$ message, global::System.Text.Json.JsonElement data = default(global::System.Text.Json.JsonElement), string$?$ command = null)
            {
                this.Code = code;
                this.Message = message ?? string.Empty;
                this.Data = data;
                this.Command = command;
            }

            /// <summary>The <c>code</c> field, as sent (also when it is not a code of the catalog).</summary>
            public $CODETYPE$ Code { get; set; }

            /// <summary>The <c>message</c> field.</summary>
            public string Message { get; set; }

            /// <summary>The <c>data</c> field; <c>ValueKind == Undefined</c> when absent.</summary>
            public global::System.Text.Json.JsonElement Data { get; set; }

            /// <summary>The <c>cmd</c> field of a WebSocket message; null when absent.</summary>
            public string$?$ Command { get; set; }$RESPONSE_HELPERS$

            /// <summary>The code as <see cref="$E$"/> (a value outside the catalog when <see cref="IsKnownCode"/> is false).</summary>
            public $E$ ErrorCode
            {
                get { return $CODE_GET_ENUM$; }
            }

            /// <summary>True when <see cref="Code"/> is a code of the catalog.</summary>
            public bool IsKnownCode
            {
                get { return $EXT$.IsDefined($CODE_INT$); }
            }

            /// <summary>True when the code is the catalog's success code.</summary>
            public bool IsSuccess
            {
                get { return $EXT$.IsSuccess($CODE_ENUM$); }
            }

            /// <summary>How a client reacts to the code (<c>DoNotRetry</c> for a code the catalog does not know).</summary>
            public $RETRY$ RetryClassification
            {
                get { return $EXT$.GetRetryClassification($CODE_ENUM$); }
            }

            /// <summary>The envelope the API sends for <paramref name="code"/>: its number and wire message.</summary>
            /// <param name="code">The code.</param>
            /// <param name="data">The payload; <c>default</c> for none.</param>
            /// <param name="command">The <c>cmd</c> of a WebSocket message; null for HTTP.</param>
            /// <returns>The envelope.</returns>
            public static $RESPONSE$ Create($E$ code, global::System.Text.Json.JsonElement data = default(global::System.Text.Json.JsonElement), string$?$ command = null)
            {
                return new $RESPONSE$($ENUM_TO_CODE$, $EXT$.GetMessage(code), data, command);
            }

            /// <summary>The exception for this envelope.</summary>
            /// <param name="httpStatus">The HTTP status of the response; null for a WebSocket message.</param>
            /// <param name="retryAfter">The Retry-After delay the server sent, if any.</param>
            /// <returns>The exception (not thrown).</returns>
            public $EXCEPTION$ ToException(global::System.Net.HttpStatusCode? httpStatus = null, global::System.TimeSpan? retryAfter = null)
            {
                return new $EXCEPTION$($EXCEPTION_CODE$, this.Message, httpStatus, retryAfter, this.Command, null);
            }

            /// <summary>Reads an envelope from UTF-8 JSON.</summary>
            /// <param name="utf8Json">The JSON.</param>
            /// <returns>The envelope.</returns>
            /// <exception cref="global::System.Text.Json.JsonException">The JSON is not an envelope (an object with an integer <c>code</c>).</exception>
            public static $RESPONSE$ Parse(byte[] utf8Json)
            {
                if (utf8Json == null)
                {
                    throw new global::System.ArgumentNullException("utf8Json");
                }

                global::System.Text.Json.Utf8JsonReader reader = new global::System.Text.Json.Utf8JsonReader(utf8Json, new global::System.Text.Json.JsonReaderOptions { CommentHandling = global::System.Text.Json.JsonCommentHandling.Skip });
                if (!reader.Read())
                {
                    throw new global::System.Text.Json.JsonException("The JSON is empty.");
                }

                $RESPONSE$ envelope = $CONVERTER$.ReadEnvelope(ref reader);
                if (reader.Read())
                {
                    throw new global::System.Text.Json.JsonException("Unexpected data after the envelope.");
                }

                return envelope;
            }

            /// <summary>Reads an envelope from JSON text.</summary>
            /// <param name="json">The JSON.</param>
            /// <returns>The envelope.</returns>
            /// <exception cref="global::System.Text.Json.JsonException">The JSON is not an envelope (an object with an integer <c>code</c>).</exception>
            public static $RESPONSE$ Parse(string json)
            {
                if (json == null)
                {
                    throw new global::System.ArgumentNullException("json");
                }

                return Parse(global::System.Text.Encoding.UTF8.GetBytes(json));
            }

            /// <summary>Reads an envelope from UTF-8 JSON without throwing.</summary>
            /// <param name="utf8Json">The JSON.</param>
            /// <param name="envelope">The envelope, or null.</param>
            /// <returns>True when the JSON is an envelope.</returns>
            public static bool TryParse(byte[]$?$ utf8Json, $NOTNULLWHENTRUE$out $RESPONSE$$?$ envelope)
            {
                envelope = null;
                if (utf8Json == null || utf8Json.Length == 0)
                {
                    return false;
                }

                try
                {
                    envelope = Parse(utf8Json);
                    return true;
                }
                catch (global::System.Text.Json.JsonException)
                {
                    return false;
                }
            }

            /// <summary>Writes the envelope as UTF-8 JSON.</summary>
            /// <returns>The JSON.</returns>
            public byte[] ToUtf8Json()
            {
                using (global::System.IO.MemoryStream stream = new global::System.IO.MemoryStream())
                {
                    using (global::System.Text.Json.Utf8JsonWriter writer = new global::System.Text.Json.Utf8JsonWriter(stream))
                    {
                        $CONVERTER$.WriteEnvelope(writer, this);
                    }

                    return stream.ToArray();
                }
            }
        }

        /// <summary>Reads and writes <see cref="$RESPONSE$"/> with the wire names <c>code</c>, <c>message</c>, <c>data</c>, <c>cmd</c>; unknown fields are skipped.</summary>
        $GENERATED$
        $ACCESS$ sealed class $T$ResponseJsonConverter : global::System.Text.Json.Serialization.JsonConverter<$RESPONSE$>
        {
            /// <inheritdoc/>
            public override $RESPONSE$ Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
            {
                return ReadEnvelope(ref reader);
            }

            /// <inheritdoc/>
            public override void Write(global::System.Text.Json.Utf8JsonWriter writer, $RESPONSE$ value, global::System.Text.Json.JsonSerializerOptions options)
            {
                WriteEnvelope(writer, value);
            }

            internal static $RESPONSE$ ReadEnvelope(ref global::System.Text.Json.Utf8JsonReader reader)
            {
                if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
                {
                    throw new global::System.Text.Json.JsonException("A response envelope is a JSON object.");
                }

                bool hasCode = false;
                $CODETYPE$ code = $CODE_DEFAULT$;
                string$?$ message = null;
                string$?$ command = null;
                global::System.Text.Json.JsonElement data = default(global::System.Text.Json.JsonElement);
                while (reader.Read())
                {
                    if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject)
                    {
                        if (!hasCode)
                        {
                            throw new global::System.Text.Json.JsonException("The response envelope has no code.");
                        }

                        return new $RESPONSE$(code, message, data, command);
                    }

                    if (reader.ValueTextEquals("code"))
                    {
                        reader.Read();
                        $READ_CODE$

                        hasCode = true;
                    }
                    else if (reader.ValueTextEquals("message"))
                    {
                        reader.Read();
                        message = ReadString(ref reader, "message");
                    }
                    else if (reader.ValueTextEquals("cmd"))
                    {
                        reader.Read();
                        command = ReadString(ref reader, "cmd");
                    }
                    else if (reader.ValueTextEquals("data"))
                    {
                        reader.Read();
                        using (global::System.Text.Json.JsonDocument document = global::System.Text.Json.JsonDocument.ParseValue(ref reader))
                        {
                            data = document.RootElement.Clone();
                        }
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }

                throw new global::System.Text.Json.JsonException("The response envelope is incomplete.");
            }

            internal static void WriteEnvelope(global::System.Text.Json.Utf8JsonWriter writer, $RESPONSE$$?$ value)
            {
                if (value == null)
                {
                    writer.WriteNullValue();
                    return;
                }

                writer.WriteStartObject();
                if (value.Command != null)
                {
                    writer.WriteString("cmd", value.Command);
                }

                $WRITE_CODE$
                writer.WriteString("message", value.Message ?? string.Empty);
                if (value.Data.ValueKind != global::System.Text.Json.JsonValueKind.Undefined)
                {
                    writer.WritePropertyName("data");
                    value.Data.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            private static string$?$ ReadString(ref global::System.Text.Json.Utf8JsonReader reader, string name)
            {
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
                {
                    return null;
                }

                if (reader.TokenType != global::System.Text.Json.JsonTokenType.String)
                {
                    throw new global::System.Text.Json.JsonException("The " + name + " of a response envelope is a string.");
                }

                try
                {
                    return reader.GetString();
                }
                catch (global::System.InvalidOperationException)
                {
                    // Invalid UTF-8 or a lone surrogate escape: keep the text as sent (U+FFFD for undecodable bytes) rather
                    // than lose the envelope and its code.
                    byte[] raw = reader.HasValueSequence ? global::System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
                    return global::System.Text.Encoding.UTF8.GetString(raw);
                }
            }
        }
        """;

    private const string HttpTemplateStart = """
        /// <summary>HTTP helpers for <see cref="$E$"/>: the Retry-After header (RFC 9110) and the response envelope.</summary>
        $GENERATED$
        $ACCESS$ static class $T$Http
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

                global::System.Collections.Generic.IEnumerable<string>$?$ values;
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
            public static bool TryParseRetryAfter(string$?$ value, global::System.DateTimeOffset now, out global::System.TimeSpan delay)
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
        """;

    private const string HttpJsonTemplate = """

            /// <summary>Reads the response envelope from the body (buffering it, so it can be read again); null when the body is not an envelope.</summary>
            /// <param name="response">The response.</param>
            /// <param name="cancellationToken">Cancels the wait.</param>
            /// <returns>The envelope, or null.</returns>
            public static async global::System.Threading.Tasks.Task<$RESPONSE$$?$> Read$T$ResponseAsync(this global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken = default(global::System.Threading.CancellationToken))
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
                $RESPONSE$$?$ envelope;
                return $RESPONSE$.TryParse(body, out envelope) ? envelope : null;
            }

            /// <summary>
            /// Reads the response envelope and returns it when its code is the success code; otherwise throws
            /// <see cref="$EXCEPTION$"/> with the code (also an unknown one), message, HTTP status and Retry-After.
            /// </summary>
            /// <param name="response">The response.</param>
            /// <param name="cancellationToken">Cancels the wait.</param>
            /// <returns>The success envelope.</returns>
            /// <exception cref="$EXCEPTION$">The envelope carries an error code.</exception>
            /// <exception cref="global::System.Net.Http.HttpRequestException">The body is not an envelope and the HTTP status is an error.</exception>
            /// <exception cref="global::System.FormatException">The body of a successful response is not an envelope.</exception>
            public static async global::System.Threading.Tasks.Task<$RESPONSE$> Ensure$T$SuccessAsync(this global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken = default(global::System.Threading.CancellationToken))
            {
                $RESPONSE$$?$ envelope = await Read$T$ResponseAsync(response, cancellationToken).ConfigureAwait(false);
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
        """;

    private const string HttpTemplateEnd = """
        }
        """;

    private const string PollyTemplate = """
        /// <summary>
        /// Polly v8 retry helpers for <see cref="$E$"/> (also for Microsoft.Extensions.Http.Resilience): a
        /// <c>ShouldHandle</c> predicate from the catalog's retry classification and a <c>DelayGenerator</c> from Retry-After.
        /// </summary>
        $GENERATED$
        $ACCESS$ static class $T$Resilience
        {
            /// <summary>The longest delay <see cref="CreateDelayGenerator"/> returns unless told otherwise: 60 seconds.</summary>
            public static readonly global::System.TimeSpan DefaultMaxDelay = global::System.TimeSpan.FromSeconds(60);

            /// <summary>
            /// The <c>ShouldHandle</c> predicate: true for a response whose envelope carries a retryable code
            /// (<c>RetryWithBackoff</c> or <c>RetryAfterDelay</c>; so not a 429 whose code says <c>DoNotRetry</c>); for an error
            /// response without an envelope, true for HTTP 408, 429, 500, 502, 503 and 504; for an exception, true for
            /// <see cref="global::System.Net.Http.HttpRequestException"/>, Polly's <c>TimeoutRejectedException</c> and a retryable
            /// <see cref="$EXCEPTION$"/>. Successful responses are never retried, and neither is one whose Retry-After asks for
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
            public static global::System.Func<global::Polly.Retry.RetryPredicateArguments<global::System.Net.Http.HttpResponseMessage>, global::System.Threading.Tasks.ValueTask<bool>> CreateShouldHandle(global::System.TimeSpan? maxDelay = null, global::System.TimeProvider$?$ timeProvider = null)
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
            public static async global::System.Threading.Tasks.ValueTask<bool> ShouldRetryAsync(global::Polly.Outcome<global::System.Net.Http.HttpResponseMessage> outcome, global::System.TimeSpan maxDelay, global::System.TimeProvider$?$ timeProvider)
            {
                global::System.Exception$?$ exception = outcome.Exception;
                if (exception != null)
                {
                    $EXCEPTION$$?$ error = exception as $EXCEPTION$;
                    if (error != null)
                    {
                        return error.IsRetryable && !(error.RetryAfter > maxDelay);
                    }

                    return exception is global::System.Net.Http.HttpRequestException || exception is global::Polly.Timeout.TimeoutRejectedException;
                }

                global::System.Net.Http.HttpResponseMessage$?$ response = outcome.Result;
                if (response == null || response.IsSuccessStatusCode)
                {
                    return false;
                }

                global::System.TimeSpan? retryAfter = $HTTP$.GetRetryAfter(response, (timeProvider ?? global::System.TimeProvider.System).GetUtcNow());
                if (retryAfter > maxDelay)
                {
                    return false;
                }

                $RESPONSE$$?$ envelope = await $HTTP$.Read$T$ResponseAsync(response, global::System.Threading.CancellationToken.None).ConfigureAwait(false);
                if (envelope != null)
                {
                    return $EXT$.IsRetryable(envelope.ErrorCode);
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
            public static global::System.Func<global::Polly.Retry.RetryDelayGeneratorArguments<global::System.Net.Http.HttpResponseMessage>, global::System.Threading.Tasks.ValueTask<global::System.TimeSpan?>> CreateDelayGenerator(global::System.TimeSpan? maxDelay = null, global::System.TimeProvider$?$ timeProvider = null)
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
            public static async global::System.Threading.Tasks.ValueTask<global::System.TimeSpan?> GetDelayAsync(global::Polly.Outcome<global::System.Net.Http.HttpResponseMessage> outcome, int attempt, global::System.TimeSpan maxDelay, global::System.TimeProvider$?$ timeProvider)
            {
                global::System.TimeSpan? delay = null;
                $EXCEPTION$$?$ error = outcome.Exception as $EXCEPTION$;
                if (error != null)
                {
                    delay = error.GetRetryDelay(attempt, maxDelay);
                }
                else if (outcome.Result != null)
                {
                    global::System.DateTimeOffset now = (timeProvider ?? global::System.TimeProvider.System).GetUtcNow();
                    global::System.TimeSpan? retryAfter = $HTTP$.GetRetryAfter(outcome.Result, now);
                    $RESPONSE$$?$ envelope = await $HTTP$.Read$T$ResponseAsync(outcome.Result, global::System.Threading.CancellationToken.None).ConfigureAwait(false);
                    delay = envelope != null ? $EXT$.GetRetryDelay(envelope.ErrorCode, attempt, retryAfter, maxDelay) : retryAfter;
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
            public static TOptions Configure<TOptions>(TOptions options, global::System.TimeSpan? maxDelay = null, global::System.TimeProvider$?$ timeProvider = null)
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
            public static global::Polly.Retry.RetryStrategyOptions<global::System.Net.Http.HttpResponseMessage> CreateRetryOptions(int maxRetryAttempts = 3, global::System.TimeSpan? maxDelay = null, global::System.TimeProvider$?$ timeProvider = null)
            {
                global::Polly.Retry.RetryStrategyOptions<global::System.Net.Http.HttpResponseMessage> options = new global::Polly.Retry.RetryStrategyOptions<global::System.Net.Http.HttpResponseMessage>();
                options.MaxRetryAttempts = maxRetryAttempts;
                options.BackoffType = global::Polly.DelayBackoffType.Exponential;
                options.Delay = global::System.TimeSpan.FromSeconds(1);
                options.UseJitter = false;
                return Configure(options, maxDelay, timeProvider);
            }
        }
        """;
}
