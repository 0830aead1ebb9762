using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodeGen.Generator.Tests;

/// <summary>A spec file handed to the generator as an AdditionalFiles item with its MSBuild metadata.</summary>
internal sealed record SpecFile(string Path, string Text, IReadOnlyDictionary<string, string> Metadata)
{
    public static SpecFile Spec(string path, string text, string? ns = null, string? enumName = null, string? accessibility = null)
    {
        var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ErrorCodeSpec"] = "true" };
        if (ns is not null)
        {
            metadata["build_metadata.AdditionalFiles.ErrorCodeNamespace"] = ns;
        }

        if (enumName is not null)
        {
            metadata["build_metadata.AdditionalFiles.ErrorCodeEnumName"] = enumName;
        }

        if (accessibility is not null)
        {
            metadata["build_metadata.AdditionalFiles.ErrorCodeAccessibility"] = accessibility;
        }

        return new SpecFile(path, text, metadata);
    }
}

internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}

internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new Options(perFile.TryGetValue(textFile.Path, out var options) ? options : new Dictionary<string, string>());

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>Runs the generator over in-memory specs and sources, as the compiler does.</summary>
internal static class GeneratorHarness
{
    public static string ReferenceSpecText { get; } = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "spec", "error-codes.md"));

    public static IEnumerable<MetadataReference> Net100 => Basic.Reference.Assemblies.Net100.References.All;

    public sealed record Result(GeneratorDriverRunResult Run, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
    {
        public string Source(string hintName) => Run.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

        public ImmutableArray<Diagnostic> CompilationErrorsAndWarnings() =>
            Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
    }

    public static CSharpGeneratorDriver CreateDriver(IEnumerable<SpecFile> specs, string? rootNamespace = "Sample", CSharpParseOptions? parseOptions = null, bool trackSteps = false)
    {
        var specList = specs.ToList();
        var global = new Dictionary<string, string>();
        if (rootNamespace is not null)
        {
            global["build_property.RootNamespace"] = rootNamespace;
        }

        var perFile = specList.ToDictionary(s => s.Path, s => s.Metadata);
        return CSharpGeneratorDriver.Create(
            new[] { new ErrorCodeGenerator().AsSourceGenerator() },
            specList.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)),
            parseOptions ?? new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose),
            new TestOptionsProvider(global, perFile),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    public static CSharpCompilation Compilation(string source = "namespace Sample { internal static class Placeholder { } }", CSharpParseOptions? parseOptions = null, IEnumerable<MetadataReference>? references = null, CSharpCompilationOptions? options = null) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, parseOptions ?? new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose), path: "Program.cs") },
            references ?? Net100,
            options ?? new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static Result Run(IEnumerable<SpecFile> specs, string source = "namespace Sample { internal static class Placeholder { } }", string? rootNamespace = "Sample", CSharpParseOptions? parseOptions = null, IEnumerable<MetadataReference>? references = null, CSharpCompilationOptions? options = null)
    {
        var driver = CreateDriver(specs, rootNamespace, parseOptions);
        var compilation = Compilation(source, parseOptions, references, options);
        var ran = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new Result(ran.GetRunResult(), output, diagnostics);
    }

    public static Result RunReference(string source = "namespace Sample { internal static class Placeholder { } }", string ns = "Acme.MarketData") =>
        Run(new[] { SpecFile.Spec("/repo/spec/error-codes.md", ReferenceSpecText, ns) }, source);

    /// <summary>Emits the compilation, loads it in a collectible context and returns what <c>Probe.Run()</c> returns.</summary>
    /// <param name="compilation">The compilation holding a <c>Probe</c> class.</param>
    /// <param name="dependencies">Images of in-memory assemblies the probe references (loaded into the same context).</param>
    public static T RunProbe<T>(Compilation compilation, params byte[][] dependencies)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Xunit.Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        var context = new System.Runtime.Loader.AssemblyLoadContext("probe", isCollectible: true);
        var loaded = dependencies.Select(image => context.LoadFromStream(new MemoryStream(image))).ToArray();
        context.Resolving += (_, name) => loaded.FirstOrDefault(a => a.GetName().Name == name.Name);
        try
        {
            stream.Position = 0;
            var method = context.LoadFromStream(stream).GetType("Probe")!.GetMethod("Run", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!;
            return (T)method.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
