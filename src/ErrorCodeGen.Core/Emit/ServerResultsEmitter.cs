using ErrorCodeGen.Model;

namespace ErrorCodeGen.Emit;

/// <summary>
/// Writes a catalog's ASP.NET Core helpers (the <c>N.E.Server.g.cs</c> file): <c>EResults</c> (RFC 9457 problem
/// responses and the spec's envelope, with the catalog's HTTP statuses), <c>EExceptionHandler</c> (the generated
/// exception as a problem response) and <c>EServerExtensions</c> (<c>AddEExceptionHandler</c>, <c>ProducesErrorCodes</c>).
/// Written only when the compilation references ASP.NET Core 8 or later (<see cref="IntegrationFeatures.AspNetCore"/>);
/// it builds on the exception of the integration file. The output is C# 9 (ASP.NET Core's <c>ProblemDetailsContext</c> has
/// init-only setters; ASP.NET Core 8 projects default to C# 12), nullable-oblivious, documented,
/// byte-identical for the same input, with LF line ends.
/// </summary>
public static class ServerResultsEmitter
{
    /// <summary>The hint name of a catalog's server file.</summary>
    public static string HintName(CatalogEmitOptions options) => options.FullEnumName + ".Server.g.cs";

    /// <summary>True when the server file is written for these features (ASP.NET Core, whose framework brings HTTP and JSON).</summary>
    public static bool Applies(IntegrationFeatures features)
    {
        const IntegrationFeatures needed = IntegrationFeatures.AspNetCore | IntegrationFeatures.HttpClient | IntegrationFeatures.SystemTextJson;
        return (features & needed) == needed;
    }

    /// <summary>
    /// Writes the server helpers of the catalog described by <paramref name="options"/>; null when they do not apply.
    /// </summary>
    /// <param name="options">The catalog's options; <see cref="CatalogEmitOptions.Integration"/> says what is referenced.</param>
    /// <param name="docsUrl">
    /// The published HTML docs (MSBuild property <c>ErrorCodeDocsUrl</c>): a problem's <c>type</c> is <c>docsUrl#code</c>;
    /// null or blank for none (the <c>type</c> is then left to ASP.NET Core's defaults).
    /// </param>
    public static string? Emit(CatalogEmitOptions options, string? docsUrl)
    {
        if (!Applies(options.Integration))
        {
            return null;
        }

        var context = EmitContext.For(options, CodeKind.Numeric);
        var url = docsUrl is null || docsUrl.Trim().Length == 0 ? null : docsUrl.Trim().TrimEnd('#');

        var w = new SourceWriter(16384);
        context.BeginFile(w, ": ASP.NET Core responses from the catalog", nullableAware: false);
        WriteResults(w, context, url);
        w.Line();
        WriteExceptionHandler(w, context);
        w.Line();
        WriteExtensions(w, context);
        return context.EndFile(w);
    }

