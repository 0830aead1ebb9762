using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ErrorCodeGen.Model;
using Microsoft.CodeAnalysis;

namespace ErrorCodeGen.Analyzers;

/// <summary>
/// One code of a catalog enum: its position in the catalog, value, member name, and the facts the generator put on the
/// member (<c>[ErrorCodeGen.ErrorCodeMember(Category = …, Recommendation = …)]</c>, <c>[Obsolete]</c> for a retired code),
/// all read once from the member's attributes, which metadata keeps (no XML docs file is needed).
/// </summary>
/// <param name="Index">The code's position in <see cref="CatalogInfo.Codes"/> (the bit of a <see cref="CodeSet"/>).</param>
/// <param name="Value">The code's value.</param>
/// <param name="Name">The member's name.</param>
/// <param name="IsRetired">
/// True for a retired code (<c>[Obsolete]</c>, struck through in the spec): a switch need not handle it, and handling it
/// would only raise CS0618.
/// </param>
/// <param name="Category">The spec's category of the code, one line; null when the spec gives none.</param>
/// <param name="Recommendation">The spec's recommendation for the code, one line; null when the spec gives none.</param>
internal sealed record CatalogCode(int Index, long Value, string Name, bool IsRetired, string? Category, string? Recommendation)
{
    /// <summary>The exact string the API sends for this code (from the generated <c>EWireCodes</c> table), or null.</summary>
    public string? WireCode { get; internal set; }

    /// <summary>Reads a member's code facts from its attributes (matched by name, so a copy in any assembly counts).</summary>
    public static CatalogCode Read(int index, long value, IFieldSymbol field)
    {
        var retired = false;
        string? category = null;
        string? recommendation = null;
        foreach (var attribute in field.GetAttributes())
        {
            if (IsAttribute(attribute, "System", "ObsoleteAttribute"))
            {
                retired = true;
            }
            else if (IsAttribute(attribute, CatalogInfo.AttributeNamespace, CatalogInfo.MemberAttributeName))
            {
                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Value.Value is not string text)
                    {
                        continue;
                    }

                    // The attribute's properties are named as the facts they carry.
                    switch (argument.Key)
                    {
                        case nameof(Category):
                            category = OneLine(text);
                            break;
                        case nameof(Recommendation):
                            recommendation = OneLine(text);
                            break;
                    }
                }
            }
        }

        return new CatalogCode(index, value, field.Name, retired, category, recommendation);
    }

    /// <summary>Whether <paramref name="attribute"/> is <c>global::<paramref name="ns"/>.<paramref name="name"/></c> (a one-part namespace).</summary>
    internal static bool IsAttribute(AttributeData attribute, string ns, string name) =>
        attribute.AttributeClass is { } type
        && string.Equals(type.Name, name, StringComparison.Ordinal)
        && type.ContainingNamespace is { } containing
        && string.Equals(containing.Name, ns, StringComparison.Ordinal)
        && containing.ContainingNamespace is { IsGlobalNamespace: true };

    /// <summary>The text on one line (white space runs folded to a space, ends trimmed), or null when nothing is left.</summary>
    private static string? OneLine(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(" ", words);
    }
}

/// <summary>
/// A catalog enum (marked <c>[ErrorCodeGen.ErrorCodeCatalog]</c>) and its codes in value order, with value → position
/// and wire code → position lookups that allocate nothing.
/// </summary>
internal sealed class CatalogInfo
{
    /// <summary>The suffix of the generated const table of wire codes (<c>ErrorCode</c> → <c>ErrorCodeWireCodes</c>).</summary>
    internal const string WireCodesSuffix = "WireCodes";

    /// <summary>The namespace of the generated attributes, matched by name (each assembly has its own copy).</summary>
    internal const string AttributeNamespace = "ErrorCodeGen";
    internal const string CatalogAttributeName = "ErrorCodeCatalogAttribute";
    internal const string MemberAttributeName = "ErrorCodeMemberAttribute";

    /// <summary>A value range up to this many times the number of codes (and at least 4,096) gets a direct table.</summary>
    private const int DenseFactor = 16;

    private readonly long[] _values;
    private readonly int[]? _dense;
    private readonly long _min;
    private readonly Dictionary<string, int>? _byWire;

    private CatalogInfo(INamedTypeSymbol enumType, ImmutableArray<CatalogCode> codes, Dictionary<string, int>? byWire)
    {
        Codes = codes;
        _byWire = byWire;
        FullName = enumType.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        QualifiedName = enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        _values = new long[codes.Length];
        var retired = new List<int>();
        for (var i = 0; i < codes.Length; i++)
        {
            _values[i] = codes[i].Value;
            if (codes[i].IsRetired)
            {
                retired.Add(i);
            }
        }

        Retired = retired.ToArray();
        if (codes.Length > 0)
        {
            _min = _values[0];
            var span = unchecked((ulong)(_values[codes.Length - 1] - _min));
            if (span < (ulong)Math.Max(4096, codes.Length * DenseFactor))
            {
                _dense = new int[(int)span + 1];
                for (var i = 0; i < _dense.Length; i++)
                {
                    _dense[i] = -1;
                }

                for (var i = 0; i < codes.Length; i++)
                {
                    _dense[(int)(_values[i] - _min)] = i;
                }
            }
        }
    }

    /// <summary>The codes, one per distinct value, in ascending order; a code's position is its <see cref="CatalogCode.Index"/>.</summary>
    public ImmutableArray<CatalogCode> Codes { get; }

    /// <summary>The positions of the retired codes (which a switch need not handle).</summary>
    public int[] Retired { get; }

    /// <summary>The enum's full name, e.g. <c>Acme.MarketData.ErrorCode</c>.</summary>
    public string FullName { get; }

