using System.Collections.Immutable;

namespace ErrorCodeGen.Analyzers;

/// <summary>
/// Which catalog an <c>int</c>/<c>long</c> or <c>string</c> switch is over, one rule for both (for strings only the
/// catalogs with wire codes, the generated <c>EWireCodes</c> table, take part). The candidates are the catalog named by
/// <c>errorcodegen.catalog</c>, else every catalog the compilation sees. A switch whose value is a code member
/// (<c>errorcodegen.code_members</c>, default <c>Code</c>, <c>ErrorCode</c>, <c>ErrCode</c>; any case) is over the only
/// candidate, unless it has constant labels and none is a code (one known code among them is enough: a misspelt label is
/// what ECG0002 is for), or over the candidate most of its labels point to; any other switch is over codes when more than
/// half of its constant labels (and at least two non-zero ones) are codes of one catalog.
/// </summary>
internal static class CatalogChoice
{
    /// <summary>Whether any catalog can be a candidate (decided before the labels are read).</summary>
    public static bool AnyCandidate(CatalogIndex index, ErrorCodeSwitchOptions options, bool strings)
    {
        if (options.Catalog is not null)
        {
            return index.FindByName(options.Catalog) is { } named && (!strings || named.HasWireCodes);
        }

        return strings ? index.AnyWireCatalog : !index.All.IsEmpty;
    }

    public static CatalogInfo? Find(CatalogIndex index, ErrorCodeSwitchOptions options, bool byName, bool strings, SwitchLabels labels)
    {
        var constants = 0;
        for (var i = 0; i < labels.ConstantCount; i++)
        {
            if ((labels[i].Text is not null) == strings)
            {
                constants++;
            }
        }

        if (!byName && constants < 2)
        {
            return null;
        }

        var candidates = options.Catalog is not null && index.FindByName(options.Catalog) is { } named
            ? ImmutableArray.Create(named)
            : index.All;
        CatalogInfo? only = null;
        var count = 0;
        foreach (var candidate in candidates)
        {
            if (!strings || candidate.HasWireCodes)
            {
                only = candidate;
                count++;
            }
        }

        if (byName && count == 1)
        {
            return constants == 0 || Hits(only!, labels, strings, stopAtFirst: true).Codes > 0 ? only : null;
        }

        CatalogInfo? best = null;
        var bestHits = default(Tally);
        var tie = false;
        foreach (var candidate in candidates)
        {
            if (strings && !candidate.HasWireCodes)
            {
                continue;
            }

            var hits = Hits(candidate, labels, strings, stopAtFirst: false);
            if (hits.Codes > bestHits.Codes)
            {
                best = candidate;
                bestHits = hits;
                tie = false;
            }
            else if (hits.Codes == bestHits.Codes && hits.Codes > 0)
            {
                tie = true;
            }
        }

        if (tie || best is null)
        {
            return null;
        }

        return byName || (bestHits.NonZero >= 2 && bestHits.Codes * 2 > constants) ? best : null;
    }

    /// <summary>How many of the constants (numbers, or strings for a string switch) are codes of the catalog, and how many of those are not 0.</summary>
    private static Tally Hits(CatalogInfo catalog, SwitchLabels labels, bool strings, bool stopAtFirst)
    {
        var tally = default(Tally);
        for (var i = 0; i < labels.ConstantCount; i++)
        {
            ref readonly var constant = ref labels[i];
            if ((constant.Text is not null) != strings || constant.IndexIn(catalog) < 0)
            {
                continue;
            }

            tally.Codes++;
            if (strings || constant.Value != 0)
            {
                tally.NonZero++;
            }

            if (stopAtFirst)
            {
                break;
            }
        }

        return tally;
    }

    private struct Tally
    {
        public int Codes;
        public int NonZero;
    }
}
