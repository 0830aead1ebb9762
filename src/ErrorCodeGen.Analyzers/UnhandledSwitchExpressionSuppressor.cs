using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeGen.Analyzers;

/// <summary>
/// ECGS0001: suppresses the compiler's CS8509 ("the switch expression does not handle all possible values") on a switch
/// expression that ECG0001 reports, so a switch over error codes gets one warning that names the unhandled codes instead
/// of two. CS8509 stays wherever ECG0001 does not report the switch (another enum, a switch ECG0001 does not recognise,
/// or ECG0001 turned off).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnhandledSwitchExpressionSuppressor : DiagnosticSuppressor
{
    /// <summary>The id of the suppression.</summary>
    public const string Id = "ECGS0001";

    /// <summary>CS8509: the switch expression does not handle all possible values of its input type.</summary>
    public const string SuppressedId = "CS8509";

    /// <summary>ECGS0001.</summary>
    public static readonly SuppressionDescriptor Rule = new(
        Id,
        SuppressedId,
        "ECG0001 reports this switch expression and names the error codes it does not handle");

    /// <inheritdoc />
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        CatalogIndex? index = null;
        CodeMemberCache? members = null;
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (diagnostic.Id != SuppressedId || diagnostic.Location.SourceTree is not { } tree)
            {
                continue;
            }

            if (!UnhandledCodesEnabled(context.Compilation, tree, context.CancellationToken))
            {
                continue;
            }

            var node = tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node.FirstAncestorOrSelf<SwitchExpressionSyntax>() is not { } switchExpression
                || !switchExpression.SwitchKeyword.Span.Contains(diagnostic.Location.SourceSpan.Start))
            {
                continue;
            }

            var operation = context.GetSemanticModel(tree).GetOperation(switchExpression, context.CancellationToken);
            if (operation is null)
            {
                continue;
            }

            index ??= new CatalogIndex(context.Compilation);
            members ??= new CodeMemberCache(index);
            if (ErrorCodeSwitchAnalyzer.ReportsUnhandledCodes(operation, context.Options, index, members, context.CancellationToken))
            {
                context.ReportSuppression(Suppression.Create(Rule, diagnostic));
            }
        }
    }

    /// <summary>
    /// Whether ECG0001 is reported in <paramref name="tree"/>: on by default, off when the compilation options, a global
    /// config or an .editorconfig section set its severity to none. CS8509 is never suppressed for a rule that is off.
    /// </summary>
    private static bool UnhandledCodesEnabled(Compilation compilation, SyntaxTree tree, CancellationToken cancellationToken)
    {
        const string id = ErrorCodeDiagnostics.UnhandledCodesId;
        if (compilation.Options.SyntaxTreeOptionsProvider is { } provider)
        {
            if (provider.TryGetDiagnosticValue(tree, id, cancellationToken, out var perTree))
            {
                return perTree != ReportDiagnostic.Suppress;
            }

            if (provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out var global))
            {
                return global != ReportDiagnostic.Suppress;
            }
        }

        return !compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out var specific) || specific != ReportDiagnostic.Suppress;
    }
}
