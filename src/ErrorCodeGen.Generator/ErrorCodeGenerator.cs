using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Model;
using Microsoft.CodeAnalysis;
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
        public const string Requests = nameof(Requests);
        public const string Catalogs = nameof(Catalogs);
        public const string Features = nameof(Features);
        public const string Integrations = nameof(Integrations);
        public const string Servers = nameof(Servers);
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output =>
            output.AddSource(CatalogEmitter.CatalogAttributeHintName, SourceText.From(CatalogEmitter.CatalogAttributeSource, Encoding.UTF8)));

        var rootNamespace = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) =>
            provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var value) && !string.IsNullOrWhiteSpace(value)
                ? value.Trim()
                : null);

        var catalogs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .SelectMany(static (pair, cancellationToken) => SpecRequest.Create(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .WithTrackingName(TrackingNames.Requests)
            .Combine(rootNamespace)
            .Select(static (pair, cancellationToken) => CatalogGeneration.Run(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Catalogs);

        // What the compilation references, as a flags value: re-computed for every compilation, but equal after an edit
        // that changes no reference, so the integration files stay cached.
        var features = context.CompilationProvider
            .Select(static (compilation, _) => IntegrationDetection.Detect(compilation))
            .WithTrackingName(TrackingNames.Features);

        var integrations = catalogs
            .Combine(features)
            .Select(static (pair, _) => IntegrationGeneration.Run(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Integrations);

        // ErrorCodeDocsUrl: the published HTML docs, for the problem type URIs of the server helpers.
        var docsUrl = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) =>
            provider.GlobalOptions.TryGetValue("build_property.ErrorCodeDocsUrl", out var value) && !string.IsNullOrWhiteSpace(value)
                ? value.Trim()
                : null);

        var servers = catalogs
            .Combine(features)
            .Combine(docsUrl)
            .Select(static (pair, _) => ServerGeneration.Run(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.Servers);

        context.RegisterSourceOutput(
            catalogs.Collect().Combine(integrations.Collect()).Combine(servers.Collect()),
            static (output, pair) => Produce(output, pair.Left.Left, pair.Left.Right, pair.Right));
    }

    private static void Produce(SourceProductionContext output, ImmutableArray<CatalogGeneration> generations, ImmutableArray<IntegrationGeneration> integrations, ImmutableArray<ServerGeneration> servers)
    {
        // Catalogs in a stable order (path, then section), so the first of two clashing catalogs wins deterministically.
        // Roslyn compares hint names ignoring case, so a catalog whose file name (or its integration file's) differs
        // from one already added only in case would make AddSource throw: it is reported as ECG1015 instead.
        var ordered = new List<CatalogGeneration>(generations);
        ordered.Sort(static (a, b) =>
        {
            var byPath = string.CompareOrdinal(a.Path, b.Path);
            if (byPath != 0)
            {
                return byPath;
            }

            var bySection = string.CompareOrdinal(a.Section, b.Section);
            return bySection != 0 ? bySection : string.CompareOrdinal(a.FullName, b.FullName);
        });
        var added = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase)
        {
            [CatalogEmitter.CatalogAttributeHintName] = "ErrorCodeGen.ErrorCodeCatalogAttribute",
        };
        foreach (var generation in ordered)
        {
            output.CancellationToken.ThrowIfCancellationRequested();
            foreach (var diagnostic in generation.Diagnostics)
            {
                output.ReportDiagnostic(SpecDiagnosticConverter.ToDiagnostic(diagnostic, generation));
            }

            if (generation.Source is null)
            {
                continue;
            }

            IntegrationGeneration? integration = null;
            foreach (var candidate in integrations)
            {
                if (candidate.CatalogHintName == generation.HintName && candidate.Source is not null)
                {
                    integration = candidate;
                    break;
                }
            }

            ServerGeneration? server = null;
            if (integration is not null)
            {
                foreach (var candidate in servers)
                {
                    if (candidate.CatalogHintName == generation.HintName && candidate.Source is not null)
                    {
                        server = candidate;
                        break;
                    }
                }
            }

            var clashing = added.ContainsKey(generation.HintName) ? generation.HintName
                : integration is not null && added.ContainsKey(integration.HintName) ? integration.HintName
                : server is not null && added.ContainsKey(server.HintName) ? server.HintName
                : null;
            if (clashing is not null && generation.UsesDefaults)
            {
                // Emitted with a default only to spare follow-on errors: its ECG1016 is the error, not a clash.
                continue;
            }

            if (clashing is not null)
            {
                var duplicate = new SpecDiagnostic(SpecDiagnostics.DuplicateCatalog, SourceSpan.DocumentStart,
                    new EquatableArray<string>(new[] { added[clashing], clashing }));
                output.ReportDiagnostic(SpecDiagnosticConverter.ToDiagnostic(duplicate, generation.Path));
                continue;
            }

            added.Add(generation.HintName, generation.FullName);
            output.AddSource(generation.HintName, SourceText.From(generation.Source, Encoding.UTF8));
            if (integration is not null)
            {
                added.Add(integration.HintName, generation.FullName);
                output.AddSource(integration.HintName, SourceText.From(integration.Source!, Encoding.UTF8));
            }

            if (server is not null)
            {
                added.Add(server.HintName, generation.FullName);
                output.AddSource(server.HintName, SourceText.From(server.Source!, Encoding.UTF8));
            }
        }
    }
}
