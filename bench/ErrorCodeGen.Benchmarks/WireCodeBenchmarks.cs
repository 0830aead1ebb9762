using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Acme.ObjectStore;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ErrorCodeGen.Benchmarks;

/// <summary>
/// String codes: the generated <c>TryFromWireCode</c> (a perfect hash found at build time, then one ordinal
/// <c>string.Equals</c>) against what a user would otherwise write: <see cref="FrozenDictionary{TKey,TValue}"/> and
/// <see cref="Dictionary{TKey,TValue}"/> with <see cref="StringComparer.Ordinal"/>, and <c>Enum.TryParse</c> (over
/// the member names, as for a hand-written enum named like the codes). Each invocation walks a fixed-seed random
/// sequence of <see cref="Length"/> codes from specs/wire-codes.md, one in nine of them unknown (near misses:
/// another case, a suffix, codes the spec does not list). The strings are distinct instances from the generated
/// constants, as they are when read from a response.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WireCodeBenchmarks
{
    public const int Length = 1024;

    private string[] _wireCodes = null!;
    private string[] _memberNames = null!;
    private FrozenDictionary<string, ObjectStoreError> _frozen = null!;
    private Dictionary<string, ObjectStoreError> _dictionary = null!;

    [GlobalSetup]
    public void Setup()
    {
        var all = ObjectStoreErrorExtensions.GetValues();
        var unknown = new[] { "accessdenied", "NoSuchKey2", "Throttling", "SlowDownNow", "NOSUCHBUCKET", "InvalidToken", "Busy", "InternalErrors" };
        var random = new Random(20261130);
        _wireCodes = new string[Length];
        _memberNames = new string[Length];
        for (var i = 0; i < Length; i++)
        {
            if (random.Next(9) == 0)
            {
                var miss = unknown[random.Next(unknown.Length)];
                _wireCodes[i] = new string(miss.AsSpan());
                _memberNames[i] = new string(miss.AsSpan());
            }
            else
            {
                var value = all[random.Next(all.Length)];
                _wireCodes[i] = new string(value.GetWireCode().AsSpan());
                _memberNames[i] = new string(value.ToStringFast().AsSpan());
            }
        }

        _dictionary = all.ToDictionary(v => v.GetWireCode(), v => v, StringComparer.Ordinal);
        _frozen = _dictionary.ToFrozenDictionary(StringComparer.Ordinal);

        // The four must agree on every code of the sequence.
        if (Generated_TryFromWireCode() != Frozen_TryGetValue() || Dictionary_TryGetValue() != Frozen_TryGetValue() || Enum_TryParse() != Frozen_TryGetValue())
        {
            throw new InvalidOperationException("The lookups disagree.");
        }
    }

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("7 TryFromWireCode")]
    public int Generated_TryFromWireCode()
    {
        var codes = _wireCodes;
        var sum = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            if (ObjectStoreErrorExtensions.TryFromWireCode(codes[i], out var value))
            {
                sum += (int)value;
            }
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Length), BenchmarkCategory("7 TryFromWireCode")]
    public int Frozen_TryGetValue()
    {
        var codes = _wireCodes;
        var map = _frozen;
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

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("7 TryFromWireCode")]
    public int Dictionary_TryGetValue()
    {
        var codes = _wireCodes;
        var map = _dictionary;
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

    [Benchmark(OperationsPerInvoke = Length), BenchmarkCategory("7 TryFromWireCode")]
    public int Enum_TryParse()
    {
        var names = _memberNames;
        var sum = 0;
        for (var i = 0; i < names.Length; i++)
        {
            if (Enum.TryParse<ObjectStoreError>(names[i], ignoreCase: false, out var value) && ObjectStoreErrorExtensions.IsDefined((int)value))
            {
                sum += (int)value;
            }
        }

        return sum;
    }
}
