using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Model;
using ErrorCodeGen.Pipeline;

namespace ErrorCodeGen.Generator;

/// <summary>
/// One catalog to emit into the compilation, with the integration features it references, or the clash (ECG1015) that
/// keeps it out. Plain data: a plan equal to the last run's is not emitted again.
/// </summary>
internal sealed record EmitPlan(CatalogModel Model, CatalogEmitOptions Options, SpecDiagnostic? Clash)
{
    /// <summary>The hint name of the marker attribute's file, which every compilation gets.</summary>
    private const string AttributeOwner = "ErrorCodeGen.ErrorCodeCatalogAttribute";

    /// <summary>
    /// The plans of all catalogs, in a stable order (path, then section, then name), so the first of two clashing catalogs
    /// wins deterministically. Roslyn compares hint names ignoring case, so a catalog whose files' names (or its
    /// integration or server file's) differ from one already planned only in case would make AddSource throw: such a
    /// catalog gets the clash instead. A catalog emitted with default options only to spare follow-on errors is dropped
    /// when it clashes: its ECG1016 is the error.
    /// </summary>
    public static ImmutableArray<EmitPlan> Assign(ImmutableArray<CatalogModel> models, IntegrationFeatures features)
    {
        var ordered = new List<CatalogModel>(models);
        ordered.Sort(static (a, b) =>
        {
            var byPath = string.CompareOrdinal(a.Origin.Path, b.Origin.Path);
            if (byPath != 0)
            {
                return byPath;
            }

            var bySection = string.CompareOrdinal(a.Origin.Section, b.Origin.Section);
            return bySection != 0 ? bySection : string.CompareOrdinal(a.Options.FullEnumName, b.Options.FullEnumName);
        });

        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [CatalogEmitter.CatalogAttributeHintName] = AttributeOwner,
        };
        var plans = ImmutableArray.CreateBuilder<EmitPlan>(ordered.Count);
        foreach (var model in ordered)
        {
            var options = model.Options with { Integration = features };
            var hintNames = CatalogPipeline.HintNames(options, model.Catalog.CodeKind);
            string? clashing = null;
            foreach (var hintName in hintNames)
            {
                if (owners.ContainsKey(hintName))
                {
                    clashing = hintName;
                    break;
                }
            }

            if (clashing is null)
            {
                foreach (var hintName in hintNames)
                {
                    owners.Add(hintName, options.FullEnumName);
                }

                plans.Add(new EmitPlan(model, options, null));
            }
            else if (!model.UsesDefaults)
            {
                plans.Add(new EmitPlan(model, options, new SpecDiagnostic(SpecDiagnostics.DuplicateCatalog, SourceSpan.DocumentStart,
                    new EquatableArray<string>(new[] { owners[clashing], clashing }))));
            }
        }

        return plans.ToImmutable();
    }
}
