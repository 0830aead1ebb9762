using Xunit;

namespace ErrorCodeGen.Docs.Tests;

/// <summary>The one escaping helper of the docs.</summary>
public sealed class DocTextTests
{
    [Fact]
    public void Html_escapes_markup_and_quotes_and_drops_carriage_returns()
    {
        Assert.Equal("&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;\n", DocText.Html("<a href=\"x\">Tom's & co</a>\r\n"));
        Assert.Equal("plain 😀", DocText.Html("plain 😀"));
    }

    [Theory]
    [InlineData("say \"hi\"\\", "\"say \\\"hi\\\"\\\\\"")]
    [InlineData("a\nb\tc\rd\be\ff", "\"a\\nb\\tc\\rd\\be\\ff\"")]
    [InlineData("\u0001\u202E\u2028\u200B", "\"\\u0001\\u202e\\u2028\\u200b\"")]
    [InlineData("pair 😀", "\"pair 😀\"")]
    public void Json_is_an_rfc_8259_string_with_invisible_characters_escaped(string value, string expected)
    {
        Assert.Equal(expected, DocText.Json(value));
        using var document = System.Text.Json.JsonDocument.Parse(DocText.Json(value));
        Assert.Equal(System.Text.Json.JsonValueKind.String, document.RootElement.ValueKind);
    }

    [Fact]
    public void Json_writes_a_lone_surrogate_as_U_FFFD()
    {
        // Built in code: an attribute argument cannot carry a lone surrogate.
        var value = "lone " + (char)0xD800 + " high, lone " + (char)0xDC00 + " low";

        Assert.Equal("\"lone \\ufffd high, lone \\ufffd low\"", DocText.Json(value));
    }

    [Theory]
    [InlineData("a | b", "a \\| b")]
    [InlineData("kept \\| escape", "kept \\| escape")]
    [InlineData(" two\r\nlines ", "two lines")]
    [InlineData("trailing \\", "trailing \\")]
    public void A_Markdown_cell_is_one_line_with_pipes_escaped(string markdown, string expected)
    {
        Assert.Equal(expected, DocText.MarkdownCell(markdown));
    }

    [Fact]
    public void Invisible_characters_become_visible_and_line_ends_tabs_and_pairs_stay()
    {
        const string Text = "a\u202Eb\u200B\n\tc 😀 \uDC00";

        Assert.Equal("a&#x202E;b&#x200B;\n\tc 😀 &#xDC00;", DocText.VisibleInMarkdown(Text));
        Assert.Equal("a\u27E8U+202E\u27E9b\u27E8U+200B\u27E9\n\tc 😀 \u27E8U+DC00\u27E9", DocText.VisibleInHtml(Text));
        Assert.Same("nothing to do", DocText.VisibleInHtml("nothing to do"));
    }
}
