using System.Collections.Generic;
using System.Collections.Immutable;
using ErrorCodeGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace ErrorCodeGen.CodeFixes;

/// <summary>
/// Places the cases of a <see cref="SwitchFixPlan"/> in its switch: new sections or arms at the plan's insertion point,
/// each throwing <see cref="System.NotImplementedException"/>, grouped by category (a comment heads each group when the
/// codes span several), the spec's recommendation as a trailing comment. The nodes are built with
/// <see cref="SyntaxFactory"/> and laid out by the formatter (<see cref="Formatter.Annotation"/>); enum labels are
/// written fully qualified and reduced by the simplifier (<see cref="Simplifier.Annotation"/>).
/// </summary>
internal static class MissingCases
{
    /// <summary>The switch <paramref name="node"/> with the plan's cases; <paramref name="lineEnd"/> is the document's (<see cref="LineEnd"/>).</summary>
    public static SyntaxNode Insert(SyntaxNode node, SwitchFixPlan plan, SyntaxTrivia lineEnd) => node switch
    {
        SwitchStatementSyntax statement => InsertSections(statement, plan, lineEnd),
        SwitchExpressionSyntax expression => InsertArms(expression, plan, lineEnd),
        _ => node,
    };

    private static SwitchStatementSyntax InsertSections(SwitchStatementSyntax statement, SwitchFixPlan plan, SyntaxTrivia lineEnd)
    {
        var sections = new List<SwitchSectionSyntax>();
        foreach (var (code, group) in Ordered(plan.Codes))
        {
            SwitchLabelSyntax label = plan.Member is null
                ? SyntaxFactory.CaseSwitchLabel(Label(code, plan))
                : SyntaxFactory.CasePatternSwitchLabel(Pattern(code, plan), SyntaxFactory.Token(SyntaxKind.ColonToken));
            label = label
                .WithKeyword(WithGroup(label.Keyword, group))
                .WithColonToken(WithComment(label.ColonToken, code, plan, lineEnd));
            sections.Add(SyntaxFactory.SwitchSection(
                    SyntaxFactory.SingletonList(label),
                    SyntaxFactory.SingletonList<StatementSyntax>(SyntaxFactory.ThrowStatement(NotImplemented())))
                .WithAdditionalAnnotations(Formatter.Annotation));
        }

        var insertAt = System.Math.Min(plan.InsertAt, statement.Sections.Count);
        return statement.WithSections(statement.Sections.InsertRange(insertAt, sections));
    }

    private static SwitchExpressionSyntax InsertArms(SwitchExpressionSyntax expression, SwitchFixPlan plan, SyntaxTrivia lineEnd)
    {
        var arms = expression.Arms;
        var insertAt = System.Math.Min(plan.InsertAt, arms.Count);
        var items = new List<SyntaxNodeOrToken>();
        for (var i = 0; i < insertAt; i++)
        {
            if (i < arms.SeparatorCount)
            {
                items.Add(arms[i]);
                items.Add(arms.GetSeparator(i));
            }
            else
            {
                // The last arm had no comma: it gets one, and its trailing trivia (the line end) moves after it.
                items.Add(arms[i].WithoutTrailingTrivia());
                items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(arms[i].GetTrailingTrivia()).WithAdditionalAnnotations(Formatter.Annotation));
            }
        }

        foreach (var (code, group) in Ordered(plan.Codes))
        {
            var arm = SyntaxFactory.SwitchExpressionArm(Pattern(code, plan), SyntaxFactory.ThrowExpression(NotImplemented()));
            if (group is not null && items.Count > 0 && items[items.Count - 1].GetTrailingTrivia().Any(SyntaxKind.SingleLineCommentTrivia)
                && Indentation(arms) is { } indentation)
            {
                // After a line that ends in a comment the formatter would align a comment on the next line with it: the
                // group's heading takes the indentation of the switch's own arms, and the arm is laid out on its own.
                arm = arm.NormalizeWhitespace().WithLeadingTrivia(indentation, SyntaxFactory.Comment("// " + group), lineEnd, indentation);
                items.Add(arm);
                items.Add(WithComment(SyntaxFactory.Token(SyntaxKind.CommaToken), code, plan, lineEnd));
                continue;
            }

            arm = arm.WithLeadingTrivia(WithGroup(arm.GetFirstToken(), group).LeadingTrivia);
            items.Add(arm.WithAdditionalAnnotations(Formatter.Annotation));
            items.Add(WithComment(SyntaxFactory.Token(SyntaxKind.CommaToken), code, plan, lineEnd).WithAdditionalAnnotations(Formatter.Annotation));
        }

        for (var i = insertAt; i < arms.Count; i++)
        {
            items.Add(arms[i]);
            if (i < arms.SeparatorCount)
            {
                items.Add(arms.GetSeparator(i));
            }
        }

