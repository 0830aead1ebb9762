using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Parsing;

/// <summary>
/// The outcome of parsing a spec: the catalog of every valid row (rows with errors are left out, so one bad row
/// does not hide the others) and every problem found, in document order.
/// </summary>
public sealed record SpecParseResult(Catalog Catalog, EquatableArray<SpecDiagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => SpecDiagnostic.Count(Diagnostics, SpecSeverity.Error) > 0;
}
