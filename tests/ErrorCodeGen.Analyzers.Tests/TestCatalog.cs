using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Model;
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
            ("/0/" + CatalogEmitter.CatalogAttributeHintName, AttributeSource),
            ("/0/" + FullName + ".g.cs", Source),
        };

    /// <summary>
    /// The contract the analyzers read on each catalog member, as the post-init file declares it: an internal, embedded
    /// <c>ErrorCodeGen.ErrorCodeMemberAttribute</c> with the string properties <c>Category</c> and <c>Recommendation</c>.
    /// </summary>
    public const string MemberAttributeSource = """

        #nullable enable
        namespace ErrorCodeGen
        {
            [global::Microsoft.CodeAnalysis.EmbeddedAttribute]
            [global::System.AttributeUsage(global::System.AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
            internal sealed class ErrorCodeMemberAttribute : global::System.Attribute
            {
                public string? Category { get; set; }

                public string? Recommendation { get; set; }
            }
        }

        """;

    /// <summary>The post-init attribute file, with the member attribute of the contract.</summary>
    public static string AttributeSource =>
        CatalogEmitter.CatalogAttributeSource.Contains("ErrorCodeMemberAttribute", StringComparison.Ordinal)
            ? CatalogEmitter.CatalogAttributeSource
            : CatalogEmitter.CatalogAttributeSource + MemberAttributeSource;

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

        return WithMemberAttributes(CatalogEmitter.Emit(result.Catalog, new CatalogEmitOptions(ns, enumName)), result.Catalog);
    }

    /// <summary>
    /// The generated source with <c>[global::ErrorCodeGen.ErrorCodeMember(Category = "…", Recommendation = "…")]</c> on each
    /// member, as the contract says the generator writes them (only the named arguments the spec gives); unchanged when
    /// the emitter writes them itself.
    /// </summary>
    public static string WithMemberAttributes(string source, Catalog catalog)
    {
        if (source.Contains("ErrorCodeMember(", StringComparison.Ordinal))
        {
            return source;
        }

        foreach (var entry in catalog.Entries)
        {
            var arguments = new List<string>();
            if (entry.Category is { } category)
            {
                arguments.Add("Category = " + Literal(category));
            }

            if (!entry.Recommendation.IsEmpty)
            {
                arguments.Add("Recommendation = " + Literal(entry.Recommendation.Plain));
            }

            if (arguments.Count == 0)
            {
                continue;
            }

            var member = new Regex(@"^(?<indent>[ ]+)@?" + Regex.Escape(entry.Name) + @" = ", RegexOptions.Multiline);
            source = member.Replace(source, m => m.Groups["indent"].Value + "[global::ErrorCodeGen.ErrorCodeMember(" + string.Join(", ", arguments) + ")]\n" + m.Value, 1);
        }

        return source;
    }

    private static string Literal(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var ch in text)
        {
            builder.Append(ch switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                _ => ch.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Compiles sources plus the catalog attribute into an assembly and returns a reference to its image.</summary>
    public static MetadataReference Compile(string assemblyName, params (string Path, string Content)[] sources)
    {
        var trees = sources
            .Append((Path: "attribute.g.cs", Content: AttributeSource))
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
