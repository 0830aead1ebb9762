using System;
using System.IO;
using ErrorCodeGen.Model;
using ErrorCodeGen.Parsing;

namespace ErrorCodeGen.Core.Tests;

/// <summary>The reference spec (spec/error-codes.md), parsed once.</summary>
internal static class ReferenceSpec
{
    private static readonly Lazy<string> LazyText = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spec", "error-codes.md")));
    private static readonly Lazy<SpecParseResult> LazyResult = new(() => SpecParser.Parse(Text));

    public static string Text => LazyText.Value;

    public static SpecParseResult Result => LazyResult.Value;

    public static Catalog Catalog => Result.Catalog;

    public static ErrorEntry Entry(int code) => Catalog.Find(code) ?? throw new InvalidOperationException("No code " + code);
}
