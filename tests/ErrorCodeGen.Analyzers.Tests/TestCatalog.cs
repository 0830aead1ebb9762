using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorCodeGen.Analyzers.Tests;

/// <summary>The catalog generated from the reference spec (spec/error-codes.md), as the generator emits it.</summary>
internal static class TestCatalog
{
    public const string Namespace = "Acme.MarketData";
    public const string FullName = "Acme.MarketData.ErrorCode";

    private static readonly Lazy<string> LazySource = new(() => Emit(Namespace, "ErrorCode"));

    private static readonly Lazy<MetadataReference> LazyMetadata = new(() => Compile("Contracts", ("ErrorCode.g.cs", LazySource.Value)));

    /// <summary>The generated C# of the reference spec's catalog (<c>Acme.MarketData.ErrorCode</c>).</summary>
    public static string Source => LazySource.Value;

    /// <summary>The generated files the generator adds to a compilation (names as the generator's hint names).</summary>
    public static IEnumerable<(string Path, string Content)> Sources =>
        new[]
        {
            ("/0/" + CatalogEmitter.CatalogAttributeHintName, CatalogEmitter.CatalogAttributeSource),
            ("/0/" + FullName + ".g.cs", Source),
        };

    /// <summary>The catalog compiled into a separate assembly "Contracts" (no XML docs), for metadata references.</summary>
    public static MetadataReference MetadataReference => LazyMetadata.Value;

    public static string Emit(string? ns, string enumName)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "error-codes.md"));
        var result = SpecParser.Parse(text);
        if (result.HasErrors)
        {
            throw new InvalidOperationException("The reference spec does not parse cleanly.");
        }

        return CatalogEmitter.Emit(result.Catalog, new CatalogEmitOptions(ns, enumName));
    }

    /// <summary>Compiles sources plus the catalog attribute into an assembly and returns a reference to its image.</summary>
    public static MetadataReference Compile(string assemblyName, params (string Path, string Content)[] sources)
    {
        var trees = sources
            .Append((Path: "attribute.g.cs", Content: CatalogEmitter.CatalogAttributeSource))
            .Select(s => CSharpSyntaxTree.ParseText(s.Content, path: s.Path))
            .ToList();
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("Test catalog does not compile: " + string.Join(Environment.NewLine, emit.Diagnostics));
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
