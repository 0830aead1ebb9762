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
}

/// <summary>A table column that has no role in the catalog, in table order.</summary>
public sealed record ExtraColumn(string Header);

/// <summary>
/// A top-level section of the page that is not part of the catalog (response format, handling examples, …),
/// kept verbatim so regenerated docs lose nothing. <see cref="BeforeCatalog"/> tells where it stood.
/// </summary>
public sealed record KeptSection(string Markdown, bool BeforeCatalog);
