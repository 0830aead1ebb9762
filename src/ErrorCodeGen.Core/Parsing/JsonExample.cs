using System.Globalization;
using System.Text;

namespace ErrorCodeGen.Parsing;

/// <summary>
/// Reads the top-level <c>code</c>, <c>message</c> and <c>cmd</c> members of a JSON example (and, for string codes,
/// the string values of <c>code</c>, <c>errcode</c>, <c>error_code</c>, <c>error</c> and <c>error_description</c>). Tolerant: an example
/// that is not valid JSON (<c>{ ... }</c>) gives what could be read, never an exception.
/// </summary>
internal readonly record struct JsonExample(long? Code, string? Message, string? Command)
{
    /// <summary>The string value of <c>code</c>, <c>errcode</c> or <c>error_code</c> (the first met), when it is one.</summary>
    public string? TextCode { get; init; }

    /// <summary>The string value of <c>error</c>: a string code (<c>invalid_grant</c>) or a message beside <c>errcode</c>.</summary>
    public string? Error { get; init; }

    /// <summary>The string value of <c>error_description</c>.</summary>
    public string? Description { get; init; }

    public static JsonExample Read(string json)
    {
        string? textCode = null;
        string? error = null;
        string? description = null;
        long? code = null;
        string? message = null;
        string? command = null;
        var depth = 0;
        var i = 0;
        string? pendingKey = null;
        var expectValue = false;
        while (i < json.Length)
        {
            var c = json[i];
            switch (c)
            {
                case '{':
                case '[':
                    depth++;
                    expectValue = false;
                    pendingKey = null;
                    i++;
                    break;
                case '}':
                case ']':
                    depth--;
                    i++;
                    break;
                case '"':
                {
                    var value = ReadString(json, ref i);
                    if (depth == 1 && expectValue && pendingKey is not null)
                    {
                        if (pendingKey == "message")
                        {
                            message ??= value;
                        }
                        else if (pendingKey == "cmd")
                        {
                            command ??= value;
                        }
                        else if (pendingKey is "code" or "errcode" or "error_code")
                        {
                            textCode ??= value;
                        }
                        else if (pendingKey == "error")
                        {
                            error ??= value;
                        }
                        else if (pendingKey == "error_description")
                        {
                            description ??= value;
                        }

                        expectValue = false;
                        pendingKey = null;
                    }
                    else if (depth == 1)
                    {
                        pendingKey = value;
                    }

                    break;
                }

                case ':':
                    expectValue = pendingKey is not null;
                    i++;
                    break;
                case ',':
                    expectValue = false;
                    pendingKey = null;
                    i++;
                    break;
                default:
                    if (depth == 1 && expectValue && pendingKey == "code" && (c == '-' || (c >= '0' && c <= '9')))
                    {
                        var start = i;
                        i++;
                        while (i < json.Length && json[i] >= '0' && json[i] <= '9')
                        {
                            i++;
                        }

                        if (code is null && long.TryParse(json.Substring(start, i - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                        {
                            code = number;
                        }

                        expectValue = false;
                        pendingKey = null;
                    }
                    else
                    {
                        i++;
                    }

                    break;
            }
        }

        return new JsonExample(code, message, command) { TextCode = textCode, Error = error, Description = description };
    }

    private static string ReadString(string json, ref int i)
    {
        var builder = new StringBuilder();
        i++; // opening quote
        while (i < json.Length)
        {
            var c = json[i++];
            if (c == '"')
            {
                break;
            }

            if (c != '\\' || i >= json.Length)
            {
                builder.Append(c);
                continue;
            }

            var e = json[i++];
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'u':
                    if (i + 4 <= json.Length && int.TryParse(json.Substring(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
                    {
                        builder.Append((char)unit);
                        i += 4;
                    }
                    else
                    {
                        builder.Append('u');
                    }

                    break;
                default: builder.Append(e); break;
            }
        }

        return builder.ToString();
    }
}
