namespace ErrorCodeGen.Model;

/// <summary>
/// A located range in the spec text. Lines and columns are 0-based (like Roslyn's <c>LinePosition</c>);
/// <see cref="Start"/> and <see cref="Length"/> are character offsets into the text.
/// </summary>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The start of the document.</summary>
    public static SourceSpan DocumentStart => new(0, 0, 0, 0, 0, 0);

    public int End => Start + Length;

    /// <summary>1-based line and column, as compilers print them.</summary>
    public override string ToString() => $"({Line + 1},{Column + 1},{EndLine + 1},{EndColumn + 1})";
}
