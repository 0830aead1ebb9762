using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodeGen.Generator.Tests;

/// <summary>
/// Each member carries its category and recommendation in <c>[ErrorCodeMember]</c>, readable through Roslyn's
/// <see cref="AttributeData"/> from source and from metadata, and through reflection: the same text its XML docs show.
/// </summary>
public class MemberAttributeTests
{
    private static readonly string Spec = string.Join("\n",
        "# Hostile errors",
        "",
        "## Auth \"quoted\" \\ back",
        "",
        "| Code | Meaning | Recommendation |",
        "|---|---|---|",
        "| 1 | Quote | Say \"hi\" \\\\ then `C:\\path` */ &amp; <b>bold</b> |",
        "| 2 | Bidi | Evil \u202E reversed \u2066 isolate \u2069 \u200B end |",
        "| 3 | Placeholder | None |",
        "| 4 | Dash | \u2014 |",
        "| 5 | Spaces | line<br>break   and\ttab |",
        "",
        "## Limits",
        "",
        "| Code | Meaning | Recommendation |",
        "|---|---|---|",
        "| 10 | Slow down | Wait, then retry |",
        "| 11 | No advice | n/a |",
        "");

    private const string Attribute = "ErrorCodeGen.ErrorCodeMemberAttribute";

    [Fact]
    public void Attribute_gives_the_category_and_recommendation_the_docs_show_escaped_and_without_placeholders()
    {
        var result = Generate(new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose), nullable: true);
        var facts = Facts(EnumType(result.Output));

        Assert.Equal(("AuthQuotedBack", "Say \"hi\" \\ then C:\\path */ & bold"), facts["Quote"]);
        Assert.Equal(("AuthQuotedBack", "Evil \u202E reversed \u2066 isolate \u2069 \u200B end"), facts["Bidi"]);
        Assert.Equal(("AuthQuotedBack", null), facts["Placeholder"]);
        Assert.Equal(("AuthQuotedBack", null), facts["Dash"]);
        Assert.Equal(("AuthQuotedBack", "line break and tab"), facts["Spaces"]);
        Assert.Equal(("Limits", "Wait, then retry"), facts["SlowDown"]);
        Assert.Equal(("Limits", null), facts["NoAdvice"]);

        // The attribute says what the XML docs say, member by member (the analyzers read either).
        foreach (var field in EnumType(result.Output).GetMembers().OfType<IFieldSymbol>())
        {
            Assert.Equal(DocFacts(field), facts[field.Name]);
        }

        var source = result.Source("Hostile.ErrorCode.g.cs");
        foreach (var c in new[] { '\u202E', '\u2066', '\u2069', '\u200B' })
        {
            Assert.DoesNotContain(c.ToString(), source, StringComparison.Ordinal);
        }

        // Only the named arguments a member has: a placeholder leaves Recommendation out rather than empty.
        var lines = source.Split('\n').Select(l => l.Trim()).ToArray();
        Assert.Equal("[global::ErrorCodeGen.ErrorCodeMember(Category = \"Limits\")]", lines[Array.FindIndex(lines, l => l.StartsWith("NoAdvice = ", StringComparison.Ordinal)) - 1]);
    }

    [Fact]
    public void Attribute_reads_the_same_from_metadata_through_Roslyn_and_reflection()
    {
        var result = Generate(new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose), nullable: true);
        var expected = Facts(EnumType(result.Output));
        using var image = new MemoryStream();
        Assert.True(result.Output.Emit(image).Success);

        var consumer = CSharpCompilation.Create("App", references: GeneratorHarness.Net100.Append(MetadataReference.CreateFromImage(image.ToArray())));
        var fromMetadata = consumer.GetTypeByMetadataName("Hostile.ErrorCode");
        Assert.NotNull(fromMetadata);
        Assert.Equal(expected, Facts(fromMetadata!));

        var context = new System.Runtime.Loader.AssemblyLoadContext("member-attribute", isCollectible: true);
        try
        {
            image.Position = 0;
            var type = context.LoadFromStream(image).GetType("Hostile.ErrorCode")!;
            var reflected = new Dictionary<string, (string?, string?)>();
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var data = field.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType.FullName == Attribute);
                string? Named(string name) => (string?)data?.NamedArguments.SingleOrDefault(a => a.MemberName == name).TypedValue.Value;
                reflected[field.Name] = (Named("Category"), Named("Recommendation"));
            }

            Assert.Equal(expected.OrderBy(x => x.Key), reflected.OrderBy(x => x.Key));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Attribute_file_and_catalog_compile_without_warnings_on_CSharp_7_3()
    {
        var result = Generate(new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose), nullable: false);
        Assert.Equal("Wait, then retry", Facts(EnumType(result.Output))["SlowDown"].Recommendation);
    }

    private static GeneratorHarness.Result Generate(CSharpParseOptions parseOptions, bool nullable)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable, generalDiagnosticOption: ReportDiagnostic.Error);
        var result = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/hostile.md", Spec, "Hostile") }, parseOptions: parseOptions, options: options);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompilationErrorsAndWarnings());
        return result;
    }

    private static INamedTypeSymbol EnumType(Compilation compilation) => compilation.GetTypeByMetadataName("Hostile.ErrorCode")!;

    /// <summary>Each member's (Category, Recommendation) named arguments; (null, null) for a member without the attribute.</summary>
    private static Dictionary<string, (string? Category, string? Recommendation)> Facts(INamedTypeSymbol type)
    {
        var facts = new Dictionary<string, (string?, string?)>();
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst))
        {
            var data = field.GetAttributes().Where(a => a.AttributeClass?.ToDisplayString() == Attribute).ToArray();
            Assert.True(data.Length <= 1);
            string? Named(string name) => data.Length == 0 ? null : (string?)data[0].NamedArguments.SingleOrDefault(a => a.Key == name).Value.Value;
            facts[field.Name] = (Named("Category"), Named("Recommendation"));
        }

        return facts;
    }

    /// <summary>What a member's XML docs say after "Category:" and "Recommendation:", white space collapsed, placeholders as null.</summary>
    private static (string?, string?) DocFacts(IFieldSymbol field)
    {
        var paras = XDocument.Parse(field.GetDocumentationCommentXml()!).Descendants("para").Select(p => Regex.Replace(p.Value, @"\s+", " ").Trim()).ToArray();
        string? After(string label)
        {
            var text = paras.FirstOrDefault(p => p.StartsWith(label, StringComparison.Ordinal))?.Substring(label.Length).Trim();
            return text is null or "None" or "\u2014" or "n/a" ? null : text;
        }

        return (After("Category:"), After("Recommendation:"));
    }
}