    private const string Http = "global::Microsoft.AspNetCore.Http.";
    private const string Mvc = "global::Microsoft.AspNetCore.Mvc.";
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    private static void WriteResults(SourceWriter w, EmitContext c, string? url)
    {
        var e = c.Global.Enum;
        w.Line("/// <summary>");
        w.Line("/// The API's responses for <see cref=\"" + e + "\"/> in ASP.NET Core, from the catalog: <see cref=\"Problem\"/> writes an");
        w.Line("/// RFC 9457 <c>application/problem+json</c> response (through <c>IProblemDetailsService</c> when one is registered),");
        w.Line("/// <see cref=\"Envelope\"/> the spec's own <c>{ \"code\", \"message\", \"data\" }</c> body; both with the code's HTTP status.");
        w.Line("/// A code without an HTTP status (a WebSocket-only code) is not an HTTP response: both throw");
        w.Line("/// <see cref=\"global::System.ArgumentException\"/> for it, as <see cref=\"Problem\"/> does for the success code.");
        w.Line("/// </summary>");
        w.Line(c.GeneratedCode);
        w.Open(c.Access + " static class " + c.Names.Results);
        w.Line("/// <summary>The media type of a problem response.</summary>");
        w.Line("public const string ProblemContentType = \"application/problem+json\";");
        w.Line();
        w.Line("/// <summary>The media type of an envelope response.</summary>");
        w.Line("public const string EnvelopeContentType = \"application/json; charset=utf-8\";");
        w.Line();
        w.Line("/// <summary>The published HTML docs the problem <c>type</c> URIs point into (MSBuild property <c>ErrorCodeDocsUrl</c>); null when not set.</summary>");
        w.Line("public const string DocsUrl = " + (url is null ? "null" : SourceEscaping.StringLiteral(url)) + ";");
        w.Line();
        w.Line("private static readonly global::System.Text.Json.JsonSerializerOptions s_defaultJsonOptions = new global::System.Text.Json.JsonSerializerOptions(global::System.Text.Json.JsonSerializerDefaults.Web);");
        w.Line();

        w.Line("/// <summary>");
        w.Line("/// An RFC 9457 problem response for <paramref name=\"code\"/>: <c>status</c> from the catalog, <c>title</c> the code's meaning,");
        w.Line("/// <c>detail</c> the wire message unless <paramref name=\"detail\"/> is given, <c>type</c> the code's anchor in");
        w.Line("/// <see cref=\"DocsUrl\"/> when set, and the extension member <c>code</c>; a <c>Retry-After</c> header (delta seconds,");
        w.Line("/// rounded up) when <paramref name=\"retryAfter\"/> is given. Written by the app's <c>IProblemDetailsService</c> when");
        w.Line("/// one is registered (<c>AddProblemDetails</c>), so <c>CustomizeProblemDetails</c> and trace ids apply.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"code\">The error code.</param>");
        w.Line("/// <param name=\"detail\">The <c>detail</c>; null for the code's wire message.</param>");
        w.Line("/// <param name=\"retryAfter\">The delay to send as <c>Retry-After</c>; null for none.</param>");
        w.Line("/// <returns>The result.</returns>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"code\"/> is the success code, has no HTTP status or is not a code of the catalog.</exception>");
        w.Open("public static " + Http + "IResult Problem(" + e + " code, string detail = null, global::System.TimeSpan? retryAfter = null)");
        w.Line("return new ProblemResult(CreateProblemDetails(code, detail), retryAfter);");
        w.Close();
        w.Line();

        w.Line("/// <summary>");
        w.Line("/// The spec's response envelope for <paramref name=\"code\"/>: <c>{ \"code\": number, \"message\": wire message, \"data\": data }</c>");
        w.Line("/// with the code's HTTP status (200 for the success code when the catalog gives it none). <paramref name=\"data\"/> is");
        w.Line("/// serialized with the app's <c>Microsoft.AspNetCore.Http.Json.JsonOptions</c> (web defaults when none are registered).");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"code\">The code.</param>");
        w.Line("/// <param name=\"data\">The <c>data</c>; null for none (the member is left out, as <c>EResponse</c> writes it).</param>");
        w.Line("/// <returns>The result.</returns>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"code\"/> has no HTTP status or is not a code of the catalog.</exception>");
        w.Open("public static " + Http + "IResult Envelope(" + e + " code, object data = null)");
        w.Line("int status = " + c.Global.Extensions + ".IsSuccess(code) && " + c.Global.Extensions + ".GetHttpStatus(code) == null ? 200 : GetStatusCode(code);");
        w.Line("return new EnvelopeResult((int)code, " + c.Global.Extensions + ".GetMessage(code), data, status);");
        w.Close();
        w.Line();

        w.Line("/// <summary>The HTTP status the catalog gives <paramref name=\"code\"/>.</summary>");
        w.Line("/// <param name=\"code\">The code.</param>");
        w.Line("/// <returns>The status, e.g. 429.</returns>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"code\"/> has no HTTP status (a WebSocket-only code) or is not a code of the catalog.</exception>");
        w.Open("public static int GetStatusCode(" + e + " code)");
        w.Line("global::System.Net.HttpStatusCode? status = " + c.Global.Extensions + ".GetHttpStatus(code);");
        w.Open("if (status == null)");
        w.Line("throw new global::System.ArgumentException(Describe(code) + \" has no HTTP status in the catalog, so it is not an HTTP response.\", \"code\");");
        w.Close();
        w.Line();
        w.Line("return (int)status.Value;");
        w.Close();
        w.Line();

