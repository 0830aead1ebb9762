namespace ErrorCodeGen.Model;

/// <summary>What an API sends as the code of an error: a number or a symbolic string.</summary>
public enum CodeKind
{
    /// <summary>
    /// The wire code is a number, and the enum value is that number. Entries may still carry a symbolic
    /// <see cref="ErrorEntry.WireCode"/> (an RPC status table with <c>Code | Id</c>: <c>OK | 0</c>).
    /// </summary>
    Numeric = 0,

    /// <summary>
    /// The wire code is a string (<c>M_FORBIDDEN</c>, <c>accessDenied</c>); enum values are 1…N in page order, so
    /// <c>default(E)</c> is never a code.
    /// </summary>
    String = 1,
}
