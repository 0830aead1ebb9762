using ErrorCodeGen.Emit;
using Microsoft.CodeAnalysis;

namespace ErrorCodeGen.Generator;

/// <summary>
/// Which integration helpers the compilation can use, from its references (as System.Text.Json's own generator checks
/// for its dependencies). Reduced to a flags value, so an edit that changes no reference compares equal and every
/// step after it stays cached.
/// </summary>
internal static class IntegrationDetection
{
    public static IntegrationFeatures Detect(Compilation compilation)
    {
        var features = IntegrationFeatures.None;
        if (Has(compilation, "System.Net.Http.HttpResponseMessage"))
        {
            features |= IntegrationFeatures.HttpClient;
        }

        if (Has(compilation, "System.Text.Json.Serialization.JsonConverter`1")
            && Has(compilation, "System.Text.Json.JsonDocument")
            && Has(compilation, "System.Text.Json.Utf8JsonWriter"))
        {
            features |= IntegrationFeatures.SystemTextJson;
        }

        if (Has(compilation, "Polly.Retry.RetryStrategyOptions`1")
            && Has(compilation, "Polly.Retry.RetryDelayGeneratorArguments`1")
            && Has(compilation, "Polly.Timeout.TimeoutRejectedException")
            && Has(compilation, "System.TimeProvider")
            && Has(compilation, "System.Threading.Tasks.ValueTask`1"))
        {
            features |= IntegrationFeatures.Polly;
        }

        if (Has(compilation, "Microsoft.AspNetCore.Http.IResult")
            && Has(compilation, "Microsoft.AspNetCore.Http.IProblemDetailsService")
            && Has(compilation, "Microsoft.AspNetCore.Http.ProducesResponseTypeMetadata")
            && Has(compilation, "Microsoft.AspNetCore.Diagnostics.IExceptionHandler")
            && Has(compilation, "Microsoft.AspNetCore.Mvc.ProblemDetails"))
        {
            features |= IntegrationFeatures.AspNetCore;
        }

        return IntegrationEmitter.Effective(features) | (features & IntegrationFeatures.AspNetCore);
    }

    private static bool Has(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName) is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
}
