using System;

namespace ErrorCodeGen.Analyzers;

/// <summary>
/// A set of catalog positions (<see cref="CatalogCode.Index"/>) as bits, over a buffer reused by the thread: a switch
/// marks the codes it handles here, and nothing is allocated per switch once the buffer is as large as the catalog.
/// Dispose it to give the buffer back (a set that is not given back only costs the next one an allocation).
/// </summary>
internal struct CodeSet : IDisposable
{
    [ThreadStatic]
    private static ulong[]? t_spare;

    private ulong[]? _bits;

    private CodeSet(ulong[] bits, int capacity)
    {
        _bits = bits;
        Capacity = capacity;
        Count = 0;
    }

    /// <summary>How many positions the set can hold (the catalog's size).</summary>
    public int Capacity { get; }

    /// <summary>How many positions are in the set.</summary>
    public int Count { get; private set; }

    /// <summary>An empty set for positions 0 to <paramref name="capacity"/> - 1.</summary>
    public static CodeSet Rent(int capacity)
    {
        var words = (capacity + 63) >> 6;
        var bits = t_spare;
        if (bits is null || bits.Length < words)
        {
            bits = new ulong[Math.Max(words, 4)];
        }
        else
        {
            t_spare = null;
            Array.Clear(bits, 0, words);
        }

        return new CodeSet(bits, capacity);
    }

    public readonly bool Contains(int index) => (_bits![index >> 6] & (1UL << (index & 63))) != 0;

    /// <summary>Adds <paramref name="index"/>; false when it was in the set already.</summary>
    public bool Add(int index)
    {
        ref var word = ref _bits![index >> 6];
        var mask = 1UL << (index & 63);
        if ((word & mask) != 0)
        {
            return false;
        }

        word |= mask;
        Count++;
        return true;
    }

    public void Dispose()
    {
        if (_bits is { } bits)
        {
            _bits = null;
            if (t_spare is null || t_spare.Length < bits.Length)
            {
                t_spare = bits;
            }
        }
    }
}
