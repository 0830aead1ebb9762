using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorCodeGen.Benchmarks;

// A measuring stick that lives in the benchmark process only: never shipped, never loaded by a compiler, so the
// rules for analyzer assemblies (netstandard2.0 target, extended rules, release tracking) do not apply.
#pragma warning disable RS1001, RS1036, RS1041, RS2008

/// <summary>
/// The floors an exhaustiveness analyzer is measured against. Registered on the same operation kinds as ECG0001
/// (<see cref="OperationKind.Switch"/>, <see cref="OperationKind.SwitchExpression"/>); with
/// <c>visitLabels: false</c> it does nothing else (what the driver's callback costs), with <c>visitLabels: true</c>
/// it visits every case label's value or pattern and reads its constant — the least any analyzer that checks what a
/// switch handles must do — and nothing else; it reports nothing. With <c>reportBelow</c> it also reports, like
/// ECG0001, a switch with no default or discard that handles fewer distinct constants than that (the catalog's code
/// count), with the switch as additional location: the same diagnostics at the same places on workload E, so what it
/// costs beyond the label floor is what the compiler charges for reporting them.
/// </summary>
public sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new(
        "FLOOR0001", "Floor", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor Incomplete = new(
        "FLOOR0002", "Floor", "The switch handles {0} of {1} codes", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private readonly bool _visitLabels;

    private readonly int _reportBelow;

    private long _visited;

    public FloorAnalyzer(bool visitLabels, int reportBelow = 0)
    {
        _visitLabels = visitLabels || reportBelow > 0;
        _reportBelow = reportBelow;
    }

    /// <summary>Labels visited so far (read so the visit cannot be optimized away).</summary>
    public long Visited => Interlocked.Read(ref _visited);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never, Incomplete);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Switch, OperationKind.SwitchExpression);
    }

    /// <summary>The callback, public so the callback benchmarks can call it directly.</summary>
    public void Analyze(OperationAnalysisContext context)
    {
        if (!_visitLabels)
        {
            return;
        }

        Interlocked.Add(ref _visited, VisitLabels(context.Operation));
        if (_reportBelow > 0 && Handled(context.Operation) is { } handled && handled < _reportBelow)
        {
            var location = context.Operation.Syntax.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(Incomplete, location, new[] { location },
                handled.ToString(System.Globalization.CultureInfo.InvariantCulture), _reportBelow.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The distinct constants a switch handles; null when it has a default or a discard (it handles everything).</summary>
    private static int? Handled(IOperation operation)
    {
        var constants = new System.Collections.Generic.HashSet<object>();
        switch (operation)
        {
            case ISwitchOperation statement:
                foreach (var section in statement.Cases)
                {
                    foreach (var clause in section.Clauses)
                    {
                        switch (clause)
                        {
                            case IDefaultCaseClauseOperation:
                                return null;
                            case ISingleValueCaseClauseOperation { Value.ConstantValue: { HasValue: true, Value: { } value } }:
                                constants.Add(value);
                                break;
                        }
                    }
                }

                break;
            case ISwitchExpressionOperation expression:
                foreach (var arm in expression.Arms)
                {
                    switch (arm.Pattern)
                    {
                        case IDiscardPatternOperation:
                            return null;
                        case IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: { } value } }:
                            constants.Add(value);
                            break;
                    }
                }

                break;
        }

        return constants.Count;
    }

    private static long VisitLabels(IOperation operation)
    {
        long visited = 0;
        switch (operation)
        {
            case ISwitchOperation statement:
                foreach (var section in statement.Cases)
                {
                    foreach (var clause in section.Clauses)
                    {
                        visited += clause switch
                        {
                            ISingleValueCaseClauseOperation single => single.Value.ConstantValue.HasValue ? 1 : 2,
                            IPatternCaseClauseOperation pattern => Visit(pattern.Pattern),
                            _ => 1,
                        };
                    }
                }

                break;
            case ISwitchExpressionOperation expression:
                foreach (var arm in expression.Arms)
                {
                    visited += Visit(arm.Pattern);
                }

                break;
        }

        return visited;
    }

    private static long Visit(IPatternOperation pattern) => pattern switch
    {
        IConstantPatternOperation constant => constant.Value.ConstantValue.HasValue ? 1 : 2,
        _ => 1,
    };
}
