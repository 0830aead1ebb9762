using System;

namespace ErrorCodeGen.Analyzers;

/// <summary>
/// A set of catalog positions (<see cref="CatalogCode.Index"/>) as bits, reused by the thread: a switch marks the codes
/// it handles here, and nothing is allocated per switch once the set has grown to the largest catalog. Dispose it to give
/// it back (a set that is not given back only costs the next one an allocation).
/// </summary>
internal sealed class CodeSet : IDisposable
{
    [ThreadStatic]
    private static CodeSet? t_spare;

    private ulong[] _bits = new ulong[4];

    private CodeSet()
    {
    }

    /// <summary>How many positions are in the set.</summary>
    public int Count { get; private set; }

    /// <summary>An empty set for positions 0 to <paramref name="capacity"/> - 1.</summary>
    public static CodeSet Rent(int capacity)
    {
        var set = t_spare ?? new CodeSet();
        t_spare = null;
        var words = (capacity + 63) >> 6;
        if (set._bits.Length < words)
        {
            set._bits = new ulong[words];
        }
        else
        {
            Array.Clear(set._bits, 0, words);
        }

        set.Count = 0;
        return set;
    }

    public bool Contains(int index) => (_bits[index >> 6] & (1UL << (index & 63))) != 0;

    /// <summary>Adds <paramref name="index"/>; false when it was in the set already.</summary>
    public bool Add(int index)
    {
        var mask = 1UL << (index & 63);
        if ((_bits[index >> 6] & mask) != 0)
        {
            return false;
        }

        _bits[index >> 6] |= mask;
        Count++;
        return true;
    }

    public void Dispose() => t_spare = this;
}
