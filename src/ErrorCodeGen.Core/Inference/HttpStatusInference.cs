namespace ErrorCodeGen.Inference;

/// <summary>
/// Infers the HTTP status of a code that the table gives no HTTP column for. The classes follow
/// google.rpc.Code's HTTP mapping; the rules are listed in the README ("Inference rules"), first match wins.
/// </summary>
public static class HttpStatusInference
{
    /// <summary>The outcome: a status, "no HTTP status" (a transport-only error), or undecided.</summary>
    public readonly record struct Result(int? Status, bool Decided);

    public static Result Infer(in InferenceInput input)
    {
        // 1. Success.
        if (input.Code == 0 || IsSuccessMeaning(input.Meaning))
        {
            return new(200, true);
        }

        // 2. Errors of a channel other than HTTP (WebSocket frames) have no HTTP status.
        if (input.CategoryHas("websocket", "socket", "stream", "subscription channel"))
        {
            return new(null, true);
        }

        // 3. The meaning names the class.
        if (input.MeaningHas("not found", "does not exist", "doesn't exist", "unknown symbol", "no such"))
        {
            return new(404, true);
        }

        if (input.MeaningHas("permission", "whitelist", "allowlist", "forbidden", "access denied", "not allowed"))
        {
            return new(403, true);
        }

        if (input.MeaningHas("api key", "apikey", "token", "unauthenticated", "unauthorized", "credential", "signature", "not authenticated"))
        {
            return new(401, true);
        }

        if (input.MeaningHas("rate limit", "rate exceeded", "quota", "too many requests", "throttl"))
        {
            return new(429, true);
        }

        if (input.MeaningHas("internal"))
        {
            return new(500, true);
        }

        if (input.MeaningHas("unavailable", "maintenance", "overloaded"))
        {
            return new(503, true);
        }

        if (input.MeaningHas("timeout", "timed out"))
        {
            return new(504, true);
        }

        // 4. The category heading names the class.
        if (input.CategoryHas("authentication", "auth errors"))
        {
            return new(401, true);
        }

        if (input.CategoryHas("permission", "authorization", "access"))
        {
            return new(403, true);
        }

        if (input.CategoryHas("parameter", "validation", "argument", "request", "input"))
        {
            return new(400, true);
        }

        if (input.CategoryHas("rate limit", "quota", "limit", "throttl"))
        {
            return new(429, true);
        }

        if (input.CategoryHas("service", "server", "internal", "system"))
        {
            return new(500, true);
        }

        // 5. Words of a bad request.
        if (input.MeaningHas("invalid", "missing", "required", "malformed", "bad request"))
        {
            return new(400, true);
        }

        return new(null, false);
    }

    private static bool IsSuccessMeaning(string meaning) =>
        string.Equals(meaning.Trim(), "success", System.StringComparison.OrdinalIgnoreCase)
        || string.Equals(meaning.Trim(), "ok", System.StringComparison.OrdinalIgnoreCase);
}
