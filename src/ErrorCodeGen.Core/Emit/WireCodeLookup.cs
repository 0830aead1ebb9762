using System;
using System.Collections.Generic;
using System.Globalization;

namespace ErrorCodeGen.Emit;

/// <summary>
/// Chooses, at build time, a perfect hash over a catalog's wire codes so that the generated <c>TryFromWireCode</c>
/// is one predictable length check, a few arithmetic operations, two array reads and one ordinal
/// <c>string.Equals</c>: slot = <c>(Length × A + code[P] × B + code[Q]) &amp; Mask</c>, where P and Q are character
/// positions counted from the start or from the end (within the shortest code), searched over table sizes (a power of
/// two from N to 16 N), positions and small multipliers; the first collision-free choice wins, so the output is
/// deterministic. When two characters cannot tell the codes apart, a third is added
/// (<c>Length × A + code[P] × B + code[Q] × C + code[R]</c>).
/// When no choice is collision-free (very large or very similar code sets) the lookup is a C# <c>switch</c> on the
/// string, which the compiler turns into its own hash.
/// </summary>
internal sealed class WireCodeLookup
{
    private static readonly int[] LengthMultipliers = { 0, 1, 3, 7, 31 };
    private static readonly int[] CharMultipliers = { 1, 3, 5, 7, 11, 13, 31, 37 };
    private static readonly int[] ThreeLengthMultipliers = { 0, 1, 31 };
    private static readonly int[] ThreeCharMultipliers = { 1, 3, 7, 31, 131 };
    private const int MaxTableLength = 1 << 16;
    private const long SearchBudget = 40_000_000;

    private readonly string[] _codes;

    private WireCodeLookup(string[] codes, int mask, int minLength, int p, int q, int a, int b, int[] slots, int r = NoPosition, int c = 0)
    {
        R = r;
        C = c;
        _codes = codes;
        Mask = mask;
        MinLength = minLength;
        P = p;
        Q = q;
        A = a;
        B = b;
        Slots = slots;
    }

    /// <summary>True when a perfect hash was found; false means the generated lookup is a string switch.</summary>
    public bool IsPerfectHash => Slots.Length > 0;

    public int Mask { get; }

    public int MinLength { get; }

    public int P { get; }

    public int Q { get; }

    public int A { get; }

    public int B { get; }

    /// <summary>The third character position, or <see cref="NoPosition"/> for the two-character hash.</summary>
    public int R { get; }

    /// <summary>The multiplier of the character at <see cref="Q"/> in the three-character hash (1 otherwise).</summary>
    public int C { get; }

    /// <summary>Marks an unused third position.</summary>
    public const int NoPosition = int.MinValue;

    /// <summary>Slot → index of the code + 1, or 0 for an empty slot.</summary>
    public int[] Slots { get; }

    /// <summary>The slot of <paramref name="code"/> (at least <see cref="MinLength"/> long), exactly as the generated code computes it.</summary>
    public int SlotOf(string code) => R == NoPosition ? Slot(code, A, P, B, Q, Mask) : Slot3(code, A, P, B, Q, C, R, Mask);

    private static int Slot3(string code, int a, int p, int b, int q, int c, int r, int mask) =>
        unchecked((code.Length * a) + (code[p >= 0 ? p : code.Length + p] * b) + (code[q >= 0 ? q : code.Length + q] * c) + code[r >= 0 ? r : code.Length + r]) & mask;

    private static int Slot(string code, int a, int p, int b, int q, int mask) =>
        unchecked((code.Length * a) + (code[p >= 0 ? p : code.Length + p] * b) + code[q >= 0 ? q : code.Length + q]) & mask;

    /// <summary>The shortest code that has a character at <paramref name="position"/>.</summary>
    private static int Reach(int position) => position >= 0 ? position + 1 : -position;

    private static string CharAt(int position) =>
        position >= 0 ? "code[" + Number(position) + "]" : "code[code.Length - " + Number(-position) + "]";

