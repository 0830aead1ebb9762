using System.Collections.Generic;

namespace ErrorCodeGen.Inference;

/// <summary>
/// The rules for symbolic (string) error codes: what a string code looks like, and the C# member name it gets
/// (<c>RESOURCE_EXHAUSTED</c> → <c>ResourceExhausted</c>, <c>accessDenied</c> → <c>AccessDenied</c>, a prefix every code
/// of the page shares, such as <c>M_</c>, dropped). Culture-invariant.
/// </summary>
public static class WireCodeNaming
{
    /// <summary>The longest string code accepted.</summary>
    public const int MaxLength = 256;

    /// <summary>
    /// True when <paramref name="text"/> is a string code: a letter or '_' first, then letters, digits, '_', '-', '.'
    /// or ':' (<c>M_FORBIDDEN</c>, <c>accessDenied</c>, <c>card_declined</c>, <c>ThrottlingException</c>,
    /// <c>InvalidParameterValue.Format</c>).
    /// </summary>
    public static bool IsWireCode(string text)
    {
        if (text.Length == 0 || text.Length > MaxLength || !(text[0] == '_' || char.IsLetter(text[0])))
        {
            return false;
        }

        var hasLetterOrDigit = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hasLetterOrDigit = true;
            }
            else if (c is not ('_' or '-' or '.' or ':'))
            {
                return false;
            }
        }

        return hasLetterOrDigit;
    }

    /// <summary>
    /// The prefix every code shares up to and including a separator ('_', '-', '.', ':'), when dropping it leaves
    /// every code a name that starts with a letter: <c>M_FORBIDDEN</c>, <c>M_UNKNOWN</c> → <c>M_</c>. Empty for
    /// fewer than two codes or no such prefix.
    /// </summary>
    public static string SharedPrefix(IReadOnlyList<string> codes)
    {
        if (codes.Count < 2)
        {
            return string.Empty;
        }

        var length = codes[0].Length;
        for (var i = 1; i < codes.Count; i++)
        {
            var code = codes[i];
            var common = 0;
            var max = System.Math.Min(length, code.Length);
            while (common < max && codes[0][common] == code[common])
            {
                common++;
            }

            length = common;
        }

        // Cut back to the last separator inside the common part.
        while (length > 0 && !IsSeparator(codes[0][length - 1]))
        {
            length--;
        }

        if (length == 0)
        {
            return string.Empty;
        }

        foreach (var code in codes)
        {
            if (code.Length <= length || !char.IsLetter(code[length]))
            {
                return string.Empty;
            }
        }

        return codes[0].Substring(0, length);
    }

    /// <summary>
    /// The member name of a string code: the code without <paramref name="sharedPrefix"/>, in PascalCase
    /// (<c>RESOURCE_EXHAUSTED</c> → <c>ResourceExhausted</c>, <c>card_declined</c> → <c>CardDeclined</c>,
    /// <c>accessDenied</c> → <c>AccessDenied</c>, <c>ThrottlingException</c> kept). Empty when nothing is left.
    /// </summary>
    public static string MemberName(string wireCode, string sharedPrefix)
    {
        var text = sharedPrefix.Length > 0 && wireCode.StartsWith(sharedPrefix, System.StringComparison.Ordinal)
            ? wireCode.Substring(sharedPrefix.Length)
            : wireCode;
        return IdentifierNaming.ToPascalCase(text);
    }

    private static bool IsSeparator(char c) => c is '_' or '-' or '.' or ':';
}
