using ErrorCodeGen.Model;
using Xunit;

namespace ErrorCodeGen;

/// <summary>Catalog comparison without positions in the spec (a regenerated page has other line numbers).</summary>
internal static class CatalogComparison
{
    /// <summary>Asserts the two catalogs are equal but for positions, part by part first so a failure says where.</summary>
    public static void AssertSame(Catalog expected, Catalog actual)
    {
        var e = expected.WithoutPositions();
        var a = actual.WithoutPositions();
        Assert.Equal(e.Title, a.Title);
        Assert.Equal(e.FrontMatter, a.FrontMatter);
        Assert.Equal(e.Categories.ToArray(), a.Categories.ToArray());
        Assert.Equal(e.ExtraColumns.ToArray(), a.ExtraColumns.ToArray());
        Assert.Equal(e.KeptSections.ToArray(), a.KeptSections.ToArray());
        Assert.Equal(e.Entries.Count, a.Entries.Count);
        for (var i = 0; i < e.Entries.Count; i++)
        {
            Assert.Equal(e.Entries[i], a.Entries[i]);
        }

        Assert.Equal(e, a);
    }
}
