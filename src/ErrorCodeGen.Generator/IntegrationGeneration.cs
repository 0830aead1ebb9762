using ErrorCodeGen.Emit;

namespace ErrorCodeGen.Generator;

/// <summary>The integration helpers of one catalog (null source when none apply), as plain data; <see cref="CatalogHintName"/> names the catalog.</summary>
internal sealed record IntegrationGeneration(string CatalogHintName, string HintName, string? Source)
{
    public static IntegrationGeneration Run(CatalogGeneration catalog, IntegrationFeatures features)
    {
        var options = catalog.Options with { Integration = features };
        var source = catalog.Source is null ? null : IntegrationEmitter.Emit(options, catalog.CodeKind);
        return new IntegrationGeneration(catalog.HintName, IntegrationEmitter.HintName(options), source);
    }
}
