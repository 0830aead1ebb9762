using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodeGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace ErrorCodeGen.CodeFixes;

/// <summary>
/// "Add missing error-code cases" for ECG0001 and ECG0003: one case per missing code (grouped by category, in
/// code order, the spec's recommendation as a trailing comment), inserted before the default case or discard.
/// The missing codes come from the diagnostic's properties, never from its message.
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
            if (!SwitchDiagnosticProperties.TryDecode(diagnostic.Properties, out _, out _))
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

        SemanticModel? model = null;
        var edits = new Dictionary<SyntaxNode, SwitchEdit>();
        foreach (var diagnostic in diagnostics)
        {
            if (!SwitchDiagnosticProperties.TryDecode(diagnostic.Properties, out var isEnum, out var isString, out var member, out var codes))
            {
                continue;
            }

            var node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            if (node is not (SwitchStatementSyntax or SwitchExpressionSyntax) || edits.ContainsKey(node))
            {
                continue;
            }

            TypeSyntax? enumType = null;
            if (isEnum)
            {
                model ??= await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                var governing = node is SwitchStatementSyntax s ? s.Expression : ((SwitchExpressionSyntax)node).GoverningExpression;
                var type = model?.GetTypeInfo(governing, cancellationToken).Type;
                if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: [var underlying] })
                {
                    type = underlying;
                }

                if (member is not null)
                {
                    type = MemberType(type, member);
                    if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: [var memberUnderlying] })
                    {
                        type = memberUnderlying;
                    }
                }

                if (type is not { TypeKind: TypeKind.Enum })
                {
                    continue;
                }

                enumType = SyntaxFactory.ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
            }

            edits[node] = new SwitchEdit(node, codes, enumType, isString, member);
        }

        if (edits.Count == 0)
        {
            return document;
        }

        var newRoot = root.ReplaceNodes(edits.Keys, (original, current) => edits[original].Apply(current));
        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>The type of the property or field <paramref name="name"/> of <paramref name="type"/> or a base type.</summary>
    private static ITypeSymbol? MemberType(ITypeSymbol? type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                switch (member)
                {
                    case IPropertySymbol property:
                        return property.Type;
                    case IFieldSymbol field:
                        return field.Type;
                }
            }
        }

        return null;
    }

    private sealed class SwitchEdit
    {
        private readonly ImmutableArray<MissingCode> _codes;
        private readonly TypeSyntax? _enumType;
        private readonly bool _isString;
        private readonly string? _member;
        private readonly SyntaxTrivia _eol;
        private readonly string _indent;
        private readonly string _bodyIndent;

        /// <summary>Reads the layout from the original node (still in its tree); <see cref="Apply"/> may get a rewritten copy.</summary>
        public SwitchEdit(SyntaxNode original, ImmutableArray<MissingCode> codes, TypeSyntax? enumType, bool isString, string? member)
        {
            _codes = Order(codes);
            _enumType = enumType;
            _isString = isString;
            _member = member;
            _eol = EndOfLine(original);
            (_indent, _bodyIndent) = original switch
            {
                SwitchStatementSyntax statement => SectionLayout(statement),
                SwitchExpressionSyntax expression => ArmLayout(expression),
                _ => (string.Empty, string.Empty),
            };
        }

        private static (string Indent, string BodyIndent) SectionLayout(SwitchStatementSyntax statement)
        {
            var sections = statement.Sections;
            if (sections.Count == 0)
            {
                var indent = Indentation(statement.GetFirstToken()) + "    ";
                return (indent, indent + "    ");
            }

            var insertAt = SectionInsertIndex(sections);
            var sample = sections[insertAt < sections.Count ? insertAt : sections.Count - 1];
            var sectionIndent = Indentation(sample.GetFirstToken());
            var bodyIndent = sample.Statements.Count > 0 && sample.Statements[0].GetFirstToken() is var first && IsFirstOnLine(first)
                ? Indentation(first)
                : sectionIndent + "    ";
            return (sectionIndent, bodyIndent);
        }

        private static (string Indent, string BodyIndent) ArmLayout(SwitchExpressionSyntax expression)
        {
            var arms = expression.Arms;
            if (arms.Count == 0)
            {
                var indent = Indentation(expression.GetFirstToken()) + "    ";
                return (indent, indent);
            }

            var insertAt = ArmInsertIndex(arms);
            var indentation = Indentation(arms[insertAt < arms.Count ? insertAt : arms.Count - 1].GetFirstToken());
            return (indentation, indentation);
        }

        private static int SectionInsertIndex(SyntaxList<SwitchSectionSyntax> sections)
        {
            for (var i = 0; i < sections.Count; i++)
            {
                if (sections[i].Labels.Any(IsCatchAllLabel))
                {
                    return i;
                }
            }

            return sections.Count;
        }

        private static int ArmInsertIndex(SeparatedSyntaxList<SwitchExpressionArmSyntax> arms)
        {
            for (var i = 0; i < arms.Count; i++)
            {
                if (arms[i].WhenClause is null && IsCatchAllPattern(arms[i].Pattern))
                {
                    return i;
                }
            }

            return arms.Count;
        }

        public SyntaxNode Apply(SyntaxNode node) => node switch
        {
            SwitchStatementSyntax statement => AddSections(statement),
            SwitchExpressionSyntax expression => AddArms(expression),
            _ => node,
        };

        /// <summary>Grouped by category (groups in the order of their first code), codes ascending in each.</summary>
        private static ImmutableArray<MissingCode> Order(ImmutableArray<MissingCode> codes)
        {
            var sorted = codes.OrderBy(c => c.Value).ToList();
            var groupOrder = new List<string>();
            foreach (var code in sorted)
            {
                var key = code.Category ?? string.Empty;
                if (!groupOrder.Contains(key))
                {
                    groupOrder.Add(key);
                }
            }

            return sorted.OrderBy(c => groupOrder.IndexOf(c.Category ?? string.Empty)).ThenBy(c => c.Value).ToImmutableArray();
        }

        private bool ShowGroups => _codes.Select(c => c.Category).Where(c => c is not null).Distinct().Count() > 1;

        private ExpressionSyntax LabelExpression(MissingCode code)
        {
            if (_enumType is not null)
            {
                return SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression,
                        _enumType,
                        SyntaxFactory.IdentifierName(code.Name))
                    .WithAdditionalAnnotations(Simplifier.Annotation);
            }

            if (_isString && code.WireCode is not null)
            {
                return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(code.WireCode));
            }

            var literal = code.Value is >= int.MinValue and <= int.MaxValue
                ? SyntaxFactory.Literal((int)code.Value)
                : SyntaxFactory.Literal(code.Value);
            var number = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, literal.WithoutTrivia());
            return code.Value < 0 && literal.Text[0] != '-'
                ? SyntaxFactory.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, number)
                : number;
        }

        /// <summary>The trailing comment: the recommendation; for int switches the member name first.</summary>
        /// <summary>The pattern of a missing code: the constant, or <c>{ Member: constant }</c> for a switch on a response object.</summary>
        private PatternSyntax Pattern(MissingCode code)
        {
            var constant = SyntaxFactory.ConstantPattern(LabelExpression(code));
            if (_member is null)
            {
                return constant;
            }

            return SyntaxFactory.RecursivePattern(
                null,
                null,
                SyntaxFactory.PropertyPatternClause(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.Subpattern(SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(_member)), constant))),
                null);
        }

        private string? Comment(MissingCode code)
        {
            if (_enumType is null)
            {
                return code.Recommendation is null ? "// " + code.Name : "// " + code.Name + ": " + code.Recommendation;
            }

            return code.Recommendation is null ? null : "// " + code.Recommendation;
        }

        private SyntaxNode AddSections(SwitchStatementSyntax statement)
        {
            var sections = statement.Sections;
            var eol = _eol;
            var insertAt = SectionInsertIndex(sections);
            var sectionIndent = _indent;
            var bodyIndent = _bodyIndent;

            var showGroups = ShowGroups;
            string? previousCategory = null;
            var added = new List<SwitchSectionSyntax>();
            foreach (var code in _codes)
            {
                var leading = new List<SyntaxTrivia>();
                if (showGroups && code.Category is not null && code.Category != previousCategory)
                {
                    leading.Add(SyntaxFactory.Whitespace(sectionIndent));
                    leading.Add(SyntaxFactory.Comment("// " + code.Category));
                    leading.Add(eol);
                }

                previousCategory = code.Category;
                leading.Add(SyntaxFactory.Whitespace(sectionIndent));

                var colonTrailing = new List<SyntaxTrivia>();
                if (Comment(code) is { } comment)
                {
                    colonTrailing.Add(SyntaxFactory.Space);
                    colonTrailing.Add(SyntaxFactory.Comment(comment));
                }

                colonTrailing.Add(eol);
                var caseKeyword = SyntaxFactory.Token(SyntaxFactory.TriviaList(leading), SyntaxKind.CaseKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
                var colon = SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.ColonToken, SyntaxFactory.TriviaList(colonTrailing));
                SwitchLabelSyntax label = _member is null
                    ? SyntaxFactory.CaseSwitchLabel(caseKeyword, LabelExpression(code), colon)
                    : SyntaxFactory.CasePatternSwitchLabel(caseKeyword, Pattern(code).NormalizeWhitespace(), null, colon);
                var body = SyntaxFactory.ParseStatement("throw new System.NotImplementedException();")
                    .WithLeadingTrivia(SyntaxFactory.Whitespace(bodyIndent))
                    .WithTrailingTrivia(eol);
                added.Add(SyntaxFactory.SwitchSection(
                    SyntaxFactory.SingletonList<SwitchLabelSyntax>(label),
                    SyntaxFactory.SingletonList<StatementSyntax>(body)));
            }

            if (sections.Count == 0 && !statement.OpenBraceToken.TrailingTrivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
            {
                statement = statement.WithOpenBraceToken(statement.OpenBraceToken.WithTrailingTrivia(eol));
            }

            return statement.WithSections(sections.InsertRange(insertAt, added));
        }

        private SyntaxNode AddArms(SwitchExpressionSyntax expression)
        {
            var arms = expression.Arms;
            var eol = _eol;
            var insertAt = ArmInsertIndex(arms);
            var indent = _indent;

            var nodes = new List<SyntaxNodeOrToken>();
            for (var i = 0; i < insertAt; i++)
            {
                var arm = arms[i];
                if (i < arms.SeparatorCount)
                {
                    nodes.Add(arm);
                    nodes.Add(arms.GetSeparator(i));
                }
                else
                {
                    // The last arm had no comma: give it one, and move its line end after the comma.
                    nodes.Add(arm.WithoutTrailingTrivia());
                    nodes.Add(SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.CommaToken, arm.GetTrailingTrivia()));
                }
            }

            if (insertAt == arms.Count && arms.Count > 0 && !nodes[nodes.Count - 1].GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
            {
                var last = nodes[nodes.Count - 1].AsToken();
                nodes[nodes.Count - 1] = last.WithTrailingTrivia(last.TrailingTrivia.Add(eol));
            }

            var showGroups = ShowGroups;
            string? previousCategory = null;
            var openBrace = expression.OpenBraceToken;
            foreach (var code in _codes)
            {
                var leading = new List<SyntaxTrivia>();
                if (showGroups && code.Category is not null && code.Category != previousCategory)
                {
                    leading.Add(SyntaxFactory.Whitespace(indent));
                    leading.Add(SyntaxFactory.Comment("// " + code.Category));
                    leading.Add(eol);
                }

                previousCategory = code.Category;
                leading.Add(SyntaxFactory.Whitespace(indent));
                var arm = SyntaxFactory.SwitchExpressionArm(
                        Pattern(code),
                        SyntaxFactory.ParseExpression("throw new System.NotImplementedException()"))
                    .NormalizeWhitespace()
                    .WithLeadingTrivia(leading);
                if (_enumType is not null && arm.Pattern.DescendantNodesAndSelf().OfType<ConstantPatternSyntax>().FirstOrDefault() is { } constantPattern)
                {
                    arm = arm.ReplaceNode(constantPattern.Expression, constantPattern.Expression.WithAdditionalAnnotations(Simplifier.Annotation));
                }

                var commaTrailing = new List<SyntaxTrivia>();
                if (Comment(code) is { } comment)
                {
                    commaTrailing.Add(SyntaxFactory.Space);
                    commaTrailing.Add(SyntaxFactory.Comment(comment));
                }

                commaTrailing.Add(eol);
                nodes.Add(arm);
                nodes.Add(SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.CommaToken, SyntaxFactory.TriviaList(commaTrailing)));
            }

            for (var i = insertAt; i < arms.Count; i++)
            {
                nodes.Add(arms[i]);
                if (i < arms.SeparatorCount)
                {
                    nodes.Add(arms.GetSeparator(i));
                }
            }

            if (arms.Count == 0 && !openBrace.TrailingTrivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
            {
                expression = expression.WithOpenBraceToken(openBrace.WithTrailingTrivia(eol));
            }

            return expression.WithArms(SyntaxFactory.SeparatedList<SwitchExpressionArmSyntax>(nodes));
        }

        private static bool IsCatchAllLabel(SwitchLabelSyntax label) => label switch
        {
            DefaultSwitchLabelSyntax => true,
            CasePatternSwitchLabelSyntax { WhenClause: null } pattern => IsCatchAllPattern(pattern.Pattern),
            _ => false,
        };

        private static bool IsCatchAllPattern(PatternSyntax pattern) => pattern switch
        {
            DiscardPatternSyntax or VarPatternSyntax or DeclarationPatternSyntax or TypePatternSyntax => true,
            RecursivePatternSyntax { PositionalPatternClause: null, PropertyPatternClause: null or { Subpatterns.Count: 0 } } => true,
            ParenthesizedPatternSyntax parenthesized => IsCatchAllPattern(parenthesized.Pattern),
            BinaryPatternSyntax binary when binary.IsKind(SyntaxKind.OrPattern) => IsCatchAllPattern(binary.Left) || IsCatchAllPattern(binary.Right),
            UnaryPatternSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax literal } } when literal.IsKind(SyntaxKind.NullLiteralExpression) => true,
            _ => false,
        };

        private static SyntaxTrivia EndOfLine(SyntaxNode node)
        {
            foreach (var trivia in node.DescendantTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia.ToFullString() == "\r\n" ? SyntaxFactory.CarriageReturnLineFeed : SyntaxFactory.LineFeed;
                }
            }

            return SyntaxFactory.LineFeed;
        }

        private static bool IsFirstOnLine(SyntaxToken token)
        {
            var previous = token.GetPreviousToken();
            return previous.IsKind(SyntaxKind.None)
                || previous.TrailingTrivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia))
                || token.LeadingTrivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        }

        /// <summary>The whitespace at the start of the token's line.</summary>
        private static string Indentation(SyntaxToken token)
        {
            var text = token.SyntaxTree?.GetText();
            if (text is null)
            {
                return string.Empty;
            }

            var line = text.Lines.GetLineFromPosition(token.SpanStart);
            var end = line.Start;
            while (end < line.End && (text[end] == ' ' || text[end] == '\t'))
            {
                end++;
            }

            return text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(line.Start, end - line.Start));
        }
    }
}
