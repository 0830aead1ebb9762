namespace ErrorCodeGen.Model;

/// <summary>
/// Everything the generator, the CLI and the docs writers know about one spec: its codes (in table order),
/// its categories (in document order) and the parts of the page kept for regenerated docs.
/// </summary>
public sealed record Catalog(
    string Title,
    EquatableArray<ErrorEntry> Entries,
    EquatableArray<Category> Categories,
    string? FrontMatter,
    EquatableArray<ExtraColumn> ExtraColumns,
    EquatableArray<KeptSection> KeptSections)
{
    /// <summary>Whether the API sends numbers or strings as codes (<see cref="CodeKind.Numeric"/> unless the page's codes are identifiers).</summary>
    public CodeKind CodeKind { get; init; }

    /// <summary>True when the entries carry wire code strings: a string-code catalog, or a numeric one with a symbolic name per code.</summary>
    public bool HasWireCodes => CodeKind == CodeKind.String || (Entries.Count > 0 && Entries[0].WireCode is not null);

    /// <summary>Finds the entry for a code, or null.</summary>
    public ErrorEntry? Find(int code)
    {
        foreach (var entry in Entries)
        {
            if (entry.Code == code)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The code of <paramref name="entry"/> as the API sends it: the wire string in a string-code catalog, else the number.</summary>
    public string CodeText(ErrorEntry entry) => CodeKind == CodeKind.String && entry.WireCode is not null
        ? entry.WireCode
        : entry.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Finds the entry whose wire code is <paramref name="wireCode"/> (ordinal, case-sensitive), or null.</summary>
    public ErrorEntry? FindWireCode(string wireCode)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.WireCode, wireCode, System.StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }
}

/// <summary>A table column that has no role in the catalog, in table order.</summary>
public sealed record ExtraColumn(string Header);

/// <summary>
/// A top-level section of the page that is not part of the catalog (response format, handling examples, …),
/// kept verbatim so regenerated docs lose nothing. <see cref="BeforeCatalog"/> tells where it stood.
/// </summary>
public sealed record KeptSection(string Markdown, bool BeforeCatalog);
