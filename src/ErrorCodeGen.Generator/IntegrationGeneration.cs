using ErrorCodeGen.Emit;

namespace ErrorCodeGen.Generator;

/// <summary>The integration helpers of one catalog (null source when none apply), as plain data.</summary>
internal sealed record IntegrationGeneration(string Path, string HintName, string? Source)
{
    public static IntegrationGeneration Run(CatalogGeneration catalog, IntegrationFeatures features)
    {
        var options = catalog.Options with { Integration = features };
        var source = catalog.Source is null ? null : IntegrationEmitter.Emit(options, catalog.CodeKind);
        return new IntegrationGeneration(catalog.Path, IntegrationEmitter.HintName(options), source);
    }
}