        w.Line("/// <summary>The problem <c>type</c> of <paramref name=\"code\"/>: <c>" + (url is null ? "DocsUrl" : SourceEscaping.XmlText(url)) + "#code</c>; null when <see cref=\"DocsUrl\"/> is not set.</summary>");
        w.Line("/// <param name=\"code\">The code.</param>");
        w.Line("/// <returns>The URI, or null.</returns>");
        w.Open("public static string GetProblemType(" + e + " code)");
        w.Line("return DocsUrl == null ? null : DocsUrl + \"#\" + ((int)code).ToString(" + Invariant + ");");
        w.Close();
        w.Line();

        w.Line("/// <summary>The problem details <see cref=\"Problem\"/> writes for <paramref name=\"code\"/> (to adjust before writing them yourself).</summary>");
        w.Line("/// <param name=\"code\">The error code.</param>");
        w.Line("/// <param name=\"detail\">The <c>detail</c>; null for the code's wire message.</param>");
        w.Line("/// <returns>New problem details.</returns>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"code\"/> is the success code, has no HTTP status or is not a code of the catalog.</exception>");
        w.Open("public static " + Mvc + "ProblemDetails CreateProblemDetails(" + e + " code, string detail = null)");
        w.Open("if (" + c.Global.Extensions + ".IsSuccess(code))");
        w.Line("throw new global::System.ArgumentException(Describe(code) + \" is the success code: a problem response is for errors (use Envelope).\", \"code\");");
        w.Close();
        w.Line();
        w.Line(Mvc + "ProblemDetails problem = new " + Mvc + "ProblemDetails();");
        w.Line("problem.Status = GetStatusCode(code);");
        w.Line("problem.Type = GetProblemType(code);");
        w.Line("problem.Title = " + c.Global.Extensions + ".GetMeaning(code);");
        w.Line("problem.Detail = detail ?? " + c.Global.Extensions + ".GetMessage(code);");
        w.Line("problem.Extensions[\"code\"] = (int)code;");
        w.Line("return problem;");
        w.Close();
        w.Line();

        w.Line("/// <summary>Formats <paramref name=\"delay\"/> as a <c>Retry-After</c> value: whole seconds, rounded up, never negative.</summary>");
        w.Line("/// <param name=\"delay\">The delay.</param>");
        w.Line("/// <returns>The header value, e.g. <c>7</c>.</returns>");
        w.Open("public static string FormatRetryAfter(global::System.TimeSpan delay)");
        w.Line("long seconds = delay <= global::System.TimeSpan.Zero ? 0L : (long)global::System.Math.Ceiling(delay.TotalSeconds);");
        w.Line("return seconds.ToString(" + Invariant + ");");
        w.Close();
        w.Line();

        w.Open("private static string Describe(" + e + " code)");
        w.Line("string number = ((int)code).ToString(" + Invariant + ");");
        w.Line("return " + c.Global.Extensions + ".IsDefined((int)code) ? \"" + c.Names.Enum + ".\" + " + c.Global.Extensions + ".ToStringFast(code) + \" (\" + number + \")\" : \"Code \" + number + \" (not in the catalog)\";");
        w.Close();
        w.Line();

        w.Open("private static global::System.Text.Json.JsonSerializerOptions JsonOptionsOf(" + Http + "HttpContext httpContext)");
        w.Line("global::System.IServiceProvider services = httpContext.RequestServices;");
        w.Line("global::Microsoft.Extensions.Options.IOptions<" + Http + "Json.JsonOptions> options = services == null ? null : services.GetService(typeof(global::Microsoft.Extensions.Options.IOptions<" + Http + "Json.JsonOptions>)) as global::Microsoft.Extensions.Options.IOptions<" + Http + "Json.JsonOptions>;");
        w.Line("return options == null ? s_defaultJsonOptions : options.Value.SerializerOptions;");
        w.Close();
        w.Line();

