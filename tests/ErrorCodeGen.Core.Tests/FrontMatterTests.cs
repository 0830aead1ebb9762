using ErrorCodeGen.Model;
using Xunit;

namespace ErrorCodeGen.Core.Tests;

/// <summary>The one front-matter reader: flat <c>key: value</c> lines.</summary>
public sealed class FrontMatterTests
{
    [Theory]
    [InlineData("---\ntitle: API Errors\n---\n", "title", "API Errors")]
    [InlineData("---\r\ntitle:   \"Quoted: yes\"  \r\n---\r\n", "title", "Quoted: yes")]
    [InlineData("---\ndescription: 'single'\n---\n", "description", "single")]
    [InlineData("---\ntitle: \"unbalanced'\n---\n", "title", "\"unbalanced'")]
    [InlineData("---\ntitle:\n---\n", "title", "")]
    [InlineData("title: no fences\nother: x", "other", "x")]
    public void Value_reads_a_top_level_key(string frontMatter, string key, string expected)
    {
        Assert.Equal(expected, FrontMatter.Value(frontMatter, key));
    }

    [Theory]
    [InlineData("---\ntitle: A\n---\n", "description")]
    [InlineData("---\nmeta:\n  title: nested\n---\n", "title")]
    [InlineData("---\ntitles: A\n---\n", "title")]
    [InlineData(null, "title")]
    public void Value_is_null_for_a_missing_or_nested_key(string? frontMatter, string key)
    {
        Assert.Null(FrontMatter.Value(frontMatter, key));
    }
}
