using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Pipeline;

/// <summary>A spec read and checked against its options: what <see cref="CatalogPipeline.Prepare"/> returns. Plain data, compared by value.</summary>
/// <param name="Catalog">The catalog to emit (the rows that could be read); null when nothing can be emitted.</param>
/// <param name="Options">The options to emit it with (the defaults in place of invalid ones when <see cref="UsesDefaults"/>).</param>
/// <param name="Diagnostics">Every problem found, located in the spec, in the order found.</param>
public sealed record PreparedCatalog(Catalog? Catalog, CatalogEmitOptions Options, EquatableArray<SpecDiagnostic> Diagnostics)
{
    /// <summary>True when an option was not valid and <see cref="Options"/> holds its default instead.</summary>
    public bool UsesDefaults { get; init; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => SpecDiagnostic.Count(Diagnostics, SpecSeverity.Error) > 0;
}

/// <summary>One generated file: its hint name (<c>Acme.ErrorCode.g.cs</c>) and its text (LF line ends).</summary>
public sealed record GeneratedSource(string HintName, string Text);
