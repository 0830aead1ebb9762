using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace ErrorCodeGen.Benchmarks.Prototype;

/// <summary>A code a switch does not handle, as passed from the analyzer to the code fix.</summary>
internal sealed record MissingCode(long Value, string Name, string? Category, string? Recommendation);

/// <summary>
/// The diagnostic properties of ECG0001/ECG0003: the code fix reads the missing codes from here and never parses
/// the message. <c>Kind</c> is <c>Enum</c> or <c>Int</c>; <c>Codes</c> is the comma-separated list of values;
/// <c>Name.&lt;code&gt;</c>, <c>Category.&lt;code&gt;</c> and <c>Recommendation.&lt;code&gt;</c> describe each.
/// </summary>
internal static class SwitchDiagnosticProperties
{
    public const string Kind = "Kind";
    public const string Codes = "Codes";
    public const string EnumKind = "Enum";
    public const string IntKind = "Int";

    private const string NamePrefix = "Name.";
    private const string CategoryPrefix = "Category.";
    private const string RecommendationPrefix = "Recommendation.";

    public static ImmutableDictionary<string, string?> Encode(bool isEnum, IReadOnlyList<MissingCode> codes)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        builder[Kind] = isEnum ? EnumKind : IntKind;
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
        }

        builder[Codes] = string.Join(",", values);
        return builder.ToImmutable();
    }

    public static bool TryDecode(ImmutableDictionary<string, string?> properties, out bool isEnum, out ImmutableArray<MissingCode> codes)
    {
        isEnum = false;
        codes = ImmutableArray<MissingCode>.Empty;
        if (!properties.TryGetValue(Kind, out var kind) || !properties.TryGetValue(Codes, out var list) || string.IsNullOrEmpty(list))
        {
            return false;
        }

        isEnum = string.Equals(kind, EnumKind, StringComparison.Ordinal);
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
            builder.Add(new MissingCode(value, name!, category, recommendation));
        }

        codes = builder.ToImmutable();
        return codes.Length > 0;
    }
}
