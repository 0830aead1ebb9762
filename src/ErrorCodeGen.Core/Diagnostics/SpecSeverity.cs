namespace ErrorCodeGen.Diagnostics;

/// <summary>Severity of a spec problem; maps one to one onto Roslyn's <c>DiagnosticSeverity</c>.</summary>
public enum SpecSeverity
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
