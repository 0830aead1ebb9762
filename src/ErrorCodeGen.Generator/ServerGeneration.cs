using ErrorCodeGen.Emit;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Generator;

/// <summary>The ASP.NET Core helpers of one catalog (null source when they do not apply), as plain data; <see cref="CatalogHintName"/> names the catalog.</summary>
internal sealed record ServerGeneration(string CatalogHintName, string HintName, string? Source)
{
    public static ServerGeneration Run(CatalogGeneration catalog, IntegrationFeatures features, string? docsUrl)
    {
        var options = catalog.Options with { Integration = features };
        // The server helpers send numeric codes; a string-code catalog gets none (yet).
        var source = catalog.Source is null || catalog.CodeKind != CodeKind.Numeric ? null : ServerResultsEmitter.Emit(options, docsUrl);
        return new ServerGeneration(catalog.HintName, ServerResultsEmitter.HintName(options), source);
    }
}
