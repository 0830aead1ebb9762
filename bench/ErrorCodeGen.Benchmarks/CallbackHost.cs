using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeGen.Benchmarks;

/// <summary>
/// Calls analyzers' switch callbacks directly, without the analyzer driver: <see cref="DiagnosticAnalyzer.Initialize"/>
/// and the compilation-start actions run once against the workload's compilation, the operation actions registered
/// for <see cref="OperationKind.Switch"/>/<see cref="OperationKind.SwitchExpression"/> are kept, and
/// <see cref="Run"/> invokes them on every switch of the workload (operation trees built once in the constructor, so
/// what is timed is the callbacks' own logic on trees whose children are already created, the steady state of an IDE).
/// Syntax node actions are kept too and invoked on each switch's syntax node when registered for its kind
/// (<c>SwitchStatement</c>, <c>SwitchExpression</c>), so an analyzer that moves its bail-out to syntax is still measured;
/// any other kind of action makes the host throw rather than measure less than the analyzer does.
/// </summary>
internal sealed class CallbackHost
{
    private readonly List<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)> _actions = new();
    private readonly List<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> _syntaxActions = new();
    private readonly (IOperation Operation, ISymbol Symbol, SemanticModel Model)[] _switches;
    private readonly Compilation _compilation;
    private readonly AnalyzerOptions _options = new(ImmutableArray<AdditionalText>.Empty);
    private readonly Action<Diagnostic> _report;
    private readonly Func<Diagnostic, bool> _isSupported;
    private int _reported;

    public CallbackHost(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        _compilation = compilation;
        _report = _ => _reported++;
        var supported = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        _isSupported = d => supported.Contains(d.Id);
        var start = new List<Action<CompilationStartAnalysisContext>>();
        foreach (var analyzer in analyzers)
        {
            analyzer.Initialize(new Context(_actions, _syntaxActions, start));
        }

        foreach (var action in start)
        {
            action(new StartContext(compilation, _options, _actions, _syntaxActions));
        }

        var switches = new List<(IOperation, ISymbol, SemanticModel)>();
        // The consumer's files only: the driver skips the generated catalog (GeneratedCodeAnalysisFlags.None), so do we.
        foreach (var tree in compilation.SyntaxTrees.Where(t => !t.FilePath.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase)))
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is SwitchStatementSyntax or SwitchExpressionSyntax && model.GetOperation(node) is { } operation)
                {
                    switches.Add((operation, model.GetEnclosingSymbol(node.SpanStart)!, model));
                }
            }
        }

        _switches = switches.ToArray();
    }

    public int Switches => _switches.Length;

    /// <summary>Callbacks per <see cref="Run"/>: the benchmarks' <c>OperationsPerInvoke</c>.</summary>
    public const int Invocations = 10_000;

    /// <summary>
    /// Invokes the kept callbacks on <see cref="Invocations"/> switches, going round the workload's switches as often as
    /// needed (so the per-switch time is right for a development run on a few hundred switches too); returns the number
    /// of diagnostics reported.
    /// </summary>
    public int Run()
    {
        _reported = 0;
        for (var i = 0; i < Invocations; i++)
        {
            Invoke(_switches[i % _switches.Length]);
        }

        return _reported;
    }

    /// <summary>Invokes the kept callbacks once on every switch of the workload; returns the number of diagnostics reported.</summary>
    public int RunOnce()
    {
        _reported = 0;
        foreach (var item in _switches)
        {
            Invoke(item);
        }

        return _reported;
    }

    private void Invoke((IOperation Operation, ISymbol Symbol, SemanticModel Model) item)
    {
        // The public constructor is obsolete for analyzers' own tests (they should go through the driver); here the
        // driver is what is deliberately left out, to time the callbacks alone.
#pragma warning disable CS0618
        var context = new OperationAnalysisContext(item.Operation, item.Symbol, _compilation, _options, _report, _isSupported, CancellationToken.None);
#pragma warning restore CS0618
        foreach (var (action, kinds) in _actions)
        {
            if (kinds.Contains(item.Operation.Kind))
            {
                action(context);
            }
        }

        if (_syntaxActions.Count > 0)
        {
            var node = item.Operation.Syntax;
#pragma warning disable CS0618
            var syntaxContext = new SyntaxNodeAnalysisContext(node, item.Symbol, item.Model, _options, _report, _isSupported, CancellationToken.None);
#pragma warning restore CS0618
            foreach (var (action, kinds) in _syntaxActions)
            {
                if (kinds.Contains(node.Kind()))
                {
                    action(syntaxContext);
                }
            }
        }
    }

    private static NotSupportedException Unsupported(string what) =>
        new("The callback benchmark hosts operation actions only; the analyzer registered a " + what + " action.");

    /// <summary>Keeps syntax node actions registered for C# syntax kinds (a switch's own kinds are the ones invoked).</summary>
    private static void AddSyntaxAction<TLanguageKindEnum>(List<(Action<SyntaxNodeAnalysisContext>, ImmutableArray<SyntaxKind>)> syntaxActions, Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> kinds)
        where TLanguageKindEnum : struct
    {
        if (kinds is not ImmutableArray<SyntaxKind> csharp)
        {
            throw Unsupported("non-C# syntax node");
        }

        syntaxActions.Add((action, csharp));
    }

    private sealed class Context : AnalysisContext
    {
        private readonly List<(Action<OperationAnalysisContext>, ImmutableArray<OperationKind>)> _actions;
        private readonly List<(Action<SyntaxNodeAnalysisContext>, ImmutableArray<SyntaxKind>)> _syntaxActions;
        private readonly List<Action<CompilationStartAnalysisContext>> _start;

        public Context(List<(Action<OperationAnalysisContext>, ImmutableArray<OperationKind>)> actions, List<(Action<SyntaxNodeAnalysisContext>, ImmutableArray<SyntaxKind>)> syntaxActions, List<Action<CompilationStartAnalysisContext>> start)
        {
            _actions = actions;
            _syntaxActions = syntaxActions;
            _start = start;
        }

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => _start.Add(action);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _actions.Add((action, operationKinds));

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
        }

        public override void EnableConcurrentExecution()
        {
        }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported("compilation");

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported("semantic model");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported("symbol");

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported("code block start");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported("code block");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported("syntax tree");

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => AddSyntaxAction(_syntaxActions, action, syntaxKinds);
    }

    private sealed class StartContext : CompilationStartAnalysisContext
    {
        private readonly List<(Action<OperationAnalysisContext>, ImmutableArray<OperationKind>)> _actions;
        private readonly List<(Action<SyntaxNodeAnalysisContext>, ImmutableArray<SyntaxKind>)> _syntaxActions;

        public StartContext(Compilation compilation, AnalyzerOptions options, List<(Action<OperationAnalysisContext>, ImmutableArray<OperationKind>)> actions, List<(Action<SyntaxNodeAnalysisContext>, ImmutableArray<SyntaxKind>)> syntaxActions)
            : base(compilation, options, CancellationToken.None)
        {
            _actions = actions;
            _syntaxActions = syntaxActions;
        }

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _actions.Add((action, operationKinds));

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action)
        {
            // Compilation-end actions run once per compilation, not per switch: not part of the callback's cost.
        }

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported("semantic model");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported("symbol");

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported("code block start");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported("code block");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported("syntax tree");

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => AddSyntaxAction(_syntaxActions, action, syntaxKinds);
    }
}
