using System;
using System.Collections.Generic;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Docs;

/// <summary>
/// What every docs renderer shows of one catalog, decided once: the codes in table order, the detail groups (the
/// categories in document order, then one <see cref="OtherCodesHeading"/> group for the codes of no category), the
/// error codes by HTTP status, and per code the texts a renderer prints. The renderers format it; none of them groups
/// codes or picks fields itself.
/// </summary>
public sealed class DocLayout
{
    private DocLayout(Catalog catalog, IReadOnlyList<DocCode> codes, IReadOnlyList<DocGroup> groups, IReadOnlyList<DocStatusGroup> errorStatuses)
    {
        Catalog = catalog;
        Codes = codes;
        Groups = groups;
        ErrorStatuses = errorStatuses;
        var before = new List<KeptSection>();
        var after = new List<KeptSection>();
        foreach (var kept in catalog.KeptSections)
        {
            (kept.BeforeCatalog ? before : after).Add(kept);
        }

        SectionsBefore = before;
        SectionsAfter = after;
    }

    /// <summary>The catalog the layout was built from (title, code kind, extra columns, front matter).</summary>
    public Catalog Catalog { get; }

    /// <summary>Every code, in table order.</summary>
    public IReadOnlyList<DocCode> Codes { get; }

    /// <summary>The detail groups: one per category (in document order, empty ones too), then <see cref="OtherCodesHeading"/> when a code has no category. Each code is in exactly one group.</summary>
    public IReadOnlyList<DocGroup> Groups { get; }

    /// <summary>The codes of each HTTP error status (success codes left out), statuses ascending, codes in table order.</summary>
    public IReadOnlyList<DocStatusGroup> ErrorStatuses { get; }

    /// <summary>The spec's own sections that stood before the catalog.</summary>
    public IReadOnlyList<KeptSection> SectionsBefore { get; }

    /// <summary>The spec's own sections that stood after the catalog.</summary>
    public IReadOnlyList<KeptSection> SectionsAfter { get; }

    /// <summary>The heading of the quick-reference table.</summary>
    public const string TableHeading = "Error Code Quick Reference";

    /// <summary>The heading above the detail groups.</summary>
    public const string DetailsHeading = "Detailed Descriptions";

    /// <summary>The heading of the group of codes that belong to no category.</summary>
    public const string OtherCodesHeading = "Other codes";

    /// <summary>The value of a front-matter key (<see cref="FrontMatter.Value"/>): null when absent.</summary>
    public string? FrontMatterValue(string key) => FrontMatter.Value(Catalog.FrontMatter, key);

    public static DocLayout Create(Catalog catalog)
    {
        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        var categories = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var category in catalog.Categories)
        {
            if (!categories.ContainsKey(category.Name))
            {
                categories.Add(category.Name, category);
            }
        }

        var codes = new List<DocCode>(catalog.Entries.Count);
        foreach (var entry in catalog.Entries)
        {
            var category = entry.Category is { } name && categories.TryGetValue(name, out var found) ? found : null;
            codes.Add(new DocCode(catalog, entry, category));
        }

        return new DocLayout(catalog, codes, Group(catalog, codes), ByStatus(codes));
    }

    private static List<DocGroup> Group(Catalog catalog, List<DocCode> codes)
    {
        var groups = new List<DocGroup>();
        var placed = new HashSet<int>();
        foreach (var category in catalog.Categories)
        {
            var members = new List<DocCode>();
            foreach (var code in codes)
            {
                if (code.Entry.Category == category.Name && placed.Add(code.Entry.Code))
                {
                    members.Add(code);
                }
            }

            groups.Add(new DocGroup(category.Title, category.RangePattern is { Length: > 0 } range ? range : null, "category-" + category.Name, category, members));
        }

        var other = new List<DocCode>();
        foreach (var code in codes)
        {
            if (placed.Add(code.Entry.Code))
            {
                other.Add(code);
            }
        }

        if (other.Count > 0)
        {
            groups.Add(new DocGroup(OtherCodesHeading, null, "category-none", null, other));
        }

        return groups;
    }

    private static List<DocStatusGroup> ByStatus(List<DocCode> codes)
    {
        var statuses = new SortedDictionary<int, List<DocCode>>();
        foreach (var code in codes)
        {
            if (code.Entry.HttpStatus is { } status && !code.Entry.IsSuccess)
            {
                if (!statuses.TryGetValue(status, out var list))
                {
                    statuses.Add(status, list = new List<DocCode>());
                }

                list.Add(code);
            }
        }

        var groups = new List<DocStatusGroup>(statuses.Count);
        foreach (var pair in statuses)
        {
            groups.Add(new DocStatusGroup(pair.Key, pair.Value));
        }

        return groups;
    }
}

/// <summary>A detail group: a category's heading text and range and its codes, or the codes of no category (<see cref="Category"/> null).</summary>
public sealed record DocGroup(string Heading, string? Range, string Anchor, Category? Category, IReadOnlyList<DocCode> Codes);

/// <summary>The error codes that answer with one HTTP status.</summary>
public sealed record DocStatusGroup(int Status, IReadOnlyList<DocCode> Codes);

/// <summary>One code as the docs show it.</summary>
public sealed class DocCode
{
    internal DocCode(Catalog catalog, ErrorEntry entry, Category? category)
    {
        Entry = entry;
        Category = category;
        Code = catalog.CodeText(entry);
        CodeJson = catalog.CodeKind == CodeKind.String ? DocText.Json(Code) : DocText.Number(entry.Code);
        MarkdownCode = entry.WireCode is { } wire ? "`" + wire + "`" : DocText.Number(entry.Code);
        WireName = catalog.CodeKind != CodeKind.String ? entry.WireCode : null;
        Example = entry.HasWireMessage ? "{\n  \"code\": " + CodeJson + ",\n  \"message\": " + DocText.Json(entry.Message) + "\n}" : null;
    }

    /// <summary>The spec's entry: meaning, recommendation, causes, solutions, notes, status, retry.</summary>
    public ErrorEntry Entry { get; }

    /// <summary>The entry's category, or null.</summary>
    public Category? Category { get; }

    /// <summary>The code as the API sends it: the wire string of a string-code catalog, else the number.</summary>
    public string Code { get; }

    /// <summary>The code as a JSON value: a string for a string-code catalog, else a number.</summary>
    public string CodeJson { get; }

    /// <summary>
    /// The code column of regenerated Markdown: a wire code in backticks whenever the entry has one (so a numeric table
    /// with a symbolic code column reads back the same, its number staying in its own column), else the number.
    /// </summary>
    public string MarkdownCode { get; }

    /// <summary>The symbolic name the API sends beside a numeric code (an RPC status table's <c>Id</c>), or null.</summary>
    public string? WireName { get; }

    /// <summary>The JSON response the spec shows for the code (<c>{ "code", "message" }</c>), or null when the spec shows none.</summary>
    public string? Example { get; }

    /// <summary>The retry classification in words.</summary>
    public string RetryLabel => Entry.Retry switch
    {
        RetryClassification.None => "None (success)",
        RetryClassification.DoNotRetry => "Do not retry",
        RetryClassification.RetryWithBackoff => "Retry with backoff",
        RetryClassification.RetryAfterDelay => "Retry after delay",
        RetryClassification.UseFallback => "Use fallback",
        _ => Entry.Retry.ToString(),
    };
}