        // The problem result: sets Retry-After, then the app's IProblemDetailsService, else ASP.NET Core's own problem result.
        w.Line("/// <summary>A problem response: <c>Retry-After</c>, then the app's <c>IProblemDetailsService</c>, else ASP.NET Core's problem result.</summary>");
        w.Open("internal sealed class ProblemResult : " + Http + "IResult, " + Http + "IStatusCodeHttpResult, " + Http + "IContentTypeHttpResult, " + Http + "IValueHttpResult, " + Http + "IValueHttpResult<" + Mvc + "ProblemDetails>");
        w.Line("private readonly " + Mvc + "ProblemDetails _problem;");
        w.Line("private readonly global::System.TimeSpan? _retryAfter;");
        w.Line();
        w.Open("public ProblemResult(" + Mvc + "ProblemDetails problem, global::System.TimeSpan? retryAfter)");
        w.Line("_problem = problem;");
        w.Line("_retryAfter = retryAfter;");
        w.Close();
        w.Line();
        w.Line("public int? StatusCode { get { return _problem.Status; } }");
        w.Line();
        w.Line("public string ContentType { get { return ProblemContentType; } }");
        w.Line();
        w.Line("public " + Mvc + "ProblemDetails Value { get { return _problem; } }");
        w.Line();
        w.Line("object " + Http + "IValueHttpResult.Value { get { return _problem; } }");
        w.Line();
        OpenExecuteAsync(w);
        w.Line("httpContext.Response.StatusCode = _problem.Status.Value;");
        w.Open("if (_retryAfter != null)");
        w.Line("httpContext.Response.Headers[\"Retry-After\"] = FormatRetryAfter(_retryAfter.Value);");
        w.Close();
        w.Line();
        w.Line(Http + "IProblemDetailsService service = httpContext.RequestServices == null ? null : httpContext.RequestServices.GetService(typeof(" + Http + "IProblemDetailsService)) as " + Http + "IProblemDetailsService;");
        w.Open("if (service != null)");
        w.Line(Http + "ProblemDetailsContext context = new " + Http + "ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = _problem };");
        w.Open("if (await service.TryWriteAsync(context).ConfigureAwait(false))");
        w.Line("return;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("await " + Http + "TypedResults.Problem(_problem).ExecuteAsync(httpContext).ConfigureAwait(false);");
        w.Close();
        w.Close();
        w.Line();

        w.Line("/// <summary>An envelope response, written with the app's JSON options.</summary>");
        w.Open("private sealed class EnvelopeResult : " + Http + "IResult, " + Http + "IStatusCodeHttpResult, " + Http + "IContentTypeHttpResult");
        w.Line("private readonly int _code;");
        w.Line("private readonly string _message;");
        w.Line("private readonly object _data;");
        w.Line("private readonly int _status;");
        w.Line();
        w.Open("public EnvelopeResult(int code, string message, object data, int status)");
        w.Line("_code = code;");
        w.Line("_message = message;");
        w.Line("_data = data;");
        w.Line("_status = status;");
        w.Close();
        w.Line();
        w.Line("public int? StatusCode { get { return _status; } }");
        w.Line();
        w.Line("public string ContentType { get { return EnvelopeContentType; } }");
        w.Line();
        OpenExecuteAsync(w);
        w.Line("global::System.Text.Json.JsonSerializerOptions options = JsonOptionsOf(httpContext);");
        w.Line("httpContext.Response.StatusCode = _status;");
        w.Line("httpContext.Response.ContentType = EnvelopeContentType;");
        w.Line("global::System.Text.Json.JsonWriterOptions writerOptions = new global::System.Text.Json.JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented };");
        w.Open("using (global::System.Text.Json.Utf8JsonWriter writer = new global::System.Text.Json.Utf8JsonWriter(httpContext.Response.BodyWriter, writerOptions))");
        w.Line("writer.WriteStartObject();");
        w.Line("writer.WriteNumber(\"code\", _code);");
        w.Line("writer.WriteString(\"message\", _message);");
        w.Open("if (_data != null)");
        w.Line("writer.WritePropertyName(\"data\");");
        w.Line("global::System.Text.Json.JsonSerializer.Serialize(writer, _data, options.GetTypeInfo(_data.GetType()));");
        w.Close();
        w.Line();
        w.Line("writer.WriteEndObject();");
        w.Close();
        w.Line();
        w.Line("await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);");
        w.Close();
        w.Close();
        w.Close();
    }

