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

    /// <summary>
    /// True for a success code: an HTTP 2xx status, or code 0 when the code has no HTTP status. Decided by the code and
    /// its status only, never by the retry classification: a Retry "None" on a 402 is still an error.
    /// </summary>
    public bool IsSuccess => HttpStatus is >= 200 and < 300 || (HttpStatus is null && Code == 0);

    /// <summary>
    /// Other messages the spec gives for this code, in page order (the same code on several rows of one table, more
    /// bullets under a code heading, more definitions): the API sends any of them. Empty for most codes.
    /// </summary>
    public EquatableArray<SpecText> OtherMessages { get; init; }

    /// <summary>True when the spec strikes the code through (<c>~~10018~~</c>): a retired code, generated as <c>[Obsolete]</c>.</summary>
    public bool IsDeprecated { get; init; }

    /// <summary>Whether a client may send the request again (RetryWithBackoff, RetryAfterDelay).</summary>
    public bool IsRetryable => Retry is RetryClassification.RetryWithBackoff or RetryClassification.RetryAfterDelay;
}

/// <summary>A cell of a column the catalog has no role for, kept so docs can show it.</summary>
public sealed record ExtraCell(string Column, SpecText Value);
