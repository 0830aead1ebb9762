using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorCodeGen.Analyzers;

/// <summary>
/// ECG0001–ECG0003: switch statements and switch expressions over error codes — a catalog enum (or its
/// <see cref="System.Nullable{T}"/>), or an <c>int</c>/<c>long</c> that holds a response's code.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ErrorCodeSwitchAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        ErrorCodeDiagnostics.UnhandledCodes,
        ErrorCodeDiagnostics.UnknownCode,
        ErrorCodeDiagnostics.CodesOnlyInDefault);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var index = new CatalogIndex(start.Compilation);
            var strict = new StrictMode(start.Compilation);
            start.RegisterOperationAction(
                c => AnalyzeSwitch(c, index, strict),
                OperationKind.Switch,
                OperationKind.SwitchExpression);
        });
    }

    private static void AnalyzeSwitch(OperationAnalysisContext context, CatalogIndex index, StrictMode strict)
    {
        IOperation value;
        var labels = new List<SwitchLabel>();
        switch (context.Operation)
        {
            case ISwitchOperation statement:
                value = statement.Value;
                foreach (var section in statement.Cases)
                {
                    foreach (var clause in section.Clauses)
                    {
                        labels.Add(clause switch
                        {
                            IDefaultCaseClauseOperation => SwitchLabel.Default,
                            ISingleValueCaseClauseOperation single => SwitchLabel.ForValue(single.Value),
                            IPatternCaseClauseOperation pattern => SwitchLabel.ForPattern(pattern.Pattern, pattern.Guard is not null),
                            _ => SwitchLabel.Unknown,
                        });
                    }
                }

                break;
            case ISwitchExpressionOperation expression:
                value = expression.Value;
                foreach (var arm in expression.Arms)
                {
                    labels.Add(SwitchLabel.ForPattern(arm.Pattern, arm.Guard is not null));
                }

                break;
            default:
                return;
        }

        if (value.Type is not { } type)
        {
            return;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: [var underlying] })
        {
            type = underlying;
        }

        CatalogInfo? catalog;
        bool isEnum;
        if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol enumType)
        {
            catalog = index.Get(enumType);
            isEnum = true;
        }
        else if (type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64)
        {
            catalog = FindCatalogForIntSwitch(context, index, value, labels);
            isEnum = false;
        }
        else
        {
            return;
        }

        if (catalog is null)
        {
            return;
        }

        ReportUnknownLabels(context, catalog, labels);
        ReportMissingCodes(context, catalog, isEnum, labels, strict);
    }

    /// <summary>
    /// The rule for <c>int</c>/<c>long</c> switches: the governing value is a property or field named as one of
    /// <c>errorcodegen.code_members</c> (default <c>Code</c>, <c>ErrorCode</c>; any case) and one catalog applies
    /// (the only one the compilation sees, the one named by <c>errorcodegen.catalog</c>, or the one its labels
    /// point to) — unless it has numeric labels and none is a code; or the switch's numeric constant labels are
    /// mostly codes of one catalog (more than half, and at least two non-zero codes).
    /// </summary>
    private static CatalogInfo? FindCatalogForIntSwitch(OperationAnalysisContext context, CatalogIndex index, IOperation value, List<SwitchLabel> labels)
    {
        var options = ErrorCodeSwitchOptions.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Operation.Syntax.SyntaxTree));
        var memberName = GetMemberName(value);
        var byName = memberName is not null && options.IsCodeMember(memberName);

        var constants = new List<long>();
        foreach (var label in labels)
        {
            label.CollectConstants(constants, null);
        }

        // Cheap exit before the catalogs of the references are looked at.
        if (!byName && (!options.InferFromLabels || constants.Count < 2))
        {
            return null;
        }

        ImmutableArray<CatalogInfo> candidates;
        if (options.Catalog is not null)
        {
            var named = index.FindByName(options.Catalog);
            if (named is null)
            {
                return null;
            }

            candidates = ImmutableArray.Create(named);
        }
        else
        {
            candidates = index.All;
        }

        if (candidates.IsEmpty)
        {
            return null;
        }

        CatalogInfo? best = null;
        var bestCount = 0;
        var bestNonZero = 0;
        var tie = false;
        foreach (var candidate in candidates)
        {
            var count = 0;
            var nonZero = 0;
            foreach (var constant in constants)
            {
                if (candidate.Contains(constant))
                {
                    count++;
                    if (constant != 0)
                    {
                        nonZero++;
                    }
                }
            }

            if (count > bestCount)
            {
                best = candidate;
                bestCount = count;
                bestNonZero = nonZero;
                tie = false;
            }
            else if (count == bestCount && count > 0)
            {
                tie = true;
            }
        }

        if (byName)
        {
            if (candidates.Length == 1)
            {
                return constants.Count > 0 && bestCount == 0 ? null : candidates[0];
            }

            return tie ? null : best;
        }

        return !tie && best is not null && bestNonZero >= 2 && bestCount * 2 > constants.Count ? best : null;
    }

    private static string? GetMemberName(IOperation value)
    {
        while (true)
        {
            switch (value)
            {
                case IConversionOperation { IsImplicit: true } conversion:
                    value = conversion.Operand;
                    continue;
                case IConditionalAccessOperation conditional:
                    value = conditional.WhenNotNull;
                    continue;
                case IPropertyReferenceOperation property:
                    return property.Property.Name;
                case IFieldReferenceOperation field:
                    return field.Field.Name;
                default:
                    return null;
            }
        }
    }

    private static void ReportUnknownLabels(OperationAnalysisContext context, CatalogInfo catalog, List<SwitchLabel> labels)
    {
        var constants = new List<long>();
        var operations = new List<IOperation>();
        foreach (var label in labels)
        {
            label.CollectConstants(constants, operations);
        }

        for (var i = 0; i < constants.Count; i++)
        {
            if (!catalog.Contains(constants[i]))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    ErrorCodeDiagnostics.UnknownCode,
                    operations[i].Syntax.GetLocation(),
                    constants[i].ToString(CultureInfo.InvariantCulture),
                    catalog.FullName));
            }
        }
    }

    private static void ReportMissingCodes(OperationAnalysisContext context, CatalogInfo catalog, bool isEnum, List<SwitchLabel> labels, StrictMode strict)
    {
        var hasCatchAll = false;
        foreach (var label in labels)
        {
            if (!label.Guarded && label.IsCatchAll)
            {
                hasCatchAll = true;
                break;
            }
        }

        // A switch with a default can only give ECG0003, which is off unless configured: when nothing turns it on for
        // this tree, the driver would drop the diagnostic, so do not build it (nor its properties and message).
        if (hasCatchAll && !strict.IsEnabled(context.Operation.Syntax.SyntaxTree, context.CancellationToken))
        {
            return;
        }

        // Constant labels go into a set once, instead of every label being matched against every code.
        var constants = new HashSet<long>();
        var patterns = new List<SwitchLabel>();
        foreach (var label in labels)
        {
            if (label.Guarded || label.IsCatchAll)
            {
                continue;
            }

            if (label.TryGetSingleConstant(out var constant))
            {
                constants.Add(constant);
            }
            else
            {
                patterns.Add(label);
            }
        }

        var missing = new List<MissingCode>();
        foreach (var code in catalog.Codes)
        {
            var handled = constants.Contains(code.Value) || code.IsRetired;
            for (var i = 0; !handled && i < patterns.Count; i++)
            {
                handled = patterns[i].Matches(code.Value);
            }

            if (!handled)
            {
                var (category, recommendation) = code.ReadDocs(context.CancellationToken);
                missing.Add(new MissingCode(code.Value, code.Name, category, recommendation));
            }
        }

        if (missing.Count == 0)
        {
            return;
        }

        var descriptor = hasCatchAll ? ErrorCodeDiagnostics.CodesOnlyInDefault : ErrorCodeDiagnostics.UnhandledCodes;
        var location = context.Operation.Syntax switch
        {
            SwitchStatementSyntax statement => statement.SwitchKeyword.GetLocation(),
            SwitchExpressionSyntax expression => expression.SwitchKeyword.GetLocation(),
            var other => other.GetLocation(),
        };

        context.ReportDiagnostic(Diagnostic.Create(
            descriptor,
            location,
            SwitchDiagnosticProperties.Encode(isEnum, missing),
            catalog.FullName,
            missing.Count == 1 ? "1 code" : missing.Count.ToString(CultureInfo.InvariantCulture) + " codes",
            FormatList(missing)));
    }

    private static string FormatList(List<MissingCode> missing)
    {
        var builder = new StringBuilder();
        foreach (var code in missing)
        {
            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            builder.Append(code.Value.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(code.Name);
        }

        return builder.ToString();
    }
}