        return expression.WithArms(SyntaxFactory.SeparatedList<SwitchExpressionArmSyntax>(items));
    }

    /// <summary>The white space that indents the arms of the switch in the document (reused as it is), or null.</summary>
    private static SyntaxTrivia? Indentation(SeparatedSyntaxList<SwitchExpressionArmSyntax> arms)
    {
        foreach (var arm in arms)
        {
            var leading = arm.GetLeadingTrivia();
            if (leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
                && arm.GetFirstToken().GetPreviousToken().TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia))
            {
                return leading[leading.Count - 1];
            }
        }

        return null;
    }

    /// <summary>The codes grouped by category (groups in the order of their first code), ascending in each; each with the category to head it, if a group starts there and the codes span several categories.</summary>
    private static IEnumerable<(MissingCode Code, string? Group)> Ordered(ImmutableArray<MissingCode> codes)
    {
        var groups = new List<string?>();
        var members = new List<List<MissingCode>>();
        foreach (var code in codes)
        {
            var at = groups.IndexOf(code.Category);
            if (at < 0)
            {
                groups.Add(code.Category);
                members.Add(new List<MissingCode>());
                at = groups.Count - 1;
            }

            members[at].Add(code);
        }

        var named = 0;
        foreach (var group in groups)
        {
            named += group is null ? 0 : 1;
        }

        for (var g = 0; g < groups.Count; g++)
        {
            for (var i = 0; i < members[g].Count; i++)
            {
                yield return (members[g][i], i == 0 && named > 1 ? groups[g] : null);
            }
        }
    }

    /// <summary><paramref name="first"/> (the first token of a new case) headed by a comment naming its category.</summary>
    private static SyntaxToken WithGroup(SyntaxToken first, string? group) =>
        group is null
            ? first
            : first.WithLeadingTrivia(SyntaxFactory.Comment("// " + group), SyntaxFactory.ElasticCarriageReturnLineFeed);

    /// <summary><paramref name="token"/> (the colon or comma that ends a new case) followed by the code's comment, if any.</summary>
    private static SyntaxToken WithComment(SyntaxToken token, MissingCode code, SwitchFixPlan plan, SyntaxTrivia lineEnd)
    {
        // An enum label names the code itself; a number or wire code gets the member's name first. The space before the
        // comment is fixed (not elastic), so the formatter keeps the comment on the line of the case.
        var text = plan.Kind == SwitchKind.Enum
            ? code.Recommendation
            : code.Recommendation is null ? code.Name : code.Name + ": " + code.Recommendation;
        return text is null
            ? token
            : token.WithTrailingTrivia(SyntaxFactory.Space, SyntaxFactory.Comment("// " + text), lineEnd);
    }

    /// <summary>
    /// The line end of the document (the first one in <paramref name="node"/>'s tree, reused as it is), else an elastic one
    /// for the formatter to write. A trailing comment ends with it: after an elastic line end the formatter would align a
    /// category comment on the next line with the trailing comment instead of indenting it.
    /// </summary>
    public static SyntaxTrivia LineEnd(SyntaxNode node)
    {
        foreach (var trivia in node.SyntaxTree.GetRoot().DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return SyntaxFactory.ElasticCarriageReturnLineFeed;
    }

    private static ObjectCreationExpressionSyntax NotImplemented() =>
        SyntaxFactory.ObjectCreationExpression(
            SyntaxFactory.QualifiedName(SyntaxFactory.IdentifierName("System"), SyntaxFactory.IdentifierName(nameof(System.NotImplementedException))),
            SyntaxFactory.ArgumentList(),
            null);

    /// <summary>The pattern of a missing code: the constant, or <c>{ Member: constant }</c> for a switch on a response object.</summary>
    private static PatternSyntax Pattern(MissingCode code, SwitchFixPlan plan)
    {
        var constant = SyntaxFactory.ConstantPattern(Label(code, plan));
        if (plan.Member is null)
        {
            return constant;
        }

        // Normalized, the pattern stays on one line as it is written by hand ({ Code: 1001 }); the formatter would open the
        // braces over three. The label keeps its simplifier annotation through the normalization.
        return SyntaxFactory.RecursivePattern(
                null,
                null,
                SyntaxFactory.PropertyPatternClause(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.Subpattern(SyntaxFactory.NameColon(Identifier(plan.Member)), constant))),
                null)
            .NormalizeWhitespace();
    }

    /// <summary>The code as a label: the enum member, the wire code, or the number.</summary>
    private static ExpressionSyntax Label(MissingCode code, SwitchFixPlan plan)
    {
        switch (plan.Kind)
        {
            case SwitchKind.Enum:
                return SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression,
                        SyntaxFactory.ParseTypeName(plan.EnumType!),
                        Identifier(code.Name))
                    .WithAdditionalAnnotations(Simplifier.Annotation);
            case SwitchKind.String:
                return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(code.WireCode!));
        }

        var literal = code.Value is >= int.MinValue and <= int.MaxValue
            ? SyntaxFactory.Literal((int)code.Value)
            : SyntaxFactory.Literal(code.Value);
        var number = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, literal);
        return code.Value < 0 && literal.Text[0] != '-'
            ? SyntaxFactory.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, number)
            : number;
    }

    /// <summary>A member name as an identifier, escaped (<c>@class</c>) when it is a keyword.</summary>
    private static IdentifierNameSyntax Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None
            ? SyntaxFactory.IdentifierName(SyntaxFactory.VerbatimIdentifier(default, "@" + name, name, default))
            : SyntaxFactory.IdentifierName(name);
}
