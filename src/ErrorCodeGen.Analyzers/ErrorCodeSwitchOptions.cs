using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeGen.Analyzers;

/// <summary>
/// The .editorconfig / .globalconfig keys that decide which <c>int</c> switches are checked.
/// </summary>
internal sealed class ErrorCodeSwitchOptions
{
    /// <summary>Comma-separated member names whose value is a response's code (any case). Default <c>Code, ErrorCode, ErrCode</c>; empty turns the rule off.</summary>
    public const string CodeMembersKey = "errorcodegen.code_members";

    /// <summary>Full name of the catalog enum that <c>int</c> switches are checked against, e.g. <c>Acme.MarketData.ErrorCode</c>.</summary>
    public const string CatalogKey = "errorcodegen.catalog";

    /// <summary><c>true</c> (default) or <c>false</c>: whether a switch whose constant labels are mostly codes of one catalog is checked.</summary>
    public const string InferFromLabelsKey = "errorcodegen.infer_from_labels";

    private static readonly ImmutableArray<string> DefaultCodeMembers = ImmutableArray.Create("Code", "ErrorCode", "ErrCode");

    private static readonly ErrorCodeSwitchOptions Default = new(DefaultCodeMembers, null, inferFromLabels: true);

    private ErrorCodeSwitchOptions(ImmutableArray<string> codeMembers, string? catalog, bool inferFromLabels)
    {
        CodeMembers = codeMembers;
        CodeMemberNames = string.Join(",", codeMembers);
        Catalog = catalog;
        InferFromLabels = inferFromLabels;
    }

    public ImmutableArray<string> CodeMembers { get; }

    /// <summary>The code member names as one string, a cache key built once.</summary>
    public string CodeMemberNames { get; }

    public string? Catalog { get; }

    public bool InferFromLabels { get; }

    public bool IsCodeMember(string name)
    {
        foreach (var member in CodeMembers)
        {
            if (string.Equals(member, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static ErrorCodeSwitchOptions Read(AnalyzerConfigOptions options)
    {
        var hasMembers = options.TryGetValue(CodeMembersKey, out var members);
        var hasCatalog = options.TryGetValue(CatalogKey, out var catalog);
        var hasInfer = options.TryGetValue(InferFromLabelsKey, out var infer);
        if (!hasMembers && !hasCatalog && !hasInfer)
        {
            return Default;
        }

        var codeMembers = DefaultCodeMembers;
        if (hasMembers)
        {
            var builder = ImmutableArray.CreateBuilder<string>();
            foreach (var part in (members ?? string.Empty).Split(','))
            {
                var name = part.Trim();
                if (name.Length > 0)
                {
                    builder.Add(name);
                }
            }

            codeMembers = builder.ToImmutable();
        }

        catalog = catalog?.Trim();
        if (catalog is not null && catalog.StartsWith("global::", StringComparison.Ordinal))
        {
            catalog = catalog.Substring("global::".Length);
        }

        var inferFromLabels = !hasInfer || !string.Equals(infer?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        return new ErrorCodeSwitchOptions(codeMembers, string.IsNullOrEmpty(catalog) ? null : catalog, inferFromLabels);
    }
}
