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

    /// <summary>
    /// The catalog with every position in the spec erased: equal for two versions of a page that differ only in where
    /// things stand (lines moved, blank lines added), which is what generated code depends on. Diagnostics keep the
    /// positions; a generator compares this to decide whether to emit again.
    /// </summary>
    public Catalog WithoutPositions()
    {
        var entries = new ErrorEntry[Entries.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = Entries[i] with { Span = default };
        }

        var categories = new Category[Categories.Count];
        for (var i = 0; i < categories.Length; i++)
        {
            categories[i] = Categories[i] with { Span = default };
        }

        return this with { Entries = new EquatableArray<ErrorEntry>(entries), Categories = new EquatableArray<Category>(categories) };
    }

    /// <summary>The code of <paramref name="entry"/> as the API sends it: the wire string in a string-code catalog, else the number.</summary>
    public string CodeText(ErrorEntry entry) => CodeKind == CodeKind.String && entry.WireCode is not null
        ? entry.WireCode
        : entry.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A table column that has no role in the catalog, in table order.</summary>
public sealed record ExtraColumn(string Header);

/// <summary>
/// A top-level section of the page that is not part of the catalog (response format, handling examples, …),
/// kept verbatim so regenerated docs lose nothing. <see cref="BeforeCatalog"/> tells where it stood.
/// </summary>
public sealed record KeptSection(string Markdown, bool BeforeCatalog);
