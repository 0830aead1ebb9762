namespace ErrorCodeGen.Emit;

/// <summary>
/// Writes the response envelope <c>EResponse</c> (<c>{ "code", "message", "data", "cmd" }</c>) and its System.Text.Json
/// converter <c>EResponseJsonConverter</c>, which reads and writes it without reflection. A numeric catalog's envelope
/// holds the code as an <c>int</c> (also read from a JSON string), a string catalog's as the string sent.
/// </summary>
internal static class ResponseEmitter
{
    /// <summary>Writes the envelope and its converter.</summary>
    public static void Write(SourceWriter w, EmitContext c)
    {
        WriteEnvelope(w, c);
        w.Line();
        WriteConverter(w, c);
    }

    private static void WriteEnvelope(SourceWriter w, EmitContext c)
    {
        var n = c.Global;
        var q = c.MaybeNull;
        var codeType = CodeType(c);
        var codeAsEnum = c.StringCodes ? "FromWireCode(this.Code)" : "(" + n.Enum + ")this.Code";
        var codeEnum = c.StringCodes ? "this.ErrorCode" : "(" + n.Enum + ")this.Code";
        var codeNumber = c.StringCodes ? "(int)this.ErrorCode" : "this.Code";
        var enumToCode = c.StringCodes ? n.Extensions + ".GetWireCode(code)" : "(int)code";
        var exceptionCode = c.StringCodes ? "this.Code" : "(" + n.Enum + ")this.Code";
        w.Block($$"""
        /// <summary>
        /// The response envelope of the API: <c>{ "code", "message", "data" }</c>, plus <c>"cmd"</c> on WebSocket messages.
        /// A code the catalog does not know is kept as its number. Serialized by <see cref="{{n.ResponseJsonConverter}}"/> (no reflection,
        /// so it also works in a <c>JsonSerializerContext</c>, trimmed or AOT).
        /// </summary>
        [global::System.Text.Json.Serialization.JsonConverter(typeof({{n.ResponseJsonConverter}}))]
        {{c.GeneratedCode}}
        {{c.Access}} sealed class {{c.Names.Response}}
        {
            /// <summary>An empty envelope (code 0, empty message).</summary>
            public {{c.Names.Response}}()
            {
                this.Message = string.Empty;
            }

            /// <summary>An envelope with the given fields.</summary>
            /// <param name="code">The code, as sent on the wire.</param>
            /// <param name="message">The message.</param>
            /// <param name="data">The payload; <c>default</c> for none.</param>
            /// <param name="command">The <c>cmd</c> of a WebSocket message; null for HTTP.</param>
            public {{c.Names.Response}}({{codeType}} code, string{{q}} message, global::System.Text.Json.JsonElement data = default(global::System.Text.Json.JsonElement), string{{q}} command = null)
            {
                this.Code = code;
                this.Message = message ?? string.Empty;
                this.Data = data;
                this.Command = command;
            }

            /// <summary>The <c>code</c> field, as sent (also when it is not a code of the catalog).</summary>
            public {{codeType}} Code { get; set; }

            /// <summary>The <c>message</c> field.</summary>
            public string Message { get; set; }

            /// <summary>The <c>data</c> field; <c>ValueKind == Undefined</c> when absent.</summary>
            public global::System.Text.Json.JsonElement Data { get; set; }

            /// <summary>The <c>cmd</c> field of a WebSocket message; null when absent.</summary>
            public string{{q}} Command { get; set; }
        """);
        if (c.StringCodes)
        {
            w.Line();
            ExceptionEmitter.WriteFromWireCode(w, c, "code");
        }

        w.Line();
        w.Block($$"""
            /// <summary>The code as <see cref="{{n.Enum}}"/> (a value outside the catalog when <see cref="IsKnownCode"/> is false).</summary>
            public {{n.Enum}} ErrorCode
            {
                get { return {{codeAsEnum}}; }
            }

            /// <summary>True when <see cref="Code"/> is a code of the catalog.</summary>
            public bool IsKnownCode
            {
                get { return {{n.Extensions}}.IsDefined({{codeNumber}}); }
            }

            /// <summary>True when the code is the catalog's success code.</summary>
            public bool IsSuccess
            {
                get { return {{n.Extensions}}.IsSuccess({{codeEnum}}); }
            }

            /// <summary>How a client reacts to the code (<c>DoNotRetry</c> for a code the catalog does not know).</summary>
            public {{n.Retry}} RetryClassification
            {
                get { return {{n.Extensions}}.GetRetryClassification({{codeEnum}}); }
            }

            /// <summary>The envelope the API sends for <paramref name="code"/>: its number and wire message.</summary>
            /// <param name="code">The code.</param>
            /// <param name="data">The payload; <c>default</c> for none.</param>
            /// <param name="command">The <c>cmd</c> of a WebSocket message; null for HTTP.</param>
            /// <returns>The envelope.</returns>
            public static {{n.Response}} Create({{n.Enum}} code, global::System.Text.Json.JsonElement data = default(global::System.Text.Json.JsonElement), string{{q}} command = null)
            {
                return new {{n.Response}}({{enumToCode}}, {{n.Extensions}}.GetMessage(code), data, command);
            }

            /// <summary>The exception for this envelope.</summary>
            /// <param name="httpStatus">The HTTP status of the response; null for a WebSocket message.</param>
            /// <param name="retryAfter">The Retry-After delay the server sent, if any.</param>
            /// <returns>The exception (not thrown).</returns>
            public {{n.Exception}} ToException(global::System.Net.HttpStatusCode? httpStatus = null, global::System.TimeSpan? retryAfter = null)
            {
                return new {{n.Exception}}({{exceptionCode}}, this.Message, httpStatus, retryAfter, this.Command, null);
            }

            /// <summary>Reads an envelope from UTF-8 JSON.</summary>
            /// <param name="utf8Json">The JSON.</param>
            /// <returns>The envelope.</returns>
            /// <exception cref="global::System.Text.Json.JsonException">The JSON is not an envelope (an object with an integer <c>code</c>).</exception>
            public static {{n.Response}} Parse(byte[] utf8Json)
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

                {{n.Response}} envelope = {{n.ResponseJsonConverter}}.ReadEnvelope(ref reader);
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
            public static {{n.Response}} Parse(string json)
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
            public static bool TryParse(byte[]{{q}} utf8Json, {{c.NotNullWhenTrue}}out {{n.Response}}{{q}} envelope)
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
                        {{n.ResponseJsonConverter}}.WriteEnvelope(writer, this);
                    }

                    return stream.ToArray();
                }
            }
        }
        """);
    }

