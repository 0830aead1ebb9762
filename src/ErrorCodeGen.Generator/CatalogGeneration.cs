using System;
using System.Collections.Generic;
using System.Threading;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Model;
using ErrorCodeGen.Parsing;

namespace ErrorCodeGen.Generator;

/// <summary>The generator's result for one spec: the source to add (null when none) and the diagnostics, as plain data.</summary>
internal sealed record CatalogGeneration(string Path, string? Section, CatalogEmitOptions Options, string FullName, string HintName, string? Source, EquatableArray<SpecDiagnostic> Diagnostics)
{
    /// <summary>The <c>ErrorCodeSpec</c> item (null for a plain <c>AdditionalFiles</c> item); see <see cref="SpecRequest.Item"/>.</summary>
    public string? Item { get; init; }

    /// <summary>The project file that declares the item, where option problems are reported (null when unknown).</summary>
    public string? Project { get; init; }

    /// <summary>
    /// True when an option was not valid (ECG1016) and the catalog was emitted with that option's default instead, so
    /// that the one error is the only one: code naming the catalog still compiles.
    /// </summary>
    public bool UsesDefaults { get; init; }

    /// <summary>Whether the catalog's codes are numbers or strings (the integration helpers differ).</summary>
    public CodeKind CodeKind { get; init; }

    /// <summary>Parses the spec and emits its catalog. Never throws (cancellation aside).</summary>
    public static CatalogGeneration Run(SpecRequest request, string? rootNamespace, CancellationToken cancellationToken)
    {
        var options = new CatalogEmitOptions(
            request.Namespace ?? rootNamespace,
            request.EnumName ?? DefaultEnumName,
            request.Accessibility?.ToLowerInvariant() ?? DefaultAccessibility);
        if (request.Unreadable)
        {
            var missing = new SpecDiagnostic(SpecDiagnostics.SpecFileNotFound, SourceSpan.DocumentStart,
                new EquatableArray<string>(new[] { request.Item ?? request.Path, request.Path }));
            return Failed(request, options, missing);
        }

        if (request.Problem is { } problem)
        {
            return Failed(request, options, new SpecDiagnostic(SpecDiagnostics.InvalidOption, SourceSpan.DocumentStart,
                new EquatableArray<string>(new[] { problem.Option, problem.Value, problem.Reason })));
        }

        try
        {
            var parsed = SpecParser.Parse(request.Text, new SpecParseOptions(request.Section), cancellationToken);
            var diagnostics = new List<SpecDiagnostic>(parsed.Diagnostics);
            var catalog = CatalogEmitPreflight.Check(parsed.Catalog, options, diagnostics);
            var emitted = options;
            var usesDefaults = false;
            if (!CatalogEmitPreflight.CanEmit(diagnostics) && WithDefaults(parsed.Catalog, options, diagnostics, rootNamespace) is { } fallback)
            {
                (emitted, catalog) = fallback;
                usesDefaults = true;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var source = usesDefaults || CatalogEmitPreflight.CanEmit(diagnostics) ? CatalogEmitter.Emit(catalog, emitted) : null;
            return new CatalogGeneration(request.Path, request.Section, emitted, emitted.FullEnumName, CatalogEmitter.HintName(emitted), source, new EquatableArray<SpecDiagnostic>(diagnostics.ToArray()))
            {
                Item = request.Item,
                Project = request.Project,
                UsesDefaults = usesDefaults,
                CodeKind = catalog.CodeKind,
            };
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            return Failed(request, options, new SpecDiagnostic(SpecDiagnostics.InternalError, SourceSpan.DocumentStart,
                new EquatableArray<string>(new[] { exception.GetType().Name + ": " + exception.Message })));
        }
    }

    /// <summary>The default enum name (as ErrorCodeGen.targets sets it).</summary>
    internal const string DefaultEnumName = "ErrorCode";

    /// <summary>The default accessibility (as ErrorCodeGen.targets sets it).</summary>
    internal const string DefaultAccessibility = "public";

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

    private static CatalogGeneration Failed(SpecRequest request, CatalogEmitOptions options, SpecDiagnostic diagnostic) =>
        new(request.Path, request.Section, options, options.FullEnumName, CatalogEmitter.HintName(options), null, new EquatableArray<SpecDiagnostic>(new[] { diagnostic }))
        {
            Item = request.Item,
            Project = request.Project,
        };
}
