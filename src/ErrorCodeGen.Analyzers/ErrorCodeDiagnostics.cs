using Microsoft.CodeAnalysis;

namespace ErrorCodeGen.Analyzers;

/// <summary>The descriptors of the switch diagnostics (ECG0001–ECG0003), each with its rule page under docs/rules.</summary>
public static class ErrorCodeDiagnostics
{
    internal const string Category = "ErrorCodeGen.Usage";

    /// <summary>ECG0001.</summary>
    public static readonly DiagnosticDescriptor UnhandledCodes = Warning(
        UnhandledCodesId,
        "Switch leaves error codes unhandled",
        "Switch over {0} does not handle {1}: {2}",
        "A switch over an error-code catalog (the generated enum, an int or string that holds a response's code, or a response object through property patterns) has no default case or discard and leaves some codes of the catalog unhandled.");

    /// <summary>ECG0002.</summary>
    public static readonly DiagnosticDescriptor UnknownCode = Warning(
        UnknownCodeId,
        "Case label is not an error code",
        "Case label {0} is not a code of {1}{2}",
        "A case label of a switch over error codes (a number, or a string in a switch over string codes) is not a code of the catalog; it is probably a typo or a code the spec does not define. The message names the closest code when one is close (a mistyped digit, or a string in another case or one edit away).");

    /// <summary>ECG0003 (off by default).</summary>
    public static readonly DiagnosticDescriptor CodesOnlyInDefault = Warning(
        CodesOnlyInDefaultId,
        "Error codes are only handled by the default case",
        "Switch over {0} handles {1} only through its default case: {2}",
        "Strict mode: a switch over an error-code catalog has a default case, discard or catch-all pattern, but some codes of the catalog have no case of their own. Enable with 'dotnet_diagnostic.ECG0003.severity = warning'.",
        enabledByDefault: false);

    /// <summary>A switch over error codes leaves codes unhandled and has no default.</summary>
    public const string UnhandledCodesId = "ECG0001";

    /// <summary>A case label is a number (or, in a switch over string codes, a string) that is not a code of the catalog.</summary>
    public const string UnknownCodeId = "ECG0002";

    /// <summary>Strict mode: codes that are only handled by the default case.</summary>
    public const string CodesOnlyInDefaultId = "ECG0003";

    private static DiagnosticDescriptor Warning(string id, string title, string message, string description, bool enabledByDefault = true) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, enabledByDefault, description, ErrorCodeGen.Diagnostics.HelpLinks.For(id));
}