    /// <summary>Searches a perfect hash for <paramref name="codes"/> (distinct, non-empty).</summary>
    public static WireCodeLookup Build(string[] codes)
    {
        if (codes.Length == 0)
        {
            return new WireCodeLookup(codes, 0, 0, 0, 0, 0, 0, Array.Empty<int>());
        }

        var minLength = int.MaxValue;
        foreach (var code in codes)
        {
            minLength = Math.Min(minLength, code.Length);
        }

        var size = 1;
        while (size < codes.Length)
        {
            size <<= 1;
        }

        // Positions 0..7 from the start, then -1..-8 from the end (-1 is the last character).
        var reach = Math.Min(minLength, 8);
        var positions = new int[reach * 2];
        for (var i = 0; i < reach; i++)
        {
            positions[i] = i;
            positions[reach + i] = -(i + 1);
        }

        var stamp = new int[Math.Min(MaxTableLength, size << 4)];
        var round = 0;
        long work = 0;
        for (var tableLength = size; tableLength <= Math.Min(MaxTableLength, size << 4); tableLength <<= 1)
        {
            var mask = tableLength - 1;
            foreach (var p in positions)
            {
                foreach (var q in positions)
                {
                    if (p == q)
                    {
                        continue;
                    }

                    foreach (var a in LengthMultipliers)
                    {
                        foreach (var b in CharMultipliers)
                        {
                            var hash = new TwoCharacters(a, p, b, q, mask);
                            if (IsPerfect(codes, hash, stamp, ref round, ref work))
                            {
                                return new WireCodeLookup(codes, mask, Math.Max(Reach(p), Reach(q)), p, q, a, b, Fill(codes, hash, tableLength));
                            }

                            if (work > SearchBudget)
                            {
                                return new WireCodeLookup(codes, 0, 0, 0, 0, 0, 0, Array.Empty<int>());
                            }
                        }
                    }
                }
            }
        }

        // Three characters: codes that differ in more places than two characters can tell apart (ERR_0001 … ERR_0200).
        for (var tableLength = size; tableLength <= Math.Min(MaxTableLength, size << 4); tableLength <<= 1)
        {
            var mask = tableLength - 1;
            for (var pi = 0; pi < positions.Length; pi++)
            {
                for (var qi = pi + 1; qi < positions.Length; qi++)
                {
                    for (var ri = qi + 1; ri < positions.Length; ri++)
                    {
                        int p = positions[pi], q = positions[qi], r = positions[ri];
                        foreach (var a in ThreeLengthMultipliers)
                        {
                            foreach (var b in ThreeCharMultipliers)
                            {
                                foreach (var c in ThreeCharMultipliers)
                                {
                                    var hash = new ThreeCharacters(a, p, b, q, c, r, mask);
                                    if (IsPerfect(codes, hash, stamp, ref round, ref work))
                                    {
                                        return new WireCodeLookup(codes, mask, Math.Max(Reach(p), Math.Max(Reach(q), Reach(r))), p, q, a, b, Fill(codes, hash, tableLength), r, c);
                                    }

                                    if (work > SearchBudget)
                                    {
                                        return new WireCodeLookup(codes, 0, 0, 0, 0, 0, 0, Array.Empty<int>());
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        return new WireCodeLookup(codes, 0, 0, 0, 0, 0, 0, Array.Empty<int>());
    }

    /// <summary>
    /// True when <paramref name="hash"/> gives every code its own slot. <paramref name="stamp"/> marks the slots taken in
    /// this round (a new round clears it without writing); <paramref name="work"/> counts the codes hashed, for the budget.
    /// </summary>
    private static bool IsPerfect<THash>(string[] codes, THash hash, int[] stamp, ref int round, ref long work)
        where THash : struct, IHash
    {
        round++;
        for (var i = 0; i < codes.Length; i++)
        {
            var slot = hash.Slot(codes[i]);
            if (stamp[slot] == round)
            {
                work += i + 1;
                return false;
            }

            stamp[slot] = round;
        }

        return true;
    }

    /// <summary>The slot table of a perfect <paramref name="hash"/>: slot → index of the code + 1, 0 when empty.</summary>
    private static int[] Fill<THash>(string[] codes, THash hash, int tableLength)
        where THash : struct, IHash
    {
        var slots = new int[tableLength];
        for (var i = 0; i < codes.Length; i++)
        {
            slots[hash.Slot(codes[i])] = i + 1;
        }

        return slots;
    }

    /// <summary>A candidate hash (a struct, so that the search is specialised for each and calls it without indirection).</summary>
    private interface IHash
    {
        int Slot(string code);
    }

    private readonly struct TwoCharacters(int a, int p, int b, int q, int mask) : IHash
    {
        public int Slot(string code) => WireCodeLookup.Slot(code, a, p, b, q, mask);
    }

    private readonly struct ThreeCharacters(int a, int p, int b, int q, int c, int r, int mask) : IHash
    {
        public int Slot(string code) => Slot3(code, a, p, b, q, c, r, mask);
    }

    /// <summary>
    /// Writes the lookup's tables: <c>s_wireSlotCodes</c> (the wire code in each slot, null when empty) and
    /// <c>s_wireSlotValues</c> (the member in each slot).
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="enumName">The enum type.</param>
    /// <param name="maybeNull">The nullable annotation of the slot table's element type (<c>?</c> or nothing): empty slots hold null.</param>
    /// <param name="codeExpressions">For each code index, the C# expression of its wire code (a constant).</param>
    /// <param name="memberExpressions">For each code index, the C# expression of its member.</param>
    public void WriteFields(SourceWriter writer, string enumName, string maybeNull, IReadOnlyList<string> codeExpressions, IReadOnlyList<string> memberExpressions)
    {
        if (!IsPerfectHash)
        {
            return;
        }

        var codes = new List<string>(Slots.Length);
        var members = new List<string>(Slots.Length);
        foreach (var slot in Slots)
        {
            codes.Add(slot == 0 ? "null" : codeExpressions[slot - 1]);
            members.Add(slot == 0 ? "default(" + enumName + ")" : memberExpressions[slot - 1]);
        }

        writer.Array("private static readonly string" + maybeNull + "[] s_wireSlotCodes = new string" + maybeNull + "[]", codes);
        writer.Array("private static readonly " + enumName + "[] s_wireSlotValues = new " + enumName + "[]", members);
    }

    /// <summary>Writes the body of <c>TryFromWireCode(string code, out E value)</c>.</summary>
    public void WriteTryFrom(SourceWriter writer, string enumName, IReadOnlyList<string> codeExpressions, IReadOnlyList<string> memberExpressions)
    {
        if (IsPerfectHash)
        {
            writer.Line("if (code != null && code.Length >= " + Number(MinLength) + ")");
            writer.Line("{");
            writer.Line(R == NoPosition
                ? "    int slot = unchecked((code.Length * " + Number(A) + ") + (" + CharAt(P) + " * " + Number(B) + ") + " + CharAt(Q) + ") & " + Number(Mask) + ";"
                : "    int slot = unchecked((code.Length * " + Number(A) + ") + (" + CharAt(P) + " * " + Number(B) + ") + (" + CharAt(Q) + " * " + Number(C) + ") + " + CharAt(R) + ") & " + Number(Mask) + ";");
            writer.Line("    if (string.Equals(code, s_wireSlotCodes[slot]))");
            writer.Line("    {");
            writer.Line("        value = s_wireSlotValues[slot];");
            writer.Line("        return true;");
            writer.Line("    }");
            writer.Line("}");
            writer.Line();
            writer.Line("value = default(" + enumName + ");");
            writer.Line("return false;");
            return;
        }

        writer.Line("switch (code)");
        writer.Line("{");
        for (var i = 0; i < _codes.Length; i++)
        {
            writer.Line("    case " + codeExpressions[i] + ":");
            writer.Line("        value = " + memberExpressions[i] + ";");
            writer.Line("        return true;");
        }

        writer.Line("    default:");
        writer.Line("        value = default(" + enumName + ");");
        writer.Line("        return false;");
        writer.Line("}");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
