using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace ErrorCodeGen.Analyzers;

/// <summary>A code a switch does not handle, as the code fix writes it.</summary>
/// <param name="Value">The code's value.</param>
/// <param name="Name">The catalog member's name.</param>
/// <param name="Category">The spec's category, or null.</param>
/// <param name="Recommendation">The spec's recommendation, or null.</param>
/// <param name="WireCode">The wire code, the label of a switch over string codes; null otherwise.</param>
internal sealed record MissingCode(long Value, string Name, string? Category, string? Recommendation, string? WireCode);

/// <summary>
/// What the analyzer decided about a switch it reports with ECG0001/ECG0003, all the code fix needs to place the new
/// cases (the fix reads no message, no XML docs and no syntax rules of its own): what the switch is over, the catalog enum
/// to name in labels, the code member a switch on a response object tests, where the new sections or arms go (before the
/// first catch-all, else at the end), and the missing codes. The switch itself is the diagnostic's first additional location.
/// </summary>
/// <param name="Kind">What the switch is over.</param>
/// <param name="EnumType">The catalog enum, fully qualified (<c>global::Acme.MarketData.ErrorCode</c>), for a switch over the enum.</param>
/// <param name="Member">The code member a switch on a response object tests in property patterns (<c>{ Code: 1001 }</c>), or null.</param>
/// <param name="InsertAt">The index of the section (statement) or arm (expression) before which the new ones go.</param>
/// <param name="Codes">The missing codes in ascending order.</param>
internal sealed record SwitchFixPlan(SwitchKind Kind, string? EnumType, string? Member, int InsertAt, ImmutableArray<MissingCode> Codes)
{
    // The property keys are the names of the plan's members; a missing code's facts are keyed "<fact>.<value>".
    /// <summary>The diagnostic properties for the missing codes (ascending) of <paramref name="catalog"/>.</summary>
    public static ImmutableDictionary<string, string?> Encode(SwitchKind kind, CatalogInfo catalog, string? member, int insertAt, IReadOnlyList<CatalogCode> missing)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        builder[nameof(Kind)] = kind.ToString();
        if (kind == SwitchKind.Enum)
        {
            builder[nameof(EnumType)] = catalog.QualifiedName;
        }

        if (member is not null)
        {
            builder[nameof(Member)] = member;
        }

        builder[nameof(InsertAt)] = insertAt.ToString(CultureInfo.InvariantCulture);
        var values = new string[missing.Count];
        for (var i = 0; i < missing.Count; i++)
        {
            var code = missing[i];
            var key = code.Value.ToString(CultureInfo.InvariantCulture);
            values[i] = key;
            Put(builder, nameof(MissingCode.Name), key, code.Name);
            Put(builder, nameof(MissingCode.Category), key, code.Category);
            Put(builder, nameof(MissingCode.Recommendation), key, code.Recommendation);
            Put(builder, nameof(MissingCode.WireCode), key, kind == SwitchKind.String ? code.WireCode : null);
        }

        builder[nameof(Codes)] = string.Join(",", values);
        return builder.ToImmutable();
    }

    /// <summary>Reads the plan back; false when the properties are not a complete plan.</summary>
    public static bool TryDecode(ImmutableDictionary<string, string?> properties, out SwitchFixPlan plan)
    {
        plan = null!;
        if (!properties.TryGetValue(nameof(Kind), out var kindText)
            || !TryParseKind(kindText, out var kind)
            || !properties.TryGetValue(nameof(InsertAt), out var insertAtText)
            || !int.TryParse(insertAtText, NumberStyles.None, CultureInfo.InvariantCulture, out var insertAt)
            || !properties.TryGetValue(nameof(Codes), out var list)
            || string.IsNullOrEmpty(list))
        {
            return false;
        }

        properties.TryGetValue(nameof(EnumType), out var enumType);
        properties.TryGetValue(nameof(Member), out var member);
        if (kind == SwitchKind.Enum && string.IsNullOrEmpty(enumType))
        {
            return false;
        }

        var codes = ImmutableArray.CreateBuilder<MissingCode>();
        foreach (var key in list!.Split(','))
        {
            var name = Get(properties, nameof(MissingCode.Name), key);
            var wire = Get(properties, nameof(MissingCode.WireCode), key);
            if (!long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                || string.IsNullOrEmpty(name)
                || (kind == SwitchKind.String && string.IsNullOrEmpty(wire)))
            {
                return false;
            }

            codes.Add(new MissingCode(value, name!, Get(properties, nameof(MissingCode.Category), key), Get(properties, nameof(MissingCode.Recommendation), key), wire));
        }

        plan = new SwitchFixPlan(kind, enumType, member, insertAt, codes.ToImmutable());
        return true;
    }

    private static bool TryParseKind(string? text, out SwitchKind kind)
    {
        foreach (SwitchKind candidate in new[] { SwitchKind.Enum, SwitchKind.Int, SwitchKind.String })
        {
            if (string.Equals(text, candidate.ToString(), StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static void Put(ImmutableDictionary<string, string?>.Builder builder, string field, string key, string? value)
    {
        if (value is not null)
        {
            builder[field + "." + key] = value;
        }
    }

    private static string? Get(ImmutableDictionary<string, string?> properties, string field, string key) =>
        properties.TryGetValue(field + "." + key, out var value) ? value : null;
}
