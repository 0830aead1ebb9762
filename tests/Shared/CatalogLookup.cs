using ErrorCodeGen.Model;

namespace ErrorCodeGen;

/// <summary>Finding an entry of a parsed catalog by its code, for assertions (linked into the test projects that need it).</summary>
internal static class CatalogLookup
{
    public static ErrorEntry? Find(this Catalog catalog, int code)
    {
        foreach (var entry in catalog.Entries)
        {
            if (entry.Code == code)
            {
                return entry;
            }
        }

        return null;
    }

    public static ErrorEntry? FindWireCode(this Catalog catalog, string wireCode)
    {
        foreach (var entry in catalog.Entries)
        {
            if (string.Equals(entry.WireCode, wireCode, System.StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }
}
