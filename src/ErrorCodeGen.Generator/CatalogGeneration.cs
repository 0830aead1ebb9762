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
    /// <summary>Whether the catalog's codes are numbers or strings (the integration helpers differ).</summary>
    public CodeKind CodeKind { get; init; }

    /// <summary>Parses the spec and emits its catalog. Never throws (cancellation aside).</summary>
    public static CatalogGeneration Run(SpecRequest request, string? rootNamespace, CancellationToken cancellationToken)
    {
        var options = new CatalogEmitOptions(
            request.Namespace ?? rootNamespace,
            request.EnumName ?? "ErrorCode",
            request.Accessibility?.ToLowerInvariant() ?? "public");
        if (request.Problem is { } problem)
        {
            var invalid = new SpecDiagnostic(SpecDiagnostics.InvalidOption, SourceSpan.DocumentStart,
                new EquatableArray<string>(new[] { problem.Option, problem.Value, problem.Reason }));
            return new CatalogGeneration(request.Path, request.Section, options, options.FullEnumName, CatalogEmitter.HintName(options), null, new EquatableArray<SpecDiagnostic>(new[] { invalid }));
        }

        try
        {
            var parsed = SpecParser.Parse(request.Text, new SpecParseOptions(request.Section), cancellationToken);
            var diagnostics = new List<SpecDiagnostic>(parsed.Diagnostics);
            var catalog = CatalogEmitPreflight.Check(parsed.Catalog, options, diagnostics);
            cancellationToken.ThrowIfCancellationRequested();
            var source = CatalogEmitPreflight.CanEmit(diagnostics) ? CatalogEmitter.Emit(catalog, options) : null;
            return new CatalogGeneration(request.Path, request.Section, options, options.FullEnumName, CatalogEmitter.HintName(options), source, new EquatableArray<SpecDiagnostic>(diagnostics.ToArray()))
            {
                CodeKind = catalog.CodeKind,
            };
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            var diagnostic = new SpecDiagnostic(SpecDiagnostics.InternalError, SourceSpan.DocumentStart,
                new EquatableArray<string>(new[] { exception.GetType().Name + ": " + exception.Message }));
            return new CatalogGeneration(request.Path, request.Section, options, options.FullEnumName, CatalogEmitter.HintName(options), null, new EquatableArray<SpecDiagnostic>(new[] { diagnostic }));
        }
    }
}
