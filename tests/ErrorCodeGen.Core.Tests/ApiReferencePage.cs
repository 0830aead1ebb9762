using System.Globalization;
using System.Text;

namespace ErrorCodeGen.Core.Tests;

/// <summary>
/// Writes a long API reference page in the style of exchange and cloud API docs (about 300 KB, over 200 tables):
/// one section per endpoint with a parameter table, a response-field table and a JSON example, and the error codes in
/// two sections among them. Deterministic: the same text every time.
/// </summary>
public static class ApiReferencePage
{
    /// <summary>The codes of the two error sections, in page order.</summary>
    public static readonly int[] ErrorCodes =
    {
        1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011,
        2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009,
    };

    public const int Endpoints = 140;

    private static readonly string[] Resources =
    {
        "account", "order", "trade", "ticker", "depth", "kline", "deposit", "withdrawal", "transfer", "position",
        "funding", "ledger", "subaccount", "apikey", "margin", "loan", "savings", "staking", "convert", "rebate",
    };

    public static string Build()
    {
        var w = new StringBuilder(320 * 1024);
        w.Append("# Exchange REST API reference\n\n");
        w.Append("All endpoints take and return JSON. Timestamps are milliseconds since the Unix epoch; amounts are decimal strings.\n");
        w.Append("Signed endpoints need an `X-Api-Key` header and a `signature` parameter computed over the query string.\n\n");
        w.Append("## Rate limit headers\n\n| Header | Meaning |\n|--------|---------|\n");
        w.Append("| X-Used-Weight | Weight used in the current minute |\n| X-Order-Count | Orders placed in the current ten seconds |\n\n");
        for (var i = 0; i < Endpoints; i++)
        {
            Endpoint(w, i);
            if (i == 41)
            {
                GeneralErrors(w);
            }
        }

        OrderErrors(w);
        w.Append("## Changelog\n\n| Date | Change |\n|------|--------|\n| 2026-01-10 | Added the rebate endpoints |\n| 2026-03-02 | Depth limits raised |\n");
        return w.ToString();
    }

    private static void Endpoint(StringBuilder w, int i)
    {
        var resource = Resources[i % Resources.Length];
        var verb = (i % 3) switch { 0 => "GET", 1 => "POST", _ => "DELETE" };
        var n = i.ToString(CultureInfo.InvariantCulture);
        w.Append("## ").Append(verb).Append(" /api/v3/").Append(resource).Append('/').Append(n).Append("\n\n");
        w.Append("Returns or changes the ").Append(resource).Append(" records of the calling account (variant ").Append(n)
            .Append("). Weight: ").Append((i % 5) + 1).Append(". The endpoint is signed; see the introduction for how the signature is made.\n\n");
        w.Append("### Parameters\n\n| Name | Type | Mandatory | Description |\n|------|------|-----------|-------------|\n");
        for (var p = 0; p < 6; p++)
        {
            w.Append("| ").Append(resource).Append("Field").Append(p).Append(" | ").Append(p % 2 == 0 ? "STRING" : "LONG").Append(" | ")
                .Append(p < 2 ? "YES" : "NO").Append(" | The ").Append(ordinal(p)).Append(" filter of the ").Append(resource)
                .Append(" query; when left out, the server uses the account's default for this field and variant ").Append(n).Append(". |\n");
        }

        w.Append("\n### Response fields\n\n| Field | Type | Description |\n|-------|------|-------------|\n");
        for (var f = 0; f < 6; f++)
        {
            w.Append("| ").Append(resource).Append("Value").Append(f).Append(" | ").Append(f % 2 == 0 ? "STRING" : "NUMBER")
                .Append(" | The ").Append(ordinal(f)).Append(" value reported for the ").Append(resource).Append(", rounded to the precision of the symbol. |\n");
        }

        w.Append("\n```json\n{\n  \"").Append(resource).Append("Value0\": \"10.25\",\n  \"").Append(resource)
            .Append("Value1\": 3,\n  \"updateTime\": 1767225600000\n}\n```\n\n");

        static string ordinal(int k) => k switch { 0 => "first", 1 => "second", 2 => "third", 3 => "fourth", 4 => "fifth", _ => "sixth" };
    }

    private static void GeneralErrors(StringBuilder w)
    {
        w.Append("## General errors (10xx)\n\nErrors any endpoint may return, with the HTTP status they come with.\n\n");
        w.Append("| Code | Name | Description | HTTP |\n|------|---------|-------------|------|\n");
        w.Append("| 1000 | Unknown error | An error happened on the server while the request was handled. Try again later. | 500 |\n");
        w.Append("| 1001 | Disconnected | The server lost its connection to the matching engine. | 502 |\n");
        w.Append("| 1002 | Unauthorized | The API key may not call this endpoint. | 401 |\n");
        w.Append("| 1003 | Too many requests | The weight limit was exceeded; wait for the time in the Retry-After header. | 429 |\n");
        w.Append("| 1004 | Server busy | The server is overloaded. Please retry in a few seconds. | 503 |\n");
        w.Append("| 1005 | Unexpected response | The matching engine's answer could not be read; the order status is unknown. | 500 |\n");
        w.Append("| 1006 | Timeout | The request timed out waiting for the engine. It should resolve itself upon a retry. | 504 |\n");
        w.Append("| 1007 | Invalid timestamp | The timestamp is outside the receive window. | 400 |\n");
        w.Append("| 1008 | Invalid signature | The signature does not match the query string. | 401 |\n");
        w.Append("| 1009 | Illegal characters | A parameter holds characters that are not allowed. | 400 |\n");
        w.Append("| 1010 | Too many parameters | More parameters were sent than the endpoint takes. | 400 |\n");
        w.Append("| 1011 | IP banned | The address is banned after repeated overload. | 418 |\n\n");
    }

    private static void OrderErrors(StringBuilder w)
    {
        w.Append("## Order errors (20xx)\n\n| Code | Name | Description | HTTP |\n|------|---------|-------------|------|\n");
        w.Append("| 2000 | New order rejected | The order was not accepted by the engine. | 400 |\n");
        w.Append("| 2001 | Cancel rejected | The order could not be cancelled. | 400 |\n");
        w.Append("| 2002 | Unknown order | The order does not exist. | 404 |\n");
        w.Append("| 2003 | Insufficient balance | The account balance does not cover the order. | 400 |\n");
        w.Append("| 2004 | Price out of range | The price is outside the allowed band. | 400 |\n");
        w.Append("| 2005 | Quantity too small | The quantity is below the minimum lot. | 400 |\n");
        w.Append("| 2006 | Market closed | The market is closed for trading. | 403 |\n");
        w.Append("| 2007 | Duplicate client id | An open order already uses this client order id. | 409 |\n");
        w.Append("| 2008 | Order book busy | The book is being rebuilt. Wait a bit and retry. | 503 |\n");
        w.Append("| 2009 | Reduce only rejected | A reduce-only order would increase the position. | 400 |\n\n");
    }
}
