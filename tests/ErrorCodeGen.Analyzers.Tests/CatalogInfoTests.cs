using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodeGen.Analyzers.Tests;

/// <summary>What the analyzers read from a catalog enum: positions, value and wire-code lookups, and the member facts.</summary>
public sealed class CatalogInfoTests
{
    private static CatalogInfo Catalog(string source, string enumName = "Api.Codes")
    {
        var compilation = CSharpCompilation.Create(
            "Catalogs",
            new[] { CSharpSyntaxTree.ParseText(ErrorCodeGen.Emit.CatalogEmitter.CatalogAttributeSource), CSharpSyntaxTree.ParseText(source) },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return new CatalogIndex(compilation).Get(compilation.GetTypeByMetadataName(enumName)!)!;
    }

    [Theory]
    [InlineData("A = -3, B = 0, C = 7, D = 4000")]
    [InlineData("A = -3, B = 0, C = 7, D = 2000000000")]
    public void Values_map_to_positions_in_dense_and_sparse_catalogs(string members)
    {
        var catalog = Catalog("namespace Api { [ErrorCodeGen.ErrorCodeCatalog] public enum Codes : long { " + members + " } }");
        Assert.Equal(new[] { "A", "B", "C", "D" }, catalog.Codes.Select(c => c.Name));
        for (var i = 0; i < catalog.Codes.Length; i++)
        {
            Assert.Equal(i, catalog.Codes[i].Index);
            Assert.Equal(i, catalog.IndexOf(catalog.Codes[i].Value));
        }

        foreach (var missing in new[] { long.MinValue, -4, -2, 1, 6, 8, 3999, 4001, 2000000001, long.MaxValue })
        {
            Assert.Equal(-1, catalog.IndexOf(missing));
        }
    }

    [Fact]
    public void Member_facts_come_from_the_ErrorCodeMember_attribute_folded_to_one_line()
    {
        var catalog = Catalog("""
            namespace Api
            {
                [ErrorCodeGen.ErrorCodeCatalog]
                public enum Codes
                {
                    [global::ErrorCodeGen.ErrorCodeMember(Category = "Auth", Recommendation = "Renew the key,\n  then retry\r\n")]
                    Expired = 1,
                    [global::ErrorCodeGen.ErrorCodeMember(Recommendation = "   ")]
                    [System.Obsolete("retired")]
                    Old = 2,
                    [Other.ErrorCodeMember(Category = "Not ours")]
                    Plain = 3,
                }
            }

            namespace Other
            {
                internal sealed class ErrorCodeMemberAttribute : System.Attribute
                {
                    public string? Category { get; set; }
                }
            }
            """);
        Assert.Equal(new CatalogCode(0, 1, "Expired", false, "Auth", "Renew the key, then retry"), catalog.Codes[0]);
        Assert.Equal(new CatalogCode(1, 2, "Old", true, null, null), catalog.Codes[1]);
        Assert.Equal(new CatalogCode(2, 3, "Plain", false, null, null), catalog.Codes[2]);
        Assert.Equal(new[] { 1 }, catalog.Retired);
    }

    [Fact]
    public void A_code_set_counts_its_positions_and_starts_empty_after_reuse()
    {
        var set = CodeSet.Rent(130);
        Assert.True(set.Add(0));
        Assert.True(set.Add(64));
        Assert.True(set.Add(129));
        Assert.False(set.Add(64));
        Assert.Equal(3, set.Count);
        Assert.True(set.Contains(129));
        Assert.False(set.Contains(128));
        set.Dispose();

        using var second = CodeSet.Rent(130);
        Assert.Same(set, second);
        Assert.Equal(0, second.Count);
        Assert.False(second.Contains(0));
        Assert.False(second.Contains(64));
        Assert.False(second.Contains(129));
    }
}
