using System;
using System.Linq;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Model;
using ErrorCodeGen.Parsing;
using Xunit;

namespace ErrorCodeGen.Core.Tests;

/// <summary>What IntelliSense shows for generated members: inline code as &lt;c&gt;, a readable catalog summary, real &lt;returns&gt;.</summary>
public class DocCommentTextTests
{
    private static SpecText Cell(string markdown) => new(markdown, BlockLines.Plain(markdown));

    [Theory]
    [InlineData("Add `X-API-Key` header", "Add <c>X-API-Key</c> header")]
    [InlineData("Use `List<T>` & `a > b`", "Use <c>List&lt;T&gt;</c> &amp; <c>a &gt; b</c>")]
    [InlineData("Send ``a ` tick``, then **stop**", "Send <c>a ` tick</c>, then stop")]
    [InlineData("See [the `cmd` field](https://example.com)", "See the <c>cmd</c> field")]
    [InlineData("`*/` and `\u202Eevil`", "<c>*/</c> and <c>&#x202E;evil</c>")]
    public void Inline_code_is_kept_as_c_and_everything_is_escaped(string markdown, string expected)
    {
        Assert.Equal(expected, XmlDocText.Of(Cell(markdown)));
    }

    [Theory]
    [InlineData("Plain <b>text</b> & more")]
    [InlineData("A ` lone backtick")]
    [InlineData("")]
    public void Without_a_code_span_the_text_is_the_escaped_plain_text(string markdown)
    {
        var text = Cell(markdown);
        Assert.Equal(SourceEscaping.XmlText(text.Plain), XmlDocText.Of(text));
    }

    [Fact]
    public void Markdown_the_plain_text_does_not_match_keeps_the_plain_text()
    {
        // The plain text is what the spec says; the Markdown only adds <c>. When they disagree, nothing is invented.
        var text = new SpecText("Use `x`", "Use y");
        Assert.Equal("Use y", XmlDocText.Of(text));
    }

    [Theory]
    [InlineData("API Error Codes", "API Error Codes, as the error-code spec lists them.")]
    [InlineData("Payment errors.", "Payment errors, as the error-code spec lists them.")]
    [InlineData("gRPC status codes", "gRPC status codes, as the error-code spec lists them.")]
    [InlineData("Acme Market Data API", "Error codes of Acme Market Data API.")]
    [InlineData("Errorless <Zone>", "Error codes of Errorless &lt;Zone&gt;.")]
    [InlineData("  ", "Error codes from the error-code spec.")]
    public void The_catalog_summary_reads_well_for_any_title(string title, string expected)
    {
        Assert.Equal(expected, CatalogEmitter.CatalogSummary(title));
    }

    [Fact]
    public void Generated_docs_have_real_returns_and_TryFromCode_says_its_out_value_is_meaningless_on_false()
    {
        var source = CatalogEmitter.Emit(SpecParser.Parse(ReferenceSpec.Text).Catalog, new CatalogEmitOptions("Acme"));

        Assert.DoesNotContain("See summary", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Error codes of API Error Codes", source, StringComparison.Ordinal);
        Assert.Contains("<para>Recommendation: Add <c>X-API-Key</c> header</para>", source, StringComparison.Ordinal);
        var tryFromCode = source.Substring(0, source.IndexOf("public static bool TryFromCode(", StringComparison.Ordinal));
        var docs = tryFromCode.Substring(tryFromCode.LastIndexOf("/// <summary>", StringComparison.Ordinal));
        Assert.Contains("meaningless", docs, StringComparison.Ordinal);
        Assert.Contains("0 is often <c>Success</c>", docs, StringComparison.Ordinal);

        var returns = source.Split('\n').Where(l => l.TrimStart().StartsWith("/// <returns>", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(returns);
        Assert.All(returns, r => Assert.DoesNotContain("summary", r, StringComparison.OrdinalIgnoreCase));
    }
}
