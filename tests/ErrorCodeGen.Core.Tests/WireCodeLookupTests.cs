using System;
using System.Linq;
using ErrorCodeGen.Emit;
using Xunit;

namespace ErrorCodeGen.Core.Tests;

/// <summary>The build-time perfect hash behind the generated <c>TryFromWireCode</c>.</summary>
public class WireCodeLookupTests
{
    private static readonly string[] RpcCodes =
    {
        "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS",
        "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED",
        "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED",
    };

    private static void AssertPerfect(string[] codes)
    {
        var lookup = WireCodeLookup.Build(codes);
        Assert.True(lookup.IsPerfectHash);
        Assert.Equal(0, (lookup.Mask + 1) & lookup.Mask);
        for (var i = 0; i < codes.Length; i++)
        {
            Assert.True(codes[i].Length >= lookup.MinLength);
            Assert.Equal(i + 1, lookup.Slots[lookup.SlotOf(codes[i])]);
        }

        Assert.Equal(codes.Length, lookup.Slots.Count(s => s != 0));
    }

    [Fact]
    public void Every_rpc_status_name_has_its_own_slot() => AssertPerfect(RpcCodes);

    [Fact]
    public void Codes_that_differ_only_in_their_last_characters_have_their_own_slots() =>
        AssertPerfect(Enumerable.Range(1, 200).Select(i => "ERR_CODE_" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToArray());

    [Fact]
    public void Random_code_sets_of_many_sizes_have_their_own_slots()
    {
        var random = new Random(20261130);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_0123456789";
        foreach (var count in new[] { 1, 2, 3, 7, 16, 33, 64, 150 })
        {
            var codes = Enumerable.Range(0, count * 3)
                .Select(_ => "C" + new string(Enumerable.Range(0, random.Next(5, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()))
                .Distinct(StringComparer.Ordinal)
                .Take(count)
                .ToArray();
            AssertPerfect(codes);
        }
    }

    [Fact]
    public void A_single_character_code_is_found()
    {
        AssertPerfect(new[] { "A", "B", "CD" });
    }

    [Fact]
    public void Codes_no_small_hash_separates_fall_back_to_a_switch()
    {
        // Codes identical but for a character beyond the positions searched (eight from each end) cannot be separated.
        var codes = Enumerable.Range(0, 40).Select(i => "AAAAAAAAAA" + (char)('A' + i) + "AAAAAAAAAA").ToArray();
        var lookup = WireCodeLookup.Build(codes);
        Assert.False(lookup.IsPerfectHash);
    }
}
