using System;
using System.Collections.Generic;
using System.Threading;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Model;
using ErrorCodeGen.Parsing;

namespace ErrorCodeGen.Pipeline;

/// <summary>
/// The one way from a spec to generated C#, shared by the source generator and the CLI's <c>generate</c>:
/// <see cref="Prepare"/> reads the page and checks it against the options (catalog and located diagnostics, plain data),
/// <see cref="Emit"/> writes the files of a prepared catalog. The hosts only adapt: where the text and the options come
/// from, how diagnostics are shown, and whether a spec with errors still gets code (the generator: yes, the rows it
/// could read; the CLI: no).
/// </summary>
public static class CatalogPipeline
{
    /// <summary>The enum name when none is given (as ErrorCodeGen.targets and the CLI document it).</summary>
    public const string DefaultEnumName = "ErrorCode";

    /// <summary>The accessibility when none is given.</summary>
    public const string DefaultAccessibility = "public";

    /// <summary>
    /// The emit options for option values as a user wrote them: null or blank means the default (the namespace falls
    /// back to <see cref="CatalogRequest.RootNamespace"/>), values are trimmed and the accessibility is compared
    /// ignoring case. Values that are still not valid are reported by <see cref="Prepare"/> (ECG1016).
    /// </summary>
    public static CatalogEmitOptions Options(CatalogRequest request) =>
        new(Clean(request.Namespace) ?? Clean(request.RootNamespace),
            Clean(request.EnumName) ?? DefaultEnumName,
            Clean(request.Accessibility)?.ToLowerInvariant() ?? DefaultAccessibility)
        {
            NullableAnnotations = request.NullableAnnotations,
        };

    /// <summary>
    /// Parses the request's spec and checks the catalog against its options. Never throws (cancellation aside): an
    /// unexpected failure is ECG1999 at the start of the spec.
    /// </summary>
    public static PreparedCatalog Prepare(CatalogRequest request, CancellationToken cancellationToken = default)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var options = Options(request);
        try
        {
            var parsed = SpecParser.Parse(request.Text, new SpecParseOptions(request.Section), cancellationToken);
            var diagnostics = new List<SpecDiagnostic>(parsed.Diagnostics);
            var catalog = CatalogEmitPreflight.Check(parsed.Catalog, options, diagnostics);
            if (CatalogEmitPreflight.CanEmit(diagnostics))
            {
                return new PreparedCatalog(catalog, options, ToArray(diagnostics));
            }

            if (request.InvalidOptions == InvalidOptionHandling.UseDefaults
                && WithDefaults(parsed.Catalog, options, diagnostics, Clean(request.RootNamespace)) is { } fallback)
            {
                return new PreparedCatalog(fallback.Catalog, fallback.Options, ToArray(diagnostics)) { UsesDefaults = true };
            }

            return new PreparedCatalog(null, options, ToArray(diagnostics));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            return Failed(options, new SpecDiagnostic(SpecDiagnostics.InternalError, SourceSpan.DocumentStart,
                new EquatableArray<string>(new[] { exception.GetType().Name + ": " + exception.Message })));
        }
    }

    /// <summary>A request that could not be prepared (its spec could not be read, or a host-level option is not valid).</summary>
    public static PreparedCatalog Failed(CatalogEmitOptions options, SpecDiagnostic diagnostic) =>
        new(null, options, new EquatableArray<SpecDiagnostic>(new[] { diagnostic }));

    /// <summary>
    /// The files of a catalog, in the order a single-file host writes them: the catalog, then the integration helpers
    /// (when <see cref="CatalogEmitOptions.Integration"/> makes any apply), then the ASP.NET Core results (numeric codes,
    /// when ASP.NET Core is referenced). The marker attribute file is not among them: a generator adds it once per
    /// compilation (<see cref="CatalogEmitter.CatalogAttributeSource"/>).
    /// </summary>
    /// <param name="catalog">A catalog from <see cref="Prepare"/> (its positions do not matter: see <see cref="Catalog.WithoutPositions"/>).</param>
    /// <param name="options">Its options, with the integration features of the target compilation.</param>
    /// <param name="docsUrl">The published HTML docs, for the server helpers' problem types (null: none).</param>
    public static IReadOnlyList<GeneratedSource> Emit(Catalog catalog, CatalogEmitOptions options, string? docsUrl = null)
    {
        var files = new List<GeneratedSource>(3)
        {
            new(CatalogEmitter.HintName(options), CatalogEmitter.Emit(catalog, options)),
        };
        if (IntegrationEmitter.Emit(options, catalog.CodeKind) is { } integration)
        {
            files.Add(new GeneratedSource(IntegrationEmitter.HintName(options), integration));

            // The server helpers send numeric codes; a string-code catalog gets none (yet).
            if (catalog.CodeKind == CodeKind.Numeric && ServerResultsEmitter.Emit(options, docsUrl) is { } server)
            {
                files.Add(new GeneratedSource(ServerResultsEmitter.HintName(options), server));
            }
        }

        return files;
    }

    /// <summary>
    /// The hint names <see cref="Emit"/> would use for <paramref name="options"/> with <paramref name="codeKind"/> codes,
    /// without writing anything (a generator checks them for clashes before it emits).
    /// </summary>
    public static IReadOnlyList<string> HintNames(CatalogEmitOptions options, CodeKind codeKind)
    {
        var names = new List<string>(3) { CatalogEmitter.HintName(options) };
        if (IntegrationEmitter.Applies(options.Integration))
        {
            names.Add(IntegrationEmitter.HintName(options));
            if (codeKind == CodeKind.Numeric && ServerResultsEmitter.Applies(options.Integration))
            {
                names.Add(ServerResultsEmitter.HintName(options));
            }
        }

        return names;
    }

    /// <summary>
    /// The options with each invalid one (Namespace, EnumName, Accessibility) replaced by its default, and the catalog
    /// checked against them; null when another option is invalid (a section path: there is no default to fall back to).
    /// </summary>
    private static (CatalogEmitOptions Options, Catalog Catalog)? WithDefaults(Catalog parsed, CatalogEmitOptions options, List<SpecDiagnostic> diagnostics, string? rootNamespace)
    {
        var fallback = options;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Id != SpecDiagnostics.InvalidOption.Id)
            {
                continue;
            }

            switch (diagnostic.Arguments[0])
            {
                case "Namespace":
                    fallback = fallback with { Namespace = string.Equals(options.Namespace, rootNamespace, StringComparison.Ordinal) ? null : rootNamespace };
                    break;
                case "EnumName":
                    fallback = fallback with { EnumName = DefaultEnumName };
                    break;
                case "Accessibility":
                    fallback = fallback with { Accessibility = DefaultAccessibility };
                    break;
                default:
                    return null;
            }
        }

        // The root namespace may be invalid too (then the global namespace); the reserved-name check of the fallback
        // is kept only where it differs from the first one.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var scratch = new List<SpecDiagnostic>();
            var catalog = CatalogEmitPreflight.Check(parsed, fallback, scratch);
            if (CatalogEmitPreflight.CanEmit(scratch))
            {
                foreach (var diagnostic in scratch)
                {
                    if (!diagnostics.Contains(diagnostic))
                    {
                        diagnostics.Add(diagnostic);
                    }
                }

                return (fallback, catalog);
            }

            fallback = fallback with { Namespace = null };
        }

        return null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

    private static EquatableArray<SpecDiagnostic> ToArray(List<SpecDiagnostic> diagnostics) => new(diagnostics.ToArray());
}
