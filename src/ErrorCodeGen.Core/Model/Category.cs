namespace ErrorCodeGen.Model;

/// <summary>A category heading of the spec (<c>### Authentication Errors (1xxx)</c> → <c>Authentication</c>).</summary>
/// <param name="Name">The C# member name of the category.</param>
/// <param name="Title">The heading text as written.</param>
/// <param name="RangePattern">The code range of the heading, e.g. <c>1xxx</c>, when it has one.</param>
/// <param name="Span">Where the heading is.</param>
public sealed record Category(string Name, string Title, string? RangePattern, SourceSpan Span);