    private static void WriteConverter(SourceWriter w, EmitContext c)
    {
        var n = c.Global;
        var q = c.MaybeNull;
        var codeType = CodeType(c);
        var codeDefault = c.StringCodes ? "null" : "0";
        w.Block($$"""
        /// <summary>Reads and writes <see cref="{{n.Response}}"/> with the wire names <c>code</c>, <c>message</c>, <c>data</c>, <c>cmd</c>; unknown fields are skipped.</summary>
        {{c.GeneratedCode}}
        {{c.Access}} sealed class {{c.Names.ResponseJsonConverter}} : global::System.Text.Json.Serialization.JsonConverter<{{n.Response}}>
        {
            /// <inheritdoc/>
            public override {{n.Response}} Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
            {
                return ReadEnvelope(ref reader);
            }

            /// <inheritdoc/>
            public override void Write(global::System.Text.Json.Utf8JsonWriter writer, {{n.Response}} value, global::System.Text.Json.JsonSerializerOptions options)
            {
                WriteEnvelope(writer, value);
            }

            internal static {{n.Response}} ReadEnvelope(ref global::System.Text.Json.Utf8JsonReader reader)
            {
                if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
                {
                    throw new global::System.Text.Json.JsonException("A response envelope is a JSON object.");
                }

                bool hasCode = false;
                {{codeType}} code = {{codeDefault}};
                string{{q}} message = null;
                string{{q}} command = null;
                global::System.Text.Json.JsonElement data = default(global::System.Text.Json.JsonElement);
                while (reader.Read())
                {
                    if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject)
                    {
                        if (!hasCode)
                        {
                            throw new global::System.Text.Json.JsonException("The response envelope has no code.");
                        }

                        return new {{n.Response}}(code, message, data, command);
                    }

                    if (reader.ValueTextEquals("code"))
                    {
                        reader.Read();
        """);
        if (c.StringCodes)
        {
            w.Block($$"""
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
            """);
        }
        else
        {
            w.Block($$"""
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
            """);
        }

        w.Block($$"""

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

            internal static void WriteEnvelope(global::System.Text.Json.Utf8JsonWriter writer, {{n.Response}}{{q}} value)
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

        """);
        if (c.StringCodes)
        {
            w.Block($$"""
                    writer.WritePropertyName("code");
                    if (value.Code == null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        writer.WriteStringValue(value.Code);
                    }
            """);
        }
        else
        {
            w.Line("        writer.WriteNumber(\"code\", value.Code);");
        }

        w.Block($$"""
                writer.WriteString("message", value.Message ?? string.Empty);
                if (value.Data.ValueKind != global::System.Text.Json.JsonValueKind.Undefined)
                {
                    writer.WritePropertyName("data");
                    value.Data.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            private static string{{q}} ReadString(ref global::System.Text.Json.Utf8JsonReader reader, string name)
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
        """);
    }

    /// <summary>The type of the envelope's <c>code</c>: <c>int</c>, or the string sent by a string catalog's API.</summary>
    private static string CodeType(EmitContext c) => c.StringCodes ? "string" + c.MaybeNull : "int";
}
