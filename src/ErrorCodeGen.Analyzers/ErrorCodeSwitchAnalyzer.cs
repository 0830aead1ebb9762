using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorCodeGen.Analyzers;

/// <summary>
/// ECG0001–ECG0003: switch statements and switch expressions over error codes — a catalog enum (or its
/// <see cref="System.Nullable{T}"/>), an <c>int</c>/<c>long</c> or <c>string</c> that holds a response's code, or a
/// response object whose property patterns test its code member (<c>{ Code: 1001 }</c>, <c>{ Errcode: "S_BUSY" }</c>).
/// </summary>
/// <remarks>
/// The order of the work is the cost model: whether a switch can be over codes is decided from the switched value alone
/// (its type, its member name, the catalogs the compilation sees) before a clause is touched, since clause operations are
/// built lazily and charged to the first analyzer that reads them; the labels are then read once (<see cref="SwitchLabels"/>),
/// the handled codes marked in a bit set over the catalog (<see cref="CodeSet"/>), and a diagnostic's message and
/// properties are built only when it is reported.
/// </remarks>
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
            var members = new CodeMemberCache(index);
            start.RegisterOperationAction(
                c => AnalyzeSwitch(new SwitchContext(c.Operation, c.Options, c.ReportDiagnostic, c.CancellationToken), index, strict, members),
                OperationKind.Switch,
                OperationKind.SwitchExpression);
        });
    }

    /// <summary>
    /// Whether ECG0001 reports <paramref name="operation"/> (a switch over error codes that leaves codes unhandled and has
    /// no default): the question <see cref="UnhandledSwitchExpressionSuppressor"/> asks before it suppresses CS8509.
    /// </summary>
    internal static bool ReportsUnhandledCodes(IOperation operation, AnalyzerOptions options, CatalogIndex index, CodeMemberCache members, CancellationToken cancellationToken)
    {
        var reported = false;
        var context = new SwitchContext(operation, options, d => reported |= d.Id == ErrorCodeDiagnostics.UnhandledCodesId, cancellationToken);
        AnalyzeSwitch(context, index, StrictMode.Off, members);
        return reported;
    }

    private static void AnalyzeSwitch(SwitchContext context, CatalogIndex index, StrictMode strict, CodeMemberCache members)
    {
        var value = context.Operation switch
        {
            ISwitchOperation statement => statement.Value,
            ISwitchExpressionOperation expression => expression.Value,
            _ => null,
        };

        if (value?.Type is not { } type)
        {
            return;
        }

        type = Unwrap(type);
        string? patternMember = null;
        ErrorCodeSwitchOptions? options = null;
        if (!IsCodeType(type))
        {
            // A switch on the response object: its property patterns ({ Code: 1001 }) name the code member.
            if (type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface))
            {
                return;
            }

            options = ReadOptions(context);
            if (members.Find(type, options) is not { } member)
            {
                return;
            }

            patternMember = member.Name;
            type = Unwrap(member.Type);
        }

        SwitchKind kind;
        CatalogInfo? catalog = null;
        var byName = false;
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            catalog = index.Get(enumType);
            if (catalog is null)
            {
                return;
            }

            kind = SwitchKind.Enum;
        }
        else if (type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_String)
        {
            kind = type.SpecialType == SpecialType.System_String ? SwitchKind.String : SwitchKind.Int;
            options ??= ReadOptions(context);
            byName = patternMember is not null || (GetMemberName(value) is { } name && options.IsCodeMember(name));
            if (!byName && !options.InferFromLabels)
            {
                return;
            }

            if (!CatalogChoice.AnyCandidate(index, options, kind == SwitchKind.String))
            {
                return;
            }
        }
        else
        {
            return;
        }

        using var labels = SwitchLabels.Read(context.Operation, patternMember);
        if (patternMember is not null && !labels.NamesMember)
        {
            return;
        }

        catalog ??= CatalogChoice.Find(index, options!, byName, kind == SwitchKind.String, labels);
        if (catalog is null)
        {
            return;
        }

        ReportUnknownLabels(context, catalog, kind, labels);
        ReportMissingCodes(context, catalog, kind, type, patternMember, labels, strict);
    }

    /// <summary>
    /// What the switch is over, as ECG0001 and ECG0003 name it: the catalog enum (or, for string codes, the catalog whose
    /// wire codes the message lists), or an int or long checked against the catalog (no enum is in sight, so the message
    /// says which catalog the numbers were checked against).
    /// </summary>
    private static string Subject(SwitchKind kind, ITypeSymbol type, CatalogInfo catalog) => kind switch
    {
        SwitchKind.Int => (type.SpecialType == SpecialType.System_Int64 ? "a long" : "an int") + " checked against the catalog " + catalog.FullName,
        _ => catalog.FullName,
    };

    private static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: [var underlying] } ? underlying : type;

    private static bool IsCodeType(ITypeSymbol type) =>
        type.TypeKind == TypeKind.Enum || type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_String;

    private static ErrorCodeSwitchOptions ReadOptions(SwitchContext context) =>
        ErrorCodeSwitchOptions.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Operation.Syntax.SyntaxTree));

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

    /// <summary>ECG0002 for a label that is no code of the catalog (a number, or a string that is no wire code), naming the closest code.</summary>
    private static void ReportUnknownLabels(SwitchContext context, CatalogInfo catalog, SwitchKind kind, SwitchLabels labels)
    {
        var strings = kind == SwitchKind.String;
        for (var i = 0; i < labels.ConstantCount; i++)
        {
            ref readonly var constant = ref labels[i];
            if ((constant.Text is not null) != strings || constant.IndexIn(catalog) >= 0)
            {
                continue;
            }

            string label;
            string? closest;
            if (constant.Text is { } text)
            {
                label = Quote(text);
                closest = catalog.ClosestWireCode(text) is { } wire ? Quote(wire) : null;
            }
            else
            {
                label = constant.Value.ToString(CultureInfo.InvariantCulture);
                closest = catalog.ClosestCode(constant.Value);
            }

            context.ReportDiagnostic(Diagnostic.Create(
                ErrorCodeDiagnostics.UnknownCode,
                constant.Operation.Syntax.GetLocation(),
                label,
                catalog.FullName,
                closest is null ? string.Empty : "; did you mean " + closest + "?"));
        }
    }

    private static string Quote(string text) => "\"" + text + "\"";

    private static void ReportMissingCodes(SwitchContext context, CatalogInfo catalog, SwitchKind kind, ITypeSymbol type, string? patternMember, SwitchLabels labels, StrictMode strict)
    {
        // A switch with a default can only give ECG0003, which is off unless configured: when nothing turns it on for
        // this tree, the driver would drop the diagnostic, so do not look for the codes.
        var hasCatchAll = labels.CatchAll >= 0;
        if (hasCatchAll && !strict.IsEnabled(context.Operation.Syntax.SyntaxTree, context.CancellationToken))
        {
            return;
        }

        var strings = kind == SwitchKind.String;
        var codes = catalog.Codes;
        using var handled = CodeSet.Rent(codes.Length);
        foreach (var retired in catalog.Retired)
        {
            handled.Add(retired);
        }

        for (var i = 0; i < labels.ConstantCount && handled.Count < codes.Length; i++)
        {
            ref readonly var constant = ref labels[i];
            if (constant.Handles && (constant.Text is not null) == strings && constant.IndexIn(catalog) is var position and >= 0)
            {
                handled.Add(position);
            }
        }

        for (var p = 0; p < labels.PatternCount && handled.Count < codes.Length; p++)
        {
            var pattern = labels.Pattern(p);
            for (var i = 0; i < codes.Length; i++)
            {
                if (!handled.Contains(i) && SwitchLabels.Matches(pattern, codes[i], strings))
                {
                    handled.Add(i);
                }
            }
        }

        if (handled.Count == codes.Length)
        {
            return;
        }

        var missing = new List<CatalogCode>(codes.Length - handled.Count);
        for (var i = 0; i < codes.Length; i++)
        {
            if (!handled.Contains(i))
            {
                missing.Add(codes[i]);
            }
        }

        var location = context.Operation.Syntax switch
        {
            SwitchStatementSyntax statement => statement.SwitchKeyword.GetLocation(),
            SwitchExpressionSyntax expression => expression.SwitchKeyword.GetLocation(),
            var other => other.GetLocation(),
        };

        context.ReportDiagnostic(Diagnostic.Create(
            hasCatchAll ? ErrorCodeDiagnostics.CodesOnlyInDefault : ErrorCodeDiagnostics.UnhandledCodes,
            location,
            additionalLocations: new[] { context.Operation.Syntax.GetLocation() },
            properties: SwitchFixPlan.Encode(kind, catalog, patternMember, labels.InsertAt, missing),
            Subject(kind, type, catalog),
            missing.Count == 1 ? "1 code" : missing.Count.ToString(CultureInfo.InvariantCulture) + " codes",
            FormatList(missing, strings)));
    }

    private static string FormatList(List<CatalogCode> missing, bool strings)
    {
        var builder = new StringBuilder();
        foreach (var code in missing)
        {
            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            if (strings && code.WireCode is not null)
            {
                builder.Append(code.WireCode);
            }
            else
            {
                builder.Append(code.Value.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(code.Name);
            }
        }

        return builder.ToString();
    }
}
