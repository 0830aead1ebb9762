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

    private static void AnalyzeSwitch(SwitchContext context, CatalogIndex index, StrictMode strict, CodeMemberCache members)
    {
        // Decide from the switched value (its type, its member name) before any clause is visited: clause operations are
        // created lazily and charged to the first analyzer that touches them.
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

        CatalogInfo? catalog;
        var kind = SwitchKind.Int;
        List<SwitchLabel> labels;
        if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol enumType)
        {
            catalog = index.Get(enumType);
            if (catalog is null)
            {
                return;
            }

            kind = SwitchKind.Enum;
            labels = CollectLabels(context.Operation, patternMember);
        }
        else if (type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64)
        {
            options ??= ReadOptions(context);
            var byName = patternMember is not null || GetMemberName(value) is { } name && options.IsCodeMember(name);
            if (!byName && !options.InferFromLabels)
            {
                return;
            }

            labels = CollectLabels(context.Operation, patternMember);
            catalog = FindCatalogForIntSwitch(index, options, byName, labels);
        }
        else if (type.SpecialType == SpecialType.System_String)
        {
            options ??= ReadOptions(context);
            var byName = patternMember is not null || GetMemberName(value) is { } name && options.IsCodeMember(name);
            if ((!byName && !options.InferFromLabels) || !index.AnyWireCatalog)
            {
                return;
            }

            labels = CollectLabels(context.Operation, patternMember);
            catalog = FindCatalogForStringSwitch(index, options, byName, labels);
            kind = SwitchKind.String;
            if (catalog is not null)
            {
                for (var i = 0; i < labels.Count; i++)
                {
                    labels[i] = labels[i].WithWireCodes(catalog);
                }
            }
        }
        else
        {
            return;
        }

        if (catalog is null || (patternMember is not null && labels.Count == 0))
        {
            return;
        }

        if (kind == SwitchKind.String)
        {
            ReportUnknownStrings(context, catalog, labels);
        }
        else
        {
            ReportUnknownLabels(context, catalog, labels);
        }

        ReportMissingCodes(context, catalog, kind, Subject(kind, type, catalog), patternMember, labels, strict);
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

    /// <summary>
    /// The labels of the switch. For a switch on a response object (<paramref name="patternMember"/> set), each property
    /// pattern's subpattern on the code member is the label; a property pattern that also tests other members counts as
    /// guarded; labels that never name the code member are left out (no labels: not a switch over codes).
    /// </summary>
    private static List<SwitchLabel> CollectLabels(IOperation operation, string? patternMember)
    {
        var labels = new List<SwitchLabel>();
        var namesMember = false;
        switch (operation)
        {
            case ISwitchOperation statement:
                foreach (var section in statement.Cases)
                {
                    foreach (var clause in section.Clauses)
                    {
                        labels.Add(clause switch
                        {
                            IDefaultCaseClauseOperation => SwitchLabel.Default,
                            ISingleValueCaseClauseOperation single when patternMember is null => SwitchLabel.ForValue(single.Value),
                            IPatternCaseClauseOperation pattern => Label(pattern.Pattern, pattern.Guard is not null, patternMember, ref namesMember),
                            _ => SwitchLabel.Unknown,
                        });
                    }
                }

                break;
            case ISwitchExpressionOperation expression:
                foreach (var arm in expression.Arms)
                {
                    labels.Add(Label(arm.Pattern, arm.Guard is not null, patternMember, ref namesMember));
                }

                break;
        }

        if (patternMember is not null && !namesMember)
        {
            labels.Clear();
        }

        return labels;
    }

    private static SwitchLabel Label(IPatternOperation pattern, bool guarded, string? patternMember, ref bool namesMember)
    {
        if (patternMember is null)
        {
            return SwitchLabel.ForPattern(pattern, guarded);
        }

        if (pattern is IRecursivePatternOperation recursive && !recursive.PropertySubpatterns.IsEmpty)
        {
            foreach (var subpattern in recursive.PropertySubpatterns)
            {
                if (MemberName(subpattern.Member) == patternMember)
                {
                    namesMember = true;
                    var others = recursive.PropertySubpatterns.Length > 1 || !recursive.DeconstructionSubpatterns.IsEmpty;
                    return SwitchLabel.ForPattern(subpattern.Pattern, guarded || others);
                }
            }

            return SwitchLabel.Unknown;
        }

        // Discards, type patterns and { } match every code; anything else handles none.
        return SwitchLabel.ForPattern(pattern, guarded);
    }

    private static string? MemberName(IOperation member) => member switch
    {
        IPropertyReferenceOperation property => property.Property.Name,
        IFieldReferenceOperation field => field.Field.Name,
        _ => null,
    };

    /// <summary>
    /// The rule for <c>int</c>/<c>long</c> switches: the governing value is a property or field named as one of
    /// <c>errorcodegen.code_members</c> (default <c>Code</c>, <c>ErrorCode</c>; any case) and one catalog applies
    /// (the only one the compilation sees, the one named by <c>errorcodegen.catalog</c>, or the one its labels
    /// point to) — unless it has numeric labels and none is a code; or the switch's numeric constant labels are
    /// mostly codes of one catalog (more than half, and at least two non-zero codes).
    /// </summary>
    private static CatalogInfo? FindCatalogForIntSwitch(CatalogIndex index, ErrorCodeSwitchOptions options, bool byName, List<SwitchLabel> labels)
    {
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

    private static void ReportUnknownLabels(SwitchContext context, CatalogInfo catalog, List<SwitchLabel> labels)
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
                var closest = catalog.ClosestCode(constants[i]);
                context.ReportDiagnostic(Diagnostic.Create(
                    ErrorCodeDiagnostics.UnknownCode,
                    operations[i].Syntax.GetLocation(),
                    constants[i].ToString(CultureInfo.InvariantCulture),
                    catalog.FullName,
                    closest is null ? string.Empty : "; did you mean " + closest + "?"));
            }
        }
    }

    /// <summary>ECG0002 for a string label that is no wire code of the catalog, naming the closest wire code.</summary>
    private static void ReportUnknownStrings(SwitchContext context, CatalogInfo catalog, List<SwitchLabel> labels)
    {
        var strings = new List<string>();
        var operations = new List<IOperation>();
        foreach (var label in labels)
        {
            label.CollectStrings(strings, operations);
        }

        for (var i = 0; i < strings.Count; i++)
        {
            if (catalog.FindWireCode(strings[i]) is null)
            {
                var closest = catalog.ClosestWireCode(strings[i]);
                context.ReportDiagnostic(Diagnostic.Create(
                    ErrorCodeDiagnostics.UnknownCode,
                    operations[i].Syntax.GetLocation(),
                    Quote(strings[i]),
                    catalog.FullName,
                    closest is null ? string.Empty : "; did you mean " + Quote(closest) + "?"));
            }
        }
    }

    private static string Quote(string text) => "\"" + text + "\"";

    /// <summary>
    /// The rule for <c>string</c> switches: like <see cref="FindCatalogForIntSwitch"/>, among the catalogs with wire codes
    /// (the generated <c>EWireCodes</c> table); without a code member name, more than half of the string labels (and at
    /// least two) must be wire codes of one catalog.
    /// </summary>
    private static CatalogInfo? FindCatalogForStringSwitch(CatalogIndex index, ErrorCodeSwitchOptions options, bool byName, List<SwitchLabel> labels)
    {
        var strings = new List<string>();
        foreach (var label in labels)
        {
            label.CollectStrings(strings, null);
        }

        if (!byName && strings.Count < 2)
        {
            return null;
        }

        ImmutableArray<CatalogInfo> candidates;
        if (options.Catalog is not null)
        {
            var named = index.FindByName(options.Catalog);
            if (named is null || !named.HasWireCodes)
            {
                return null;
            }

            candidates = ImmutableArray.Create(named);
        }
        else
        {
            candidates = index.All;
        }

        CatalogInfo? best = null;
        var bestCount = 0;
        var wireCatalogs = 0;
        CatalogInfo? onlyWire = null;
        var tie = false;
        foreach (var candidate in candidates)
        {
            if (!candidate.HasWireCodes)
            {
                continue;
            }

            wireCatalogs++;
            onlyWire = candidate;
            var count = 0;
            foreach (var text in strings)
            {
                if (candidate.FindWireCode(text) is not null)
                {
                    count++;
                }
            }

            if (count > bestCount)
            {
                best = candidate;
                bestCount = count;
                tie = false;
            }
            else if (count == bestCount && count > 0)
            {
                tie = true;
            }
        }

        if (byName)
        {
            if (wireCatalogs == 1)
            {
                // A misspelt label is what the rule is for: one known code among the labels is enough.
                return strings.Count > 0 && bestCount == 0 ? null : onlyWire;
            }

            return tie ? null : best;
        }

        return !tie && best is not null && bestCount >= 2 && bestCount * 2 > strings.Count ? best : null;
    }

    private static void ReportMissingCodes(SwitchContext context, CatalogInfo catalog, SwitchKind kind, string subject, string? patternMember, List<SwitchLabel> labels, StrictMode strict)
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
                missing.Add(new MissingCode(code.Value, code.Name, category, recommendation) { WireCode = kind == SwitchKind.String ? code.WireCode : null });
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
            SwitchDiagnosticProperties.Encode(kind, patternMember, missing),
            subject,
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

            if (code.WireCode is not null)
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

