namespace ErrorCodeGen.Diagnostics;

/// <summary>Severity of a spec problem; each has the value of the Roslyn <c>DiagnosticSeverity</c> it is reported as.</summary>
public enum SpecSeverity
{
    Info = 1,
    Warning = 2,
    Error = 3,
}
