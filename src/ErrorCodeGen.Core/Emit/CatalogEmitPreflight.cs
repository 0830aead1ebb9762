using System.Collections.Generic;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Inference;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Emit;

/// <summary>
/// Checks what only the emitter knows about: the options (namespace, enum name, accessibility) and member names that
/// would clash with the generated type names. Returns the catalog without the entries it cannot emit.
/// </summary>
public static class CatalogEmitPreflight
{
    public static Catalog Check(Catalog catalog, CatalogEmitOptions options, List<SpecDiagnostic> diagnostics)
    {
        if (!string.IsNullOrEmpty(options.Namespace))
        {
            foreach (var part in options.Namespace!.Split('.'))
            {
                if (!IdentifierNaming.IsValidIdentifier(part))
                {
                    Report(diagnostics, SpecDiagnostics.InvalidOption, SourceSpan.DocumentStart, "Namespace", options.Namespace, "each part must be a C# identifier");
                    break;
                }
            }
        }

        if (!IdentifierNaming.IsValidIdentifier(options.EnumName) || options.EnumName.StartsWith("@", System.StringComparison.Ordinal) || IdentifierNaming.IsKeyword(options.EnumName))
        {
            Report(diagnostics, SpecDiagnostics.InvalidOption, SourceSpan.DocumentStart, "EnumName", options.EnumName, "it must be a C# identifier");
        }

        if (options.Accessibility is not ("public" or "internal"))
        {
            Report(diagnostics, SpecDiagnostics.InvalidOption, SourceSpan.DocumentStart, "Accessibility", options.Accessibility, "use public or internal");
        }

        var names = new CatalogEmitter.TypeNames(options.EnumName);
        var reserved = new HashSet<string>(System.StringComparer.Ordinal) { names.Messages, "value__" };
        if (catalog.HasWireCodes)
        {
            reserved.Add(names.WireCodes);
        }

        var kept = new List<ErrorEntry>(catalog.Entries.Count);
        foreach (var entry in catalog.Entries)
        {
            if (reserved.Contains(entry.Name) || entry.Name == options.EnumName)
            {
                Report(diagnostics, SpecDiagnostics.MemberNameReserved, entry.Span, catalog.CodeText(entry), entry.Name);
                continue;
            }

            kept.Add(entry);
        }

        return kept.Count == catalog.Entries.Count ? catalog : catalog with { Entries = new EquatableArray<ErrorEntry>(kept.ToArray()) };
    }

    /// <summary>True when the options are valid enough to emit code (no ECG1016).</summary>
    public static bool CanEmit(IEnumerable<SpecDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Descriptor == SpecDiagnostics.InvalidOption)
            {
                return false;
            }
        }

        return true;
    }

    private static void Report(List<SpecDiagnostic> diagnostics, SpecDiagnosticDescriptor descriptor, SourceSpan span, params string[] args) =>
        diagnostics.Add(new SpecDiagnostic(descriptor, span, new EquatableArray<string>(args)));
}
