using System;
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
/// Writes a catalog's integration helpers (the <c>N.E.Integration.g.cs</c> file), one emitter a feature:
/// <c>EException</c> (<see cref="ExceptionEmitter"/>), the response envelope <c>EResponse</c> with its System.Text.Json
/// converter (<see cref="ResponseEmitter"/>), <c>EHttp</c> (<see cref="HttpEmitter"/>: Retry-After, reading the envelope
/// from an <c>HttpResponseMessage</c>) and <c>EResilience</c> (<see cref="ResilienceEmitter"/>: Polly v8
/// <c>ShouldHandle</c> and <c>DelayGenerator</c>).
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

        var context = EmitContext.For(options, codeKind);
        var writer = new SourceWriter(32768);
        context.BeginFile(writer, ": integration helpers for the referenced libraries");
        ExceptionEmitter.Write(writer, context);
        if ((features & IntegrationFeatures.SystemTextJson) != 0)
        {
            writer.Line();
            ResponseEmitter.Write(writer, context);
        }

        if ((features & IntegrationFeatures.HttpClient) != 0)
        {
            writer.Line();
            HttpEmitter.Write(writer, context, withEnvelope: (features & IntegrationFeatures.SystemTextJson) != 0);
        }

        if ((features & IntegrationFeatures.Polly) != 0)
        {
            writer.Line();
            ResilienceEmitter.Write(writer, context);
        }

        return context.EndFile(writer);
    }
}
