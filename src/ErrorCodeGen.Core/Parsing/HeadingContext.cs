using System;
using ErrorCodeGen.Inference;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Parsing;

/// <summary>A heading of the page that is not a code heading: a possible category of the rows under it.</summary>
internal sealed class HeadingContext
{
    public HeadingContext(int level, string text, string title, SourceSpan span, string? range)
    {
        Level = level;
        Text = text;
        Title = title;
        Span = span;
        Range = range;
        Name = IdentifierNaming.CategoryName(title);
        IsGeneric = IsGenericTitle(title);
    }

    /// <summary>"Detailed Descriptions", "Error Codes", "Reference", "Other codes": a heading that groups sections without naming a category.</summary>
    public bool IsGeneric { get; }

    public int Level { get; }

    public string Text { get; }

    public string Title { get; }

    public string Name { get; }

    public SourceSpan Span { get; }

    public string? Range { get; }

    public bool IsCategory { get; private set; }

    public void MarkCategory() => IsCategory = true;

    /// <summary>True when the heading's words include <c>HTTP</c> (a table under it is keyed by HTTP status).</summary>
    public bool SaysHttp
    {
        get
        {
            var words = Text.Split(new[] { ' ', '\t', '-', ':', '/', '(', ')', '.', ',' }, StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
            {
                if (string.Equals(word, "http", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static bool IsGenericTitle(string title)
    {
        var words = title.Split(new[] { ' ', '\t', '-', ':', '/', '&' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return true;
        }

        foreach (var word in words)
        {
            switch (word.ToLowerInvariant())
            {
                case "error": case "errors": case "code": case "codes": case "detail": case "details": case "detailed":
                case "description": case "descriptions": case "reference": case "quick": case "list": case "of":
                case "all": case "the": case "api": case "and": case "explained": case "meanings": case "more": case "other":
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }
}
