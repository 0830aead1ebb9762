using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeGen.Generator;

/// <summary>One spec to generate a catalog from: its path, text and options. Plain data, compared by value.</summary>
internal sealed record SpecRequest(string Path, string Text, string? Namespace, string? EnumName, string? Accessibility)
{
    private const string Prefix = "build_metadata.AdditionalFiles.";

    /// <summary>The request for an <c>AdditionalFiles</c> item marked <c>ErrorCodeSpec="true"</c>, else null.</summary>
    public static SpecRequest? TryCreate(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(Prefix + "ErrorCodeSpec", out var marker)
            || !string.Equals(marker.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return new SpecRequest(
            file.Path,
            text,
            Read(options, "ErrorCodeNamespace"),
            Read(options, "ErrorCodeEnumName"),
            Read(options, "ErrorCodeAccessibility"));
    }

    private static string? Read(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Prefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