/// <summary>
/// What the switch rules need of an operation callback (the operation, the options, a place to report, cancellation), so
/// that the analyzer and the CS8509 suppressor run the same analysis.
/// </summary>
internal readonly struct SwitchContext
{
    private readonly System.Action<Diagnostic> _report;

    public SwitchContext(IOperation operation, AnalyzerOptions options, System.Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Operation = operation;
        Options = options;
        _report = report;
        CancellationToken = cancellationToken;
    }

    public IOperation Operation { get; }

    public AnalyzerOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
}

/// <summary>What a switch is over: the catalog enum, an <c>int</c>/<c>long</c> code, or a <c>string</c> wire code.</summary>
internal enum SwitchKind
{
    Enum,
    Int,
    String,
}

/// <summary>
/// The code member of a response type (a property or field named in <c>errorcodegen.code_members</c>, of an
/// <c>int</c>, <c>long</c>, <c>string</c> or catalog enum type, on the type or a base type), cached per type and options.
/// </summary>
internal sealed class CodeMemberCache
{
    private readonly CatalogIndex _index;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(ITypeSymbol Type, string Names), CodeMember?> _cache =
        new(new KeyComparer());

    public CodeMemberCache(CatalogIndex index) => _index = index;

    public CodeMember? Find(ITypeSymbol type, ErrorCodeSwitchOptions options)
    {
        if (options.CodeMembers.IsEmpty)
        {
            return null;
        }

        return _cache.GetOrAdd((type, string.Join(",", options.CodeMembers)), key => Search(key.Type, options));
    }