    /// <summary>Opens a result's <c>ExecuteAsync(HttpContext)</c>, up to and including its null check.</summary>
    private static void OpenExecuteAsync(SourceWriter w)
    {
        w.Open("public async " + Task + " ExecuteAsync(" + Http + "HttpContext httpContext)");
        w.Open("if (httpContext == null)");
        w.Line("throw new global::System.ArgumentNullException(\"httpContext\");");
        w.Close();
        w.Line();
    }

    private static void WriteExceptionHandler(SourceWriter w, EmitContext c)
    {
        w.Line("/// <summary>");
        w.Line("/// Turns <see cref=\"" + c.Global.Exception + "\"/> into <see cref=\"" + c.Global.Results + ".Problem\"/>'s response (its code, wire message and");
        w.Line("/// Retry-After). The HTTP status is the catalog's, else the exception's, else 500. Other exceptions are left to the next");
        w.Line("/// handler. Register it with <c>services.Add" + c.Names.Enum + "ExceptionHandler()</c> and <c>app.UseExceptionHandler()</c>.");
        w.Line("/// </summary>");
        w.Line(c.GeneratedCode);
        w.Open(c.Access + " sealed class " + c.Names.Enum + "ExceptionHandler : global::Microsoft.AspNetCore.Diagnostics.IExceptionHandler");
        w.Line("/// <summary>Writes the problem response for an <see cref=\"" + c.Global.Exception + "\"/>.</summary>");
        w.Line("/// <param name=\"httpContext\">The request.</param>");
        w.Line("/// <param name=\"exception\">The exception thrown.</param>");
        w.Line("/// <param name=\"cancellationToken\">Cancels the write.</param>");
        w.Line("/// <returns>True when the exception was handled.</returns>");
        w.Open("public async global::System.Threading.Tasks.ValueTask<bool> TryHandleAsync(" + Http + "HttpContext httpContext, global::System.Exception exception, global::System.Threading.CancellationToken cancellationToken)");
        w.Line(c.Global.Exception + " error = exception as " + c.Global.Exception + ";");
        w.Open("if (error == null || httpContext == null || " + c.Global.Extensions + ".IsSuccess(error.Code))");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line(Mvc + "ProblemDetails problem = new " + Mvc + "ProblemDetails();");
        w.Line("global::System.Net.HttpStatusCode? status = " + c.Global.Extensions + ".GetHttpStatus(error.Code) ?? error.HttpStatus;");
        w.Line("problem.Status = status == null ? 500 : (int)status.Value;");
        w.Line("problem.Type = " + c.Global.Results + ".GetProblemType(error.Code);");
        w.Line("problem.Title = error.IsKnownCode ? " + c.Global.Extensions + ".GetMeaning(error.Code) : null;");
        w.Line("problem.Detail = error.WireMessage;");
        w.Line("problem.Extensions[\"code\"] = error.RawCode;");
        w.Line("await new " + c.Global.Results + "." + "ProblemResult(problem, error.RetryAfter).ExecuteAsync(httpContext).ConfigureAwait(false);");
        w.Line("return true;");
        w.Close();
        w.Close();
    }

