using System.Threading;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Model;
using ErrorCodeGen.Pipeline;

namespace ErrorCodeGen.Generator;

/// <summary>Where a catalog comes from: the spec file, its section, and the project item that asked for it. Plain data.</summary>
/// <param name="Path">The spec file's path.</param>
/// <param name="Section">The section read (null: the whole page).</param>
/// <param name="Item">The <c>ErrorCodeSpec</c> item (null for a plain <c>AdditionalFiles</c> item); see <see cref="SpecRequest.Item"/>.</param>
/// <param name="Project">The project file that declares the item, where option problems are reported (null when unknown).</param>
internal sealed record SpecOrigin(string Path, string? Section, string? Item, string? Project);

/// <summary>The diagnostics of one catalog, with where it came from: what the generator's diagnostics output reports.</summary>
internal sealed record CatalogReport(SpecOrigin Origin, EquatableArray<SpecDiagnostic> Diagnostics);

/// <summary>
/// What a catalog's source depends on, and nothing else: the catalog without positions in the spec, and its options.
/// Equal for two versions of a spec that differ only in where things stand, so such an edit emits nothing again.
/// </summary>
internal sealed record CatalogModel(SpecOrigin Origin, Catalog Catalog, CatalogEmitOptions Options, bool UsesDefaults);

/// <summary>The generator's result for one request: the pipeline's prepared catalog, split into what is reported and what is emitted.</summary>
internal sealed record CatalogGeneration(SpecOrigin Origin, PreparedCatalog Prepared)
{
    /// <summary>The diagnostics, located in the spec or the project file.</summary>
    public CatalogReport Report => new(Origin, Prepared.Diagnostics);

    /// <summary>The model to emit from; null when nothing can be emitted.</summary>
    public CatalogModel? Model => Prepared.Catalog is { } catalog
        ? new CatalogModel(Origin, catalog.WithoutPositions(), Prepared.Options, Prepared.UsesDefaults)
        : null;

    /// <summary>Prepares the request's catalog (<see cref="CatalogPipeline.Prepare"/>). Never throws (cancellation aside).</summary>
    /// <param name="request">The spec and its options.</param>
    /// <param name="rootNamespace">The project's root namespace, for a spec that names none.</param>
    /// <param name="nullableAnnotations">Whether the consumer's C# allows nullable annotations (C# 8 or later).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static CatalogGeneration Run(SpecRequest request, string? rootNamespace, bool nullableAnnotations, CancellationToken cancellationToken)
    {
        var origin = new SpecOrigin(request.Path, request.Section, request.Item, request.Project);
        var pipelineRequest = new CatalogRequest(request.Text, request.Section, request.Namespace, request.EnumName, request.Accessibility)
        {
            RootNamespace = rootNamespace,
            NullableAnnotations = nullableAnnotations,
            InvalidOptions = InvalidOptionHandling.UseDefaults,
        };
        if (request.Unreadable)
        {
            return new(origin, CatalogPipeline.Failed(CatalogPipeline.Options(pipelineRequest), new SpecDiagnostic(SpecDiagnostics.SpecFileNotFound,
                SourceSpan.DocumentStart, new EquatableArray<string>(new[] { request.Item ?? request.Path, request.Path }))));
        }

        if (request.Problem is { } problem)
        {
            return new(origin, CatalogPipeline.Failed(CatalogPipeline.Options(pipelineRequest), new SpecDiagnostic(SpecDiagnostics.InvalidOption,
                SourceSpan.DocumentStart, new EquatableArray<string>(new[] { problem.Option, problem.Value, problem.Reason }))));
        }

        return new(origin, CatalogPipeline.Prepare(pipelineRequest, cancellationToken));
    }
}
