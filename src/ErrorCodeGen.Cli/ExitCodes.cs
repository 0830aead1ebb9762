namespace ErrorCodeGen.Cli;

/// <summary>The exit codes of <c>errorcodegen</c>.</summary>
public static class ExitCodes
{
    /// <summary>Success: no errors, docs up to date.</summary>
    public const int Ok = 0;

    /// <summary>Findings: the spec has errors, or the docs are stale (<c>--check</c>).</summary>
    public const int Findings = 1;

    /// <summary>Usage error (unknown option, missing argument) or an I/O error (spec unreadable, output unwritable).</summary>
    public const int UsageOrIoError = 2;
}