    private CodeMember? Search(ITypeSymbol type, ErrorCodeSwitchOptions options)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic || !options.IsCodeMember(member.Name))
                {
                    continue;
                }

                var memberType = member switch
                {
                    IPropertySymbol { IsIndexer: false } property => property.Type,
                    IFieldSymbol field => field.Type,
                    _ => null,
                };

                if (memberType is null)
                {
                    continue;
                }

                var unwrapped = memberType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: [var underlying] } ? underlying : memberType;
                if (unwrapped.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_String
                    || (unwrapped is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType && _index.Get(enumType) is not null))
                {
                    return new CodeMember(member.Name, memberType);
                }
            }
        }

        return null;
    }

    private sealed class KeyComparer : IEqualityComparer<(ITypeSymbol Type, string Names)>
    {
        public bool Equals((ITypeSymbol Type, string Names) x, (ITypeSymbol Type, string Names) y) =>
            SymbolEqualityComparer.Default.Equals(x.Type, y.Type) && string.Equals(x.Names, y.Names, System.StringComparison.Ordinal);

        public int GetHashCode((ITypeSymbol Type, string Names) obj) => SymbolEqualityComparer.Default.GetHashCode(obj.Type);
    }
}

/// <summary>The code member of a response type.</summary>
internal sealed class CodeMember
{
    public CodeMember(string name, ITypeSymbol type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public ITypeSymbol Type { get; }
}
