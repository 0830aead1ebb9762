using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Acme.MarketData;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ErrorCodeGen.Benchmarks;

/// <summary>
/// The generated helpers (the catalog this project generates from spec/error-codes.md) against System.Enum,
/// a <see cref="Dictionary{TKey,TValue}"/>, a <see cref="FrozenDictionary{TKey,TValue}"/> and the floor: a
/// hand-written array indexed by a dense index computed outside the timed loop. Each invocation walks a
/// fixed-seed random sequence of <see cref="Length"/> codes, as responses arrive in any order.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GeneratedApiBenchmarks
{
    public const int Length = 1024;

    private ErrorCode[] _values = null!;
    private int[] _codes = null!;
    private int[] _dense = null!;

    private Dictionary<ErrorCode, string> _namesDictionary = null!;
    private FrozenDictionary<ErrorCode, string> _namesFrozen = null!;
    private string[] _namesFloor = null!;

    private Dictionary<ErrorCode, string> _messagesDictionary = null!;
    private FrozenDictionary<ErrorCode, string> _messagesFrozen = null!;
    private string[] _messagesFloor = null!;

    private Dictionary<ErrorCode, HttpStatusCode?> _httpDictionary = null!;
    private FrozenDictionary<ErrorCode, HttpStatusCode?> _httpFrozen = null!;
    private HttpStatusCode?[] _httpFloor = null!;

    private Dictionary<ErrorCode, ErrorCodeRetryClassification> _retryDictionary = null!;
    private FrozenDictionary<ErrorCode, ErrorCodeRetryClassification> _retryFrozen = null!;
    private ErrorCodeRetryClassification[] _retryFloor = null!;

    private Dictionary<int, ErrorCode> _codeDictionary = null!;
    private FrozenDictionary<int, ErrorCode> _codeFrozen = null!;
    private ErrorCode[] _codeFloor = null!;
    private bool[] _definedFloor = null!;

    [GlobalSetup]
    public void Setup()
    {
        var all = ErrorCodeExtensions.GetValues();
        var random = new Random(20240601);
        _values = new ErrorCode[Length];
        _codes = new int[Length];
        _dense = new int[Length];
        for (var i = 0; i < Length; i++)
        {
            var dense = random.Next(all.Length);
            _dense[i] = dense;
            _values[i] = all[dense];
            _codes[i] = (int)all[dense];
        }

        _namesDictionary = all.ToDictionary(v => v, v => v.ToString());
        _namesFrozen = _namesDictionary.ToFrozenDictionary();
        _namesFloor = all.Select(v => v.ToString()).ToArray();

        _messagesDictionary = all.ToDictionary(v => v, v => v.GetMessage());
        _messagesFrozen = _messagesDictionary.ToFrozenDictionary();
        _messagesFloor = all.Select(v => v.GetMessage()).ToArray();

        _httpDictionary = all.ToDictionary(v => v, v => v.GetHttpStatus());
        _httpFrozen = _httpDictionary.ToFrozenDictionary();
        _httpFloor = all.Select(v => v.GetHttpStatus()).ToArray();

        _retryDictionary = all.ToDictionary(v => v, v => v.GetRetryClassification());
        _retryFrozen = _retryDictionary.ToFrozenDictionary();
        _retryFloor = all.Select(v => v.GetRetryClassification()).ToArray();

        _codeDictionary = all.ToDictionary(v => (int)v, v => v);
        _codeFrozen = _codeDictionary.ToFrozenDictionary();
        _codeFloor = all;
        _definedFloor = all.Select(_ => true).ToArray();

        for (var i = 0; i < all.Length; i++)
        {
            if (all[i].ToStringFast() != all[i].ToString())
            {
                throw new InvalidOperationException("ToStringFast differs from Enum.ToString for " + all[i].ToString());
            }
        }
    }

    // ToString ---------------------------------------------------------------------------------------------

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("1 ToString")]
    public int Generated_ToStringFast()
    {
        var values = _values;
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i].ToStringFast().Length;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Length), BenchmarkCategory("1 ToString")]
    public int Enum_ToString()
    {
        var values = _values;
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i].ToString().Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("1 ToString")]
    public int Dictionary_ToString()
    {
        var values = _values;
        var map = _namesDictionary;
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += map[values[i]].Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("1 ToString")]
    public int Frozen_ToString()
    {
        var values = _values;
        var map = _namesFrozen;
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += map[values[i]].Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("1 ToString")]
    public int Floor_ToString()
    {
        var dense = _dense;
        var table = _namesFloor;
        var sum = 0;
        for (var i = 0; i < dense.Length; i++)
        {
            sum += table[dense[i]].Length;
        }

        return sum;
    }

    // GetMessage -------------------------------------------------------------------------------------------

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("2 GetMessage")]
    public int Generated_GetMessage()
    {
        var values = _values;
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i].GetMessage().Length;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Length), BenchmarkCategory("2 GetMessage")]
    public int Dictionary_GetMessage()
    {
        var values = _values;
        var map = _messagesDictionary;
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += map[values[i]].Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("2 GetMessage")]
    public int Frozen_GetMessage()
    {
        var values = _values;
        var map = _messagesFrozen;
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += map[values[i]].Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("2 GetMessage")]
    public int Floor_GetMessage()
    {
        var dense = _dense;
        var table = _messagesFloor;
        var sum = 0;
        for (var i = 0; i < dense.Length; i++)
        {
            sum += table[dense[i]].Length;
        }

        return sum;
    }

    // GetHttpStatus ----------------------------------------------------------------------------------------

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("3 GetHttpStatus")]
    public int Generated_GetHttpStatus()
    {
        var values = _values;
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += (int)values[i].GetHttpStatus().GetValueOrDefault();
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Length), BenchmarkCategory("3 GetHttpStatus")]
    public int Dictionary_GetHttpStatus()
    {
        var values = _values;
        var map = _httpDictionary;
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += (int)map[values[i]].GetValueOrDefault();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("3 GetHttpStatus")]
    public int Frozen_GetHttpStatus()
    {
        var values = _values;
        var map = _httpFrozen;
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += (int)map[values[i]].GetValueOrDefault();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("3 GetHttpStatus")]
    public int Floor_GetHttpStatus()
    {
        var dense = _dense;
        var table = _httpFloor;
        var sum = 0;
        for (var i = 0; i < dense.Length; i++)
        {
            sum += (int)table[dense[i]].GetValueOrDefault();
        }

        return sum;
    }

    // GetRetryClassification -------------------------------------------------------------------------------

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("4 GetRetryClassification")]
    public int Generated_GetRetryClassification()
    {
        var values = _values;
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += (int)values[i].GetRetryClassification();
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Length), BenchmarkCategory("4 GetRetryClassification")]
    public int Dictionary_GetRetryClassification()
    {
        var values = _values;
        var map = _retryDictionary;
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += (int)map[values[i]];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("4 GetRetryClassification")]
    public int Frozen_GetRetryClassification()
    {
        var values = _values;
        var map = _retryFrozen;
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += (int)map[values[i]];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("4 GetRetryClassification")]
    public int Floor_GetRetryClassification()
    {
        var dense = _dense;
        var table = _retryFloor;
        var sum = 0;
        for (var i = 0; i < dense.Length; i++)
        {
            sum += (int)table[dense[i]];
        }

        return sum;
    }

    // TryFromCode ------------------------------------------------------------------------------------------

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("5 TryFromCode")]
    public int Generated_TryFromCode()
    {
        var codes = _codes;
        var sum = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            if (ErrorCodeExtensions.TryFromCode(codes[i], out var value))
            {
                sum += (int)value;
            }
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Length), BenchmarkCategory("5 TryFromCode")]
    public int Enum_IsDefined_TryFromCode()
    {
        var codes = _codes;
        var sum = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            var value = (ErrorCode)codes[i];
            if (Enum.IsDefined(value))
            {
                sum += (int)value;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("5 TryFromCode")]
    public int Dictionary_TryFromCode()
    {
        var codes = _codes;
        var map = _codeDictionary;
        var sum = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            if (map.TryGetValue(codes[i], out var value))
            {
                sum += (int)value;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("5 TryFromCode")]
    public int Frozen_TryFromCode()
    {
        var codes = _codes;
        var map = _codeFrozen;
        var sum = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            if (map.TryGetValue(codes[i], out var value))
            {
                sum += (int)value;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("5 TryFromCode")]
    public int Floor_TryFromCode()
    {
        var dense = _dense;
        var table = _codeFloor;
        var sum = 0;
        for (var i = 0; i < dense.Length; i++)
        {
            sum += (int)table[dense[i]];
        }

        return sum;
    }

    // IsDefined --------------------------------------------------------------------------------------------

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("6 IsDefined")]
    public int Generated_IsDefined()
    {
        var codes = _codes;
        var sum = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            if (ErrorCodeExtensions.IsDefined(codes[i]))
            {
                sum++;
            }
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Length), BenchmarkCategory("6 IsDefined")]
    public int Enum_IsDefined()
    {
        var codes = _codes;
        var sum = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            if (Enum.IsDefined((ErrorCode)codes[i]))
            {
                sum++;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("6 IsDefined")]
    public int Dictionary_IsDefined()
    {
        var codes = _codes;
        var map = _codeDictionary;
        var sum = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            if (map.ContainsKey(codes[i]))
            {
                sum++;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("6 IsDefined")]
    public int Frozen_IsDefined()
    {
        var codes = _codes;
        var map = _codeFrozen;
        var sum = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            if (map.ContainsKey(codes[i]))
            {
                sum++;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("6 IsDefined")]
    public int Floor_IsDefined()
    {
        var dense = _dense;
        var table = _definedFloor;
        var sum = 0;
        for (var i = 0; i < dense.Length; i++)
        {
            if (table[dense[i]])
            {
                sum++;
            }
        }

        return sum;
    }
}
