using System.Globalization;
using System.IO;
using System.Linq;
using ErrorCodeGen.Core.Tests;
using ErrorCodeGen.Parsing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodeGen.Generator.Tests;

/// <summary>The layout test pages of the core tests through the generator: they compile clean and their lookups answer as the page says.</summary>
public class LayoutPagesTests
{
    private static string Page(string name) =>
        name == "api-reference" ? ApiReferencePage.Build() : File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Specs", name));

    [Theory]
    [InlineData("code-headings.md")]
    [InlineData("name-blocks.md")]
    [InlineData("definition-list.md")]
    [InlineData("mdx-gateway.md")]
    [InlineData("http-status.md")]
    [InlineData("http-heading.md")]
    [InlineData("api-reference")]
    [InlineData("string-code-headings.md")]
    [InlineData("string-code-headings-camel.md")]
    [InlineData("string-codes-details.md")]
    public void Compiles_clean_and_every_lookup_answers_as_the_page_says(string name)
    {
        var text = Page(name);
        var entries = SpecParser.Parse(text).Catalog.Entries;
        Assert.NotEmpty(entries);

        // One line per code: what the generated lookups say about it (by number, so retired members raise no CS0618).
        string Code(int c) => "((ErrorCode)(" + c.ToString(CultureInfo.InvariantCulture) + "))";
        var lines = string.Join(",\n", entries.Select(e =>
            "ErrorCodeExtensions.IsDefined(" + e.Code.ToString(CultureInfo.InvariantCulture) + ") + \"|\" + " + Code(e.Code) + ".ToStringFast() + \"|\" + "
            + "(int?)" + Code(e.Code) + ".GetHttpStatus() + \"|\" + " + Code(e.Code) + ".GetRetryClassification() + \"|\" + " + Code(e.Code) + ".GetMeaning()"));
        var result = GeneratorHarness.Run(
            new[] { SpecFile.Spec("/repo/" + name, text, "Pages") },
            "using Pages; /// <summary>Probe.</summary>\npublic static class Probe { /// <summary>Run.</summary>\n/// <returns>Answers.</returns>\npublic static string[] Run() => new string[] {\n" + lines + "\n}; }");
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompilationErrorsAndWarnings());

        var expected = entries.Select(e => "True|" + e.Name + "|" + (e.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? string.Empty) + "|" + e.Retry + "|" + e.Meaning.Plain).ToArray();
        Assert.Equal(expected, GeneratorHarness.RunProbe<string[]>(result.Output));
    }

    [Fact]
    public void Several_messages_of_one_code_are_listed_and_a_retired_code_is_obsolete()
    {
        var result = GeneratorHarness.Run(
            new[] { SpecFile.Spec("/repo/mdx-gateway.md", Page("mdx-gateway.md"), "Gateway") },
            """
            using Gateway;
            /// <summary>Probe.</summary>
            public static class Probe
            {
                /// <summary>Run.</summary>
                /// <returns>Answers.</returns>
                public static string[] Run()
                {
                    var obsolete = typeof(ErrorCode).GetField("InvalidShard")!.GetCustomAttributes(typeof(System.ObsoleteAttribute), false).Length;
                    var current = typeof(ErrorCode).GetField("UnknownOpcode")!.GetCustomAttributes(typeof(System.ObsoleteAttribute), false).Length;
                    return ErrorCode.InvalidFormBody.GetMessages()
                        .Concat(ErrorCode.UnknownChannel.GetMessages())
                        .Concat(((ErrorCode)123456).GetMessages())
                        .Concat(new[] { obsolete + "/" + current })
                        .ToArray();
                }
            }
            """.Replace("using Gateway;", "using System.Linq; using Gateway;"));
        Assert.Empty(result.CompilationErrorsAndWarnings());
        Assert.Equal(
            new[] { "Invalid form body", "Invalid form body: a field was too long", "Invalid form body: a required field was missing", "Unknown channel", "1/0" },
            GeneratorHarness.RunProbe<string[]>(result.Output));
        var source = result.Source("Gateway.ErrorCode.g.cs");
        Assert.Contains("/// <para>Other messages:</para>", source);
        Assert.Contains("[global::System.Obsolete(\"Code 4010 is retired: the error-code spec strikes it through.\")]", source);
        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "ECG1030" && d.Severity == DiagnosticSeverity.Warning && d.Location.GetLineSpan().StartLinePosition.Line == 34);
        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "ECG1031" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void A_catalog_without_several_messages_has_no_GetMessages()
    {
        var source = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/http-status.md", Page("http-status.md"), "Billing") }).Source("Billing.ErrorCode.g.cs");
        Assert.DoesNotContain("GetMessages", source);
        Assert.DoesNotContain("Obsolete", source);
    }
}
