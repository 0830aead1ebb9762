using System.Globalization;
using System.Runtime.CompilerServices;
using Acme.MarketData;

namespace ErrorCodeGen.Benchmarks.Prototype;

/// <summary>
/// PROTOTYPE of what src/ErrorCodeGen.Core/Emit/CodeLookup.cs + CatalogEmitter.cs could emit (measured beside the
/// generated helpers, not shipped): a direct <c>code - min</c> slot table whenever the code range fits 64 Ki
/// entries (the reference spec: 0..5002, a 5 KB byte table) instead of the <c>code % M</c> table plus the
/// <c>s_codes[index] == code</c> check, and <c>AggressiveInlining</c> on the index lookup and the one-line
/// accessors, with the rare fallback kept out of line.
/// </summary>
internal static class DirectLookupPrototype
{
    private static readonly int s_min;
    private static readonly byte[] s_slots;
    private static readonly string[] s_names;
    private static readonly ErrorCodeRetryClassification[] s_retry;

    static DirectLookupPrototype()
    {
        var values = ErrorCodeExtensions.GetValues();
        var min = int.MaxValue;
        var max = int.MinValue;
        foreach (var value in values)
        {
            min = System.Math.Min(min, (int)value);
            max = System.Math.Max(max, (int)value);
        }

        s_min = min;
        s_slots = new byte[max - min + 1];
        s_names = new string[values.Length];
        s_retry = new ErrorCodeRetryClassification[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            s_slots[(int)values[i] - min] = (byte)(i + 1);
            s_names[i] = values[i].ToStringFast();
            s_retry[i] = values[i].GetRetryClassification();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOf(int code)
    {
        var offset = (uint)(code - s_min);
        var slots = s_slots;
        return offset < (uint)slots.Length ? slots[offset] - 1 : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string ToStringFast(ErrorCode value)
    {
        var index = IndexOf((int)value);
        return index >= 0 ? s_names[index] : Number((int)value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ErrorCodeRetryClassification GetRetryClassification(ErrorCode value)
    {
        var index = IndexOf((int)value);
        return index >= 0 ? s_retry[index] : ErrorCodeRetryClassification.DoNotRetry;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDefined(int code) => IndexOf(code) >= 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