    /// <summary>The enum's name as code writes it anywhere, e.g. <c>global::Acme.MarketData.ErrorCode</c>.</summary>
    public string QualifiedName { get; }

    /// <summary>The position of the code valued <paramref name="value"/>, or -1.</summary>
    public int IndexOf(long value)
    {
        if (_dense is not null)
        {
            var offset = unchecked((ulong)(value - _min));
            return value >= _min && offset < (ulong)_dense.Length ? _dense[(int)offset] : -1;
        }

        var found = Array.BinarySearch(_values, value);
        return found >= 0 ? found : -1;
    }

    /// <summary>True when the API sends string codes that the catalog lists (a generated <c>EWireCodes</c> table exists).</summary>
    public bool HasWireCodes => _byWire is not null;

    /// <summary>The position of the code whose wire code is <paramref name="wireCode"/> (ordinal), or -1.</summary>
    public int IndexOfWire(string wireCode) =>
        _byWire is not null && _byWire.TryGetValue(wireCode, out var index) ? index : -1;

    /// <summary>
    /// The wire code closest to <paramref name="text"/>: the same code in another case, else the one at the smallest edit
    /// distance (at most a third of its length, and at least 2); null when none is close.
    /// </summary>
    public string? ClosestWireCode(string text) => _byWire is null ? null : Closest(text, wireCodes: true);

    /// <summary>
    /// The code closest to <paramref name="value"/>, by the same rule on the decimal digits (<c>1010</c> gives <c>1001</c>):
    /// a swapped or mistyped digit or two; null when none is close. Retired codes are not suggested.
    /// </summary>
    public string? ClosestCode(long value) => NumbersAreCodes ? Closest(value.ToString(CultureInfo.InvariantCulture), wireCodes: false) : null;

    /// <summary>
    /// False for a catalog of string codes, whose members are valued 1 to N in the spec's order (a number is then no code
    /// of the API, and the nearest position would be no help).
    /// </summary>
    private bool NumbersAreCodes
    {
        get
        {
            if (_byWire is null)
            {
                return true;
            }

            for (var i = 0; i < Codes.Length; i++)
            {
                if (Codes[i].Value != i + 1 || Codes[i].WireCode is null)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private string? Closest(string text, bool wireCodes)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var code in Codes)
        {
            var candidate = wireCodes ? code.WireCode : code.IsRetired ? null : code.Value.ToString(CultureInfo.InvariantCulture);
            if (candidate is not { } known)
            {
                continue;
            }

            if (string.Equals(known, text, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }

            var limit = Math.Max(2, known.Length / 3);
            var distance = EditDistance.Compute(text, known, Math.Min(limit, bestDistance - 1));
            if (distance <= limit && distance < bestDistance)
            {
                best = known;
                bestDistance = distance;
            }
        }

        return best;
    }

    public static bool IsCatalog(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Enum)
        {
            return false;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (CatalogCode.IsAttribute(attribute, AttributeNamespace, CatalogAttributeName))
            {
                return true;
            }
        }

        return false;
    }

    public static CatalogInfo Create(INamedTypeSymbol enumType)
    {
        var fields = new List<(long Value, IFieldSymbol Field)>();
        var seen = new HashSet<long>();
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field
                && ConstantValues.TryGetInt64(field.ConstantValue, out var value)
                && seen.Add(value))
            {
                fields.Add((value, field));
            }
        }

        // Of members that share a value the first declared stands for it (the others are aliases); values are distinct.
        fields.Sort(static (a, b) => a.Value.CompareTo(b.Value));
        var codes = ImmutableArray.CreateBuilder<CatalogCode>(fields.Count);
        for (var i = 0; i < fields.Count; i++)
        {
            codes.Add(CatalogCode.Read(i, fields[i].Value, fields[i].Field));
        }

        var list = codes.MoveToImmutable();
        return new CatalogInfo(enumType, list, ReadWireCodes(enumType, list));
    }

    /// <summary>
    /// Reads the generated <c>EWireCodes</c> table beside the enum (its <c>const string</c> fields are in metadata, so
    /// this works for catalogs of referenced assemblies too): the field named like a member holds its wire code.
    /// </summary>
    private static Dictionary<string, int>? ReadWireCodes(INamedTypeSymbol enumType, ImmutableArray<CatalogCode> codes)
    {
        var name = enumType.Name + WireCodesSuffix;
        var candidates = enumType.ContainingType is { } outer ? outer.GetTypeMembers(name) : enumType.ContainingNamespace.GetTypeMembers(name);
        foreach (var table in candidates)
        {
            if (table.Arity != 0 || !table.IsStatic)
            {
                continue;
            }

            var byName = new Dictionary<string, CatalogCode>(StringComparer.Ordinal);
            foreach (var code in codes)
            {
                byName[code.Name] = code;
            }

            var byWire = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var member in table.GetMembers())
            {
                if (member is IFieldSymbol { IsConst: true, ConstantValue: string wire } field
                    && byName.TryGetValue(field.Name, out var code)
                    && !byWire.ContainsKey(wire))
                {
                    code.WireCode = wire;
                    byWire.Add(wire, code.Index);
                }
            }

            return byWire.Count > 0 ? byWire : null;
        }

        return null;
    }
}

/// <summary>Numeric constants as <see cref="long"/>, without culture-sensitive conversions.</summary>
internal static class ConstantValues
{
    public static bool TryGetInt64(object? value, out long result)
    {
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case short s: result = s; return true;
            case sbyte sb: result = sb; return true;
            case byte b: result = b; return true;
            case ushort us: result = us; return true;
            case uint ui: result = ui; return true;
            case ulong ul when ul <= long.MaxValue: result = (long)ul; return true;
            default: result = 0; return false;
        }
    }
}
