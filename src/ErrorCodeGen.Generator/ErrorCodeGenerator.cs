using System.Text;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodeGen.Generator;

/// <summary>
/// Generates an error-code catalog from every <c>AdditionalFiles</c> item marked <c>ErrorCodeSpec="true"</c> (one per
/// section when <c>ErrorCodeSections</c> lists several), and reports the spec's problems at their place in the .md file.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ErrorCodeGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps (for caching tests).</summary>
    public static class TrackingNames
    {
        /// <summary>The spec items and their options, one per catalog.</summary>
        public const string Requests = nameof(Requests);

        /// <summary>Each request parsed and checked (<see cref="Pipeline.CatalogPipeline.Prepare"/>).</summary>
        public const string Catalogs = nameof(Catalogs);

        /// <summary>Each catalog's diagnostics, with their positions.</summary>
        public const string Diagnostics = nameof(Diagnostics);

        /// <summary>Each catalog without positions: what its source depends on.</summary>
        public const string Models = nameof(Models);

        /// <summary>What the compilation references (the integration helpers that apply).</summary>
        public const string Features = nameof(Features);

        /// <summary>Each catalog with its features and hint names checked against the others'.</summary>
        public const string Plans = nameof(Plans);
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output =>
            output.AddSource(CatalogEmitter.CatalogAttributeHintName, SourceText.From(CatalogEmitter.CatalogAttributeSource, Encoding.UTF8)));

        var rootNamespace = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) =>
            provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var value) && !string.IsNullOrWhiteSpace(value)
                ? value.Trim()
                : null);

        // C# 8 or later: the generated code is nullable-annotated (#nullable enable), so a nullable-enabled app sees the
        // annotations; C# 7.3 gets none. A bool, so the catalogs stay cached while the language version stays.
        var nullableAnnotations = context.ParseOptionsProvider.Select(static (options, _) =>
            options is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8);

        var catalogs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .SelectMany(static (pair, cancellationToken) => SpecRequest.Create(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .WithTrackingName(TrackingNames.Requests)
            .Combine(rootNamespace.Combine(nullableAnnotations))
            .Select(static (pair, cancellationToken) => CatalogGeneration.Run(pair.Left, pair.Right.Left, pair.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Catalogs);

        // Diagnostics have their own output, as do sources: an edit that only moves things in the spec changes the
        // diagnostics' positions, not the models, so it reports again and emits nothing.
        var reports = catalogs
            .Select(static (generation, _) => generation.Report)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(reports, static (output, report) => Report(output, report));

        var models = catalogs
            .Select(static (generation, _) => generation.Model)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.Models);

        // What the compilation references, as a flags value: re-computed for every compilation, but equal after an edit
        // that changes no reference, so the plans stay cached.
        var features = context.CompilationProvider
            .Select(static (compilation, _) => IntegrationDetection.Detect(compilation))
            .WithTrackingName(TrackingNames.Features);

        // Hint names must be unique across catalogs, so the plans are made together; each plan is then emitted on its
        // own, and only when it differs from the last run's.
        var plans = models.Collect()
            .Combine(features)
            .SelectMany(static (pair, _) => EmitPlan.Assign(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Plans);

        // ErrorCodeDocsUrl: the published HTML docs, for the problem type URIs of the server helpers.
        var docsUrl = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) =>
            provider.GlobalOptions.TryGetValue("build_property.ErrorCodeDocsUrl", out var value) && !string.IsNullOrWhiteSpace(value)
                ? value.Trim()
                : null);

        context.RegisterSourceOutput(plans.Combine(docsUrl), static (output, pair) => Emit(output, pair.Left, pair.Right));
    }

    private static void Report(SourceProductionContext output, CatalogReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            output.CancellationToken.ThrowIfCancellationRequested();
            output.ReportDiagnostic(SpecDiagnosticConverter.ToDiagnostic(diagnostic, report.Origin));
        }
    }

    private static void Emit(SourceProductionContext output, EmitPlan plan, string? docsUrl)
    {
        if (plan.Clash is { } clash)
        {
            output.ReportDiagnostic(SpecDiagnosticConverter.ToDiagnostic(clash, plan.Model.Origin.Path));
            return;
        }

        foreach (var source in CatalogPipeline.Emit(plan.Model.Catalog, plan.Options, docsUrl))
        {
            output.AddSource(source.HintName, SourceText.From(source.Text, Encoding.UTF8));
        }
    }
}
