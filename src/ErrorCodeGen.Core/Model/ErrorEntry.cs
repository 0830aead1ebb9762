namespace ErrorCodeGen.Model;

/// <summary>One error code of a catalog: a row of the quick-reference table plus its detail section.</summary>
public sealed record ErrorEntry(
    int Code,
    string Name,
    SpecText Meaning,
    SpecText Recommendation,
    string Message,
    bool HasWireMessage,
    EquatableArray<SpecText> Causes,
    EquatableArray<SpecText> Solutions,
    EquatableArray<SpecText> Notes,
    string? Category,
    int? HttpStatus,
    RetryClassification Retry,
    EquatableArray<ExtraCell> ExtraCells,
    SourceSpan Span)
{
    /// <summary>
    /// The exact code text the API sends (<c>M_FORBIDDEN</c>) when it is a string; null when the wire code is
    /// <see cref="Code"/> itself. Set for every entry of a <see cref="CodeKind.String"/> catalog, and for every entry of
    /// a numeric catalog whose table has a symbolic code beside the number.
    /// </summary>
    public string? WireCode { get; init; }

    /// <summary>True for the success code (retry classification <see cref="RetryClassification.None"/>).</summary>
    public bool IsSuccess => Retry == RetryClassification.None;

    /// <summary>Whether a client may send the request again (RetryWithBackoff, RetryAfterDelay).</summary>
    public bool IsRetryable => Retry is RetryClassification.RetryWithBackoff or RetryClassification.RetryAfterDelay;
}

/// <summary>A cell of a column the catalog has no role for, kept so docs can show it.</summary>
public sealed record ExtraCell(string Column, SpecText Value);
