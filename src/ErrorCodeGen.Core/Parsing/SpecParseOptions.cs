namespace ErrorCodeGen.Parsing;

/// <summary>How to read a spec page. Plain data, compared by value.</summary>
/// <param name="Section">
/// The heading path of the part of the page that holds the error codes, segments separated by <c> &gt; </c>
/// (<c>Lending Market(V3) &gt; Error code:</c>); null or empty reads the whole page. Each segment matches a heading
/// case-insensitively, ignoring punctuation, spaces and <c>#</c>s; each next segment matches a heading nested under
/// the previous one (at any depth). Only the matched heading and what follows it up to the next heading of the same
/// or a higher level is read. See <see cref="SectionSelector"/>.
/// </param>
public sealed record SpecParseOptions(string? Section = null)
{
    /// <summary>The whole page.</summary>
    public static SpecParseOptions Default { get; } = new();
}
