using System;
using System.Globalization;
using System.Linq;
using System.Collections.Generic;

namespace ErrorCodeGen.Emit;

/// <summary>
/// Chooses how generated code maps a wire code to its dense table index, so that lookups are a couple of
/// array reads instead of a branchy switch over sparse codes (which mispredicts on codes arriving in random order):
/// a direct table indexed by <c>code - min</c> when the range of codes fits 64 Ki slots (or is dense), else a
/// collision-free <c>code % M</c> table, else a binary search.
/// </summary>
internal sealed class CodeLookup
{
    private const int MaxTableLength = 1 << 16;
    private const int MaxDirectLength = 1 << 20;
    private const long SearchBudget = 4_000_000;

    private readonly int[] _codes;
    private readonly Kind _kind;
    private readonly long _min;
    private readonly int _modulus;
    private readonly int[] _slots;

    private CodeLookup(int[] codes, Kind kind, long min, int modulus, int[] slots)
    {
        _codes = codes;
        _kind = kind;
        _min = min;
        _modulus = modulus;
        _slots = slots;
    }

    private enum Kind
    {
        Empty,
        Direct,
        Modulo,
        BinarySearch,
    }

    public static CodeLookup Build(int[] codes)
    {
        if (codes.Length == 0)
        {
            return new CodeLookup(codes, Kind.Empty, 0, 0, Array.Empty<int>());
        }

        long min = codes.Min();
        long max = codes.Max();
        var range = max - min + 1;
        if (range <= MaxTableLength || range <= Math.Min(MaxDirectLength, (4L * codes.Length) + 64))
        {
            var slots = new int[range];
            for (var i = 0; i < codes.Length; i++)
            {
                slots[codes[i] - min] = i + 1;
            }

            return new CodeLookup(codes, Kind.Direct, min, 0, slots);
        }

        var modulus = FindModulus(codes);
        if (modulus > 0)
        {
            var slots = new int[modulus];
            for (var i = 0; i < codes.Length; i++)
            {
                slots[(uint)codes[i] % (uint)modulus] = i + 1;
            }

            return new CodeLookup(codes, Kind.Modulo, 0, modulus, slots);
        }

        return new CodeLookup(codes, Kind.BinarySearch, 0, 0, Array.Empty<int>());
    }

    private static int FindModulus(int[] codes)
    {
        var limit = Math.Min(MaxTableLength, (8L * codes.Length) + 64);
        var seen = new int[limit + 1];
        long work = 0;
        for (var modulus = codes.Length; modulus <= limit; modulus++)
        {
            var ok = true;
            for (var i = 0; i < codes.Length; i++)
            {
                var slot = (int)((uint)codes[i] % (uint)modulus);
                if (seen[slot] == modulus)
                {
                    ok = false;
                    work += i;
                    break;
                }

                seen[slot] = modulus;
            }

            if (ok)
            {
                return modulus;
            }

            if (work > SearchBudget)
            {
                break;
            }
        }

        return 0;
    }

    private string SlotType => _codes.Length < byte.MaxValue ? "byte" : _codes.Length < ushort.MaxValue ? "ushort" : "int";

    public void WriteFields(SourceWriter writer)
    {
        var slotType = SlotType;
        switch (_kind)
        {
            case Kind.Direct:
            case Kind.Modulo:
                writer.Array("private static readonly " + slotType + "[] s_slots = new " + slotType + "[]", Numbers(_slots));
                if (_kind == Kind.Modulo)
                {
                    writer.Array("private static readonly int[] s_codes = new int[]", Numbers(_codes));
                }

                break;
            case Kind.BinarySearch:
                var order = Enumerable.Range(0, _codes.Length).OrderBy(i => _codes[i]).ToArray();
                writer.Array("private static readonly int[] s_sortedCodes = new int[]", Numbers(order.Select(i => _codes[i])));
                writer.Array("private static readonly int[] s_sortedIndexes = new int[]", Numbers(order));
                break;
        }
    }

    public void WriteIndexOf(SourceWriter writer)
    {
        switch (_kind)
        {
            case Kind.Empty:
                writer.Line("return -1;");
                break;
            case Kind.Direct:
                // unchecked: consumers may compile with CheckForOverflowUnderflow; the wrap-around is what rejects
                // codes below the minimum.
                writer.Line("uint offset = unchecked((uint)(code - (" + _min.ToString(CultureInfo.InvariantCulture) + ")));");
                writer.Line(SlotType + "[] slots = s_slots;");
                writer.Line("return offset < (uint)slots.Length ? slots[offset] - 1 : -1;");
                break;
            case Kind.Modulo:
                writer.Line("int index = s_slots[unchecked((uint)code) % " + _modulus.ToString(CultureInfo.InvariantCulture) + "U] - 1;");
                writer.Line("return index >= 0 && s_codes[index] == code ? index : -1;");
                break;
            default:
                writer.Line("int found = global::System.Array.BinarySearch(s_sortedCodes, code);");
                writer.Line("return found < 0 ? -1 : s_sortedIndexes[found];");
                break;
        }
    }

    private static IEnumerable<string> Numbers(IEnumerable<int> values) =>
        values.Select(x => x.ToString(CultureInfo.InvariantCulture));
}
