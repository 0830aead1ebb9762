namespace ErrorCodeGen.Model;

/// <summary>How a client should react to an error code. The generated <c>…RetryClassification</c> enum is written from its members: names, values and these summaries.</summary>
public enum RetryClassification
{
    /// <summary>Not an error (success).</summary>
    None = 0,

    /// <summary>Retrying the same request gives the same error.</summary>
    DoNotRetry = 1,

    /// <summary>Transient: retry with exponential backoff; honour Retry-After when the server sends it.</summary>
    RetryWithBackoff = 2,

    /// <summary>Wait for the Retry-After delay (60 seconds when absent), then retry.</summary>
    RetryAfterDelay = 3,

    /// <summary>Use another channel, e.g. the HTTP API instead of a WebSocket subscription.</summary>
    UseFallback = 4,
}