    private static void WriteExtensions(SourceWriter w, EmitContext c)
    {
        w.Line("/// <summary>ASP.NET Core registration and endpoint metadata for <see cref=\"" + c.Global.Enum + "\"/>.</summary>");
        w.Line(c.GeneratedCode);
        w.Open(c.Access + " static class " + c.Names.ServerExtensions);
        w.Line("/// <summary>");
        w.Line("/// Registers <see cref=\"" + c.Names.Enum + "ExceptionHandler\"/> and the problem details service: <see cref=\"" + c.Global.Exception + "\"/>");
        w.Line("/// thrown by an endpoint becomes its problem response once the app calls <c>app.UseExceptionHandler()</c>.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"services\">The services.</param>");
        w.Line("/// <returns><paramref name=\"services\"/>.</returns>");
        w.Open("public static global::Microsoft.Extensions.DependencyInjection.IServiceCollection Add" + c.Names.Enum + "ExceptionHandler(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services)");
        w.Open("if (services == null)");
        w.Line("throw new global::System.ArgumentNullException(\"services\");");
        w.Close();
        w.Line();
        w.Line("global::Microsoft.Extensions.DependencyInjection.ProblemDetailsServiceCollectionExtensions.AddProblemDetails(services);");
        w.Line("global::Microsoft.Extensions.DependencyInjection.ExceptionHandlerServiceCollectionExtensions.AddExceptionHandler<" + c.Names.Enum + "ExceptionHandler>(services);");
        w.Line("return services;");
        w.Close();
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Declares that the endpoint answers <paramref name=\"codes\"/>: one <c>application/problem+json</c> response per distinct");
        w.Line("/// HTTP status of the codes in the endpoint's OpenAPI description (Microsoft.AspNetCore.OpenApi, ApiExplorer), and the");
        w.Line("/// codes themselves as <see cref=\"" + c.Names.Enum + "ErrorCodesMetadata\"/>. Codes without an HTTP status add no response.");
        w.Line("/// </summary>");
        w.Line("/// <typeparam name=\"TBuilder\">The endpoint builder.</typeparam>");
        w.Line("/// <param name=\"builder\">The endpoint (or group) builder.</param>");
        w.Line("/// <param name=\"codes\">The error codes the endpoint can answer.</param>");
        w.Line("/// <returns><paramref name=\"builder\"/>.</returns>");
        w.Open("public static TBuilder ProducesErrorCodes<TBuilder>(this TBuilder builder, params " + c.Global.Enum + "[] codes) where TBuilder : global::Microsoft.AspNetCore.Builder.IEndpointConventionBuilder");
        w.Open("if (builder == null)");
        w.Line("throw new global::System.ArgumentNullException(\"builder\");");
        w.Close();
        w.Line();
        w.Line(c.Global.Enum + "[] copy = codes == null ? new " + c.Global.Enum + "[0] : (" + c.Global.Enum + "[])codes.Clone();");
        w.Line("global::System.Collections.Generic.List<int> statuses = new global::System.Collections.Generic.List<int>();");
        w.Open("foreach (" + c.Global.Enum + " code in copy)");
        w.Line("global::System.Net.HttpStatusCode? status = " + c.Global.Extensions + ".GetHttpStatus(code);");
        w.Open("if (status != null && !" + c.Global.Extensions + ".IsSuccess(code) && !statuses.Contains((int)status.Value))");
        w.Line("statuses.Add((int)status.Value);");
        w.Close();
        w.Close();
        w.Line();
        w.Line("statuses.Sort();");
        w.Line("builder.Add(endpoint =>");
        w.Line("{");
        w.Line("    endpoint.Metadata.Add(new " + c.Names.Enum + "ErrorCodesMetadata(copy));");
        w.Line("    foreach (int status in statuses)");
        w.Line("    {");
        w.Line("        endpoint.Metadata.Add(new " + Http + "ProducesResponseTypeMetadata(status, typeof(" + Mvc + "ProblemDetails), new[] { " + c.Global.Results + ".ProblemContentType }));");
        w.Line("    }");
        w.Line("});");
        w.Line("return builder;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("/// <summary>Endpoint metadata: the codes of <see cref=\"" + c.Global.Enum + "\"/> an endpoint can answer (added by <c>ProducesErrorCodes</c>).</summary>");
        w.Line(c.GeneratedCode);
        w.Open(c.Access + " sealed class " + c.Names.ErrorCodesMetadata);
        w.Line("private readonly " + c.Global.Enum + "[] _codes;");
        w.Line();
        w.Line("/// <summary>Metadata for <paramref name=\"codes\"/>.</summary>");
        w.Line("/// <param name=\"codes\">The codes.</param>");
        w.Open("public " + c.Names.Enum + "ErrorCodesMetadata(" + c.Global.Enum + "[] codes)");
        w.Line("_codes = codes == null ? new " + c.Global.Enum + "[0] : (" + c.Global.Enum + "[])codes.Clone();");
        w.Close();
        w.Line();
        w.Line("/// <summary>The codes, in the order given.</summary>");
        w.Line("public global::System.Collections.Generic.IReadOnlyList<" + c.Global.Enum + "> Codes");
        w.Line("{");
        w.Line("    get { return _codes; }");
        w.Line("}");
        w.Close();
    }
}
