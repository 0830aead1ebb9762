using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeGen.Analyzers;

/// <summary>
/// What the switch rules need of an operation callback (the operation, the options, a place to report, cancellation), so
/// that the analyzer and the CS8509 suppressor run the same analysis.
/// </summary>
internal readonly record struct SwitchContext(IOperation Operation, AnalyzerOptions Options, Action<Diagnostic> ReportDiagnostic, CancellationToken CancellationToken);

/// <summary>What a switch is over: the catalog enum, an <c>int</c>/<c>long</c> code, or a <c>string</c> wire code.</summary>
internal enum SwitchKind
{
    Enum,
    Int,
    String,
}
