using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace ErrorCodeGen.Analyzers;

/// <summary>A code a switch does not handle, as passed from the analyzer to the code fix.</summary>
internal sealed record MissingCode(long Value, string Name, string? Category, string? Recommendation)
{
    /// <summary>The wire code to write as the label of a switch over string codes; null otherwise.</summary>
    public string? WireCode { get; init; }
}

/// <summary>
/// The diagnostic properties of ECG0001/ECG0003: the code fix reads the missing codes from here and never parses
/// the message. <c>Kind</c> is <c>Enum</c>, <c>Int</c> or <c>String</c>; <c>Member</c>, when present, is the code member
/// a switch on a response object tests in property patterns (<c>{ Code: 1001 }</c>); <c>Codes</c> is the
/// comma-separated list of values; <c>Name.&lt;code&gt;</c>, <c>Wire.&lt;code&gt;</c> (string switches),
/// <c>Category.&lt;code&gt;</c> and <c>Recommendation.&lt;code&gt;</c> describe each.
/// </summary>
internal static class SwitchDiagnosticProperties
{
    public const string Kind = "Kind";
    public const string Codes = "Codes";
    public const string EnumKind = "Enum";
    public const string IntKind = "Int";
    public const string StringKind = "String";
    public const string Member = "Member";

    private const string NamePrefix = "Name.";
    private const string CategoryPrefix = "Category.";
    private const string RecommendationPrefix = "Recommendation.";
    private const string WirePrefix = "Wire.";

    public static ImmutableDictionary<string, string?> Encode(SwitchKind kind, string? member, IReadOnlyList<MissingCode> codes)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        builder[Kind] = kind switch { SwitchKind.Enum => EnumKind, SwitchKind.String => StringKind, _ => IntKind };
        if (member is not null)
        {
            builder[Member] = member;
        }

        var values = new string[codes.Count];
        for (var i = 0; i < codes.Count; i++)
        {
            var code = codes[i];
            var key = code.Value.ToString(CultureInfo.InvariantCulture);
            values[i] = key;
            builder[NamePrefix + key] = code.Name;
            if (code.Category is not null)
            {
                builder[CategoryPrefix + key] = code.Category;
            }

            if (code.Recommendation is not null)
            {
                builder[RecommendationPrefix + key] = code.Recommendation;
            }

            if (code.WireCode is not null)
            {
                builder[WirePrefix + key] = code.WireCode;
            }
        }

        builder[Codes] = string.Join(",", values);
        return builder.ToImmutable();
    }

    public static bool TryDecode(ImmutableDictionary<string, string?> properties, out bool isEnum, out ImmutableArray<MissingCode> codes) =>
        TryDecode(properties, out isEnum, out _, out _, out codes);

    public static bool TryDecode(ImmutableDictionary<string, string?> properties, out bool isEnum, out bool isString, out string? member, out ImmutableArray<MissingCode> codes)
    {
        isEnum = false;
        isString = false;
        properties.TryGetValue(Member, out member);
        codes = ImmutableArray<MissingCode>.Empty;
        if (!properties.TryGetValue(Kind, out var kind) || !properties.TryGetValue(Codes, out var list) || string.IsNullOrEmpty(list))
        {
            return false;
        }

        isEnum = string.Equals(kind, EnumKind, StringComparison.Ordinal);
        isString = string.Equals(kind, StringKind, StringComparison.Ordinal);
        var builder = ImmutableArray.CreateBuilder<MissingCode>();
        foreach (var key in list!.Split(','))
        {
            if (!long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                || !properties.TryGetValue(NamePrefix + key, out var name)
                || string.IsNullOrEmpty(name))
            {
                return false;
            }

            properties.TryGetValue(CategoryPrefix + key, out var category);
            properties.TryGetValue(RecommendationPrefix + key, out var recommendation);
            properties.TryGetValue(WirePrefix + key, out var wire);
            if (isString && string.IsNullOrEmpty(wire))
            {
                return false;
            }

            builder.Add(new MissingCode(value, name!, category, recommendation) { WireCode = isString ? wire : null });
        }

        codes = builder.ToImmutable();
        return codes.Length > 0;
    }
}
