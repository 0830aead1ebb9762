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
    /// <summary>Each feature and the types (metadata names) a compilation must see for the helpers of that feature to compile.</summary>
    private static readonly (IntegrationFeatures Feature, string[] Types)[] Requirements =
    {
        (IntegrationFeatures.HttpClient, new[] { "System.Net.Http.HttpResponseMessage" }),
        (IntegrationFeatures.SystemTextJson, new[] { "System.Text.Json.Serialization.JsonConverter`1", "System.Text.Json.JsonDocument", "System.Text.Json.Utf8JsonWriter" }),
        (IntegrationFeatures.Polly, new[]
        {
            "Polly.Retry.RetryStrategyOptions`1", "Polly.Retry.RetryDelayGeneratorArguments`1", "Polly.Timeout.TimeoutRejectedException",
            "System.TimeProvider", "System.Threading.Tasks.ValueTask`1",
        }),
        (IntegrationFeatures.AspNetCore, new[]
        {
            "Microsoft.AspNetCore.Http.IResult", "Microsoft.AspNetCore.Http.IProblemDetailsService", "Microsoft.AspNetCore.Http.ProducesResponseTypeMetadata",
            "Microsoft.AspNetCore.Diagnostics.IExceptionHandler", "Microsoft.AspNetCore.Mvc.ProblemDetails",
        }),
        (IntegrationFeatures.NotNullWhenAttribute, new[] { "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute" }),
    };

    public static IntegrationFeatures Detect(Compilation compilation)
    {
        var features = IntegrationFeatures.None;
        foreach (var (feature, types) in Requirements)
        {
            if (HasAll(compilation, types))
            {
                features |= feature;
            }
        }

        return IntegrationEmitter.Effective(features) | (features & IntegrationFeatures.AspNetCore);
    }

    private static bool HasAll(Compilation compilation, string[] metadataNames)
    {
        foreach (var metadataName in metadataNames)
        {
            if (compilation.GetTypeByMetadataName(metadataName) is not { } type || !compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
            {
                return false;
            }
        }

        return true;
    }
}
