namespace ErrorCodeGen.Model;

/// <summary>How a client should react to an error code. Mirrors the generated <c>…RetryClassification</c> enum.</summary>
public enum RetryClassification
{
    /// <summary>Not an error (success).</summary>
    None = 0,

    /// <summary>Retrying the same request gives the same error.</summary>
    DoNotRetry = 1,

    /// <summary>Transient: retry with exponential backoff, honouring Retry-After when sent.</summary>
    RetryWithBackoff = 2,

    /// <summary>Wait for Retry-After (60 s when absent) before retrying.</summary>
    RetryAfterDelay = 3,

    /// <summary>Use another channel, e.g. the HTTP API instead of a WebSocket subscription.</summary>
    UseFallback = 4,
}
