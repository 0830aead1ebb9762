using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using ErrorCodeGen.Model;
using Microsoft.CodeAnalysis;

namespace ErrorCodeGen.Analyzers;

/// <summary>One code of a catalog enum: its value, member name and the field that declares it.</summary>
internal sealed class CatalogCode
{
    private (string? Category, string? Recommendation)? _docs;

    public CatalogCode(long value, IFieldSymbol field)
    {
        Value = value;
        Field = field;
    }

    public long Value { get; }

    public IFieldSymbol Field { get; }

    public string Name => Field.Name;

    /// <summary>The exact string the API sends for this code (from the generated <c>EWireCodes</c> table), or null.</summary>
    public string? WireCode { get; internal set; }

    /// <summary>
    /// True for a retired code (<c>[Obsolete]</c>, struck through in the spec): a switch need not handle it, and
    /// handling it would only raise CS0618.
    /// </summary>
    public bool IsRetired
    {
        get
        {
            foreach (var attribute in Field.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System" } ns } && ns.ContainingNamespace is { IsGlobalNamespace: true })
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Reads the category and the recommendation from the member's XML docs
    /// (<c>&lt;para&gt;Category: …&lt;/para&gt;</c>, <c>&lt;para&gt;Recommendation: …&lt;/para&gt;</c>); null when absent.
    /// </summary>
    public (string? Category, string? Recommendation) ReadDocs(CancellationToken cancellationToken)
    {
        // Read once per compilation; a race only parses the same docs twice.
        if (_docs is { } cached)
        {
            return cached;
        }

        var docs = ParseDocs(cancellationToken);
        _docs = docs;
        return docs;
    }

    private (string? Category, string? Recommendation) ParseDocs(CancellationToken cancellationToken)
    {
        string xml;
        try
        {
            xml = Field.GetDocumentationCommentXml(cancellationToken: cancellationToken) ?? string.Empty;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (null, null);
        }

        if (xml.Length == 0)
        {
            return (null, null);
        }

        string? category = null;
        string? recommendation = null;
        try
        {
            var document = XDocument.Parse(xml);
            foreach (var para in document.Descendants("para"))
            {
                var text = Collapse(para.Value);
                if (category is null && TryStrip(text, "Category:", out var c))
                {
                    category = c;
                }
                else if (recommendation is null && TryStrip(text, "Recommendation:", out var r))
                {
                    recommendation = r;
                }
            }
        }
        catch (XmlException)
        {
            return (null, null);
        }

        return (category, recommendation);
    }

    private static bool TryStrip(string text, string prefix, out string? rest)
    {
        rest = null;
        if (!text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var value = text.Substring(prefix.Length).Trim();
        if (!SpecPlaceholder.IsNone(value))
        {
            rest = value;
        }

        return true;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }
}

/// <summary>A catalog enum (marked <c>[ErrorCodeGen.ErrorCodeCatalog]</c>) and its codes in value order.</summary>
internal sealed class CatalogInfo
{
    /// <summary>The suffix of the generated const table of wire codes (<c>ErrorCode</c> → <c>ErrorCodeWireCodes</c>).</summary>
    internal const string WireCodesSuffix = "WireCodes";

    private readonly Dictionary<long, CatalogCode> _byValue;
    private readonly Dictionary<string, CatalogCode>? _byWire;

    private CatalogInfo(INamedTypeSymbol enumType, ImmutableArray<CatalogCode> codes, Dictionary<long, CatalogCode> byValue, Dictionary<string, CatalogCode>? byWire)
    {
        EnumType = enumType;
        Codes = codes;
        _byValue = byValue;
        _byWire = byWire;
        FullName = enumType.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
    }

    public INamedTypeSymbol EnumType { get; }

    /// <summary>The codes, one per distinct value, in ascending order.</summary>
    public ImmutableArray<CatalogCode> Codes { get; }

    /// <summary>The enum's full name, e.g. <c>Acme.MarketData.ErrorCode</c>.</summary>
    public string FullName { get; }

    public bool Contains(long value) => _byValue.ContainsKey(value);

    /// <summary>True when the API sends string codes that the catalog lists (a generated <c>EWireCodes</c> table exists).</summary>
    public bool HasWireCodes => _byWire is not null;

    /// <summary>The code whose wire code is <paramref name="wireCode"/> (ordinal), or null.</summary>
    public CatalogCode? FindWireCode(string wireCode) =>
        _byWire is not null && _byWire.TryGetValue(wireCode, out var code) ? code : null;

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
            if (attribute.AttributeClass is { Name: "ErrorCodeCatalogAttribute" } attributeClass
                && attributeClass.ContainingNamespace is { Name: "ErrorCodeGen" } ns
                && ns.ContainingNamespace is { IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }

    public static CatalogInfo Create(INamedTypeSymbol enumType)
    {
        var byValue = new Dictionary<long, CatalogCode>();
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field
                && ConstantValues.TryGetInt64(field.ConstantValue, out var value)
                && !byValue.ContainsKey(value))
            {
                byValue.Add(value, new CatalogCode(value, field));
            }
        }

        var list = new List<CatalogCode>(byValue.Values);
        list.Sort(static (a, b) => a.Value.CompareTo(b.Value));
        return new CatalogInfo(enumType, list.ToImmutableArray(), byValue, ReadWireCodes(enumType, list));
    }

    /// <summary>
    /// Reads the generated <c>EWireCodes</c> table beside the enum (its <c>const string</c> fields are in metadata, so
    /// this works for catalogs of referenced assemblies too): the field named like a member holds its wire code.
    /// </summary>
    private static Dictionary<string, CatalogCode>? ReadWireCodes(INamedTypeSymbol enumType, List<CatalogCode> codes)
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

            var byWire = new Dictionary<string, CatalogCode>(StringComparer.Ordinal);
            foreach (var member in table.GetMembers())
            {
                if (member is IFieldSymbol { IsConst: true, ConstantValue: string wire } field
                    && byName.TryGetValue(field.Name, out var code)
                    && !byWire.ContainsKey(wire))
                {
                    code.WireCode = wire;
                    byWire.Add(wire, code);
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
