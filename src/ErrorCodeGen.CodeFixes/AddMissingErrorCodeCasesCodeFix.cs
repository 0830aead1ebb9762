using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodeGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorCodeGen.CodeFixes;

/// <summary>
/// "Add missing error-code cases" for ECG0001 and ECG0003: one case per missing code (grouped by category, in
/// code order, the spec's recommendation as a trailing comment), inserted before the default case or discard.
/// Everything it writes comes from the analyzer's <see cref="SwitchFixPlan"/> in the diagnostic's properties (the
/// switch is the diagnostic's additional location); the fix only places the new nodes (<see cref="MissingCases"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingErrorCodeCasesCodeFix)), Shared]
public sealed class AddMissingErrorCodeCasesCodeFix : CodeFixProvider
{
    /// <summary>The title (and equivalence key) of the code action.</summary>
    public const string Title = "Add missing error-code cases";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        ErrorCodeDiagnostics.UnhandledCodesId,
        ErrorCodeDiagnostics.CodesOnlyInDefaultId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        static (context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 0 || !SwitchFixPlan.TryDecode(diagnostic.Properties, out _))
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    ct => FixAsync(document, ImmutableArray.Create(diagnostic), ct)!,
                    equivalenceKey: Title),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var plans = new Dictionary<SyntaxNode, SwitchFixPlan>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count > 0
                && SwitchFixPlan.TryDecode(diagnostic.Properties, out var plan)
                && FindSwitch(root, diagnostic.AdditionalLocations[0]) is { } node
                && !plans.ContainsKey(node))
            {
                plans.Add(node, plan);
            }
        }

        if (plans.Count == 0)
        {
            return document;
        }

        var lineEnd = MissingCases.LineEnd(root);
        var newRoot = root.ReplaceNodes(plans.Keys, (original, current) => MissingCases.Insert(current, plans[original], lineEnd));
        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>The switch statement or expression whose span the analyzer passed.</summary>
    private static SyntaxNode? FindSwitch(SyntaxNode root, Location location)
    {
        if (location.SourceTree != root.SyntaxTree || !root.FullSpan.Contains(location.SourceSpan))
        {
            return null;
        }

        for (var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true); node is not null; node = node.Parent)
        {
            if (node.Span == location.SourceSpan && node is SwitchStatementSyntax or SwitchExpressionSyntax)
            {
                return node;
            }

            if (node.Span.Length > location.SourceSpan.Length)
            {
                break;
            }
        }

        return null;
    }
}
