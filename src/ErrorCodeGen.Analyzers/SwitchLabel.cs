using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorCodeGen.Analyzers;

/// <summary>
/// One case label or switch-expression arm, evaluated against code values through its <see cref="IOperation"/>
/// pattern tree: constants (also through casts), relational, <c>and</c>/<c>or</c>/<c>not</c>, discards and
/// declarations. For a switch over string codes (<see cref="WithWireCodes"/>), a string constant stands for the code
/// whose wire code it is; a string that is no wire code handles nothing.
/// </summary>
internal readonly struct SwitchLabel
{
    private readonly IPatternOperation? _pattern;
    private readonly IOperation? _value;
    private readonly bool _isDefault;
    private readonly CatalogInfo? _wire;

    private SwitchLabel(IPatternOperation? pattern, IOperation? value, bool isDefault, bool guarded, CatalogInfo? wire = null)
    {
        _pattern = pattern;
        _value = value;
        _isDefault = isDefault;
        Guarded = guarded;
        _wire = wire;
    }

    public static SwitchLabel Default => new(null, null, isDefault: true, guarded: false);

    /// <summary>A label the analyzer does not understand: it handles nothing.</summary>
    public static SwitchLabel Unknown => new(null, null, isDefault: false, guarded: false);

    /// <summary>
    /// A <c>when</c> guard, or a property pattern that also tests other members: such a label never counts as
    /// handling its codes (its constants are still checked).
    /// </summary>
    public bool Guarded { get; }

    /// <summary><c>default</c>, <c>_</c>, <c>var x</c>, a type pattern, <c>{ }</c> or <c>not null</c>.</summary>
    public bool IsCatchAll => _isDefault || (_pattern is not null && IsCatchAllPattern(_pattern));

    public static SwitchLabel ForValue(IOperation value) => new(null, value, isDefault: false, guarded: false);

    public static SwitchLabel ForPattern(IPatternOperation pattern, bool guarded) => new(pattern, null, isDefault: false, guarded);

    /// <summary>This label read as a label of a switch over the string codes of <paramref name="catalog"/>.</summary>
    public SwitchLabel WithWireCodes(CatalogInfo catalog) => new(_pattern, _value, _isDefault, Guarded, catalog);

    /// <summary>The label's value when it is a single constant (<c>case 1001:</c>, <c>ErrorCode.X =&gt;</c>, <c>"M_FORBIDDEN" =&gt;</c>).</summary>
    public bool TryGetSingleConstant(out long constant)
    {
        if (_value is not null)
        {
            return TryGetConstant(_value, _wire, out constant);
        }

        if (_pattern is IConstantPatternOperation pattern)
        {
            return TryGetConstant(pattern.Value, _wire, out constant);
        }

        constant = 0;
        return false;
    }

    public bool Matches(long code)
    {
        if (_isDefault)
        {
            return true;
        }

        if (_value is not null)
        {
            return TryGetConstant(_value, _wire, out var constant) && constant == code;
        }

        return _pattern is not null && Matches(_pattern, code, _wire);
    }

    /// <summary>Adds every numeric constant of the label (and, when asked, the operation that holds it).</summary>
    public void CollectConstants(List<long> constants, List<IOperation>? operations)
    {
        if (_value is not null)
        {
            Add(_value, constants, operations);
        }
        else if (_pattern is not null)
        {
            Collect(_pattern, constants, operations);
        }
    }

    /// <summary>Adds every string constant of the label (null is not one) and, when asked, the operation that holds it.</summary>
    public void CollectStrings(List<string> strings, List<IOperation>? operations)
    {
        if (_value is not null)
        {
            AddString(_value, strings, operations);
        }
        else if (_pattern is not null)
        {
            CollectStrings(_pattern, strings, operations);
        }
    }

    private static void CollectStrings(IPatternOperation pattern, List<string> strings, List<IOperation>? operations)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                AddString(constant.Value, strings, operations);
                break;
            case IBinaryPatternOperation binary:
                CollectStrings(binary.LeftPattern, strings, operations);
                CollectStrings(binary.RightPattern, strings, operations);
                break;
            case INegatedPatternOperation negated:
                CollectStrings(negated.Pattern, strings, operations);
                break;
        }
    }

    private static void AddString(IOperation value, List<string> strings, List<IOperation>? operations)
    {
        if (value.ConstantValue is { HasValue: true, Value: string text })
        {
            strings.Add(text);
            operations?.Add(value);
        }
    }

    private static void Collect(IPatternOperation pattern, List<long> constants, List<IOperation>? operations)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                Add(constant.Value, constants, operations);
                break;
            case IBinaryPatternOperation binary:
                Collect(binary.LeftPattern, constants, operations);
                Collect(binary.RightPattern, constants, operations);
                break;
            case INegatedPatternOperation negated:
                Collect(negated.Pattern, constants, operations);
                break;
        }
    }

    private static void Add(IOperation value, List<long> constants, List<IOperation>? operations)
    {
        if (TryGetConstant(value, null, out var constant))
        {
            constants.Add(constant);
            operations?.Add(value);
        }
    }

    private static bool TryGetConstant(IOperation value, CatalogInfo? wire, out long constant)
    {
        var optional = value.ConstantValue;
        if (wire is not null)
        {
            if (optional is { HasValue: true, Value: string text } && wire.FindWireCode(text) is { } code)
            {
                constant = code.Value;
                return true;
            }

            constant = 0;
            return false;
        }

        if (optional.HasValue && ConstantValues.TryGetInt64(optional.Value, out constant))
        {
            return true;
        }

        constant = 0;
        return false;
    }

    private static bool Matches(IPatternOperation pattern, long code, CatalogInfo? wire)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                return TryGetConstant(constant.Value, wire, out var value) && value == code;
            case IRelationalPatternOperation relational:
                if (wire is not null || !TryGetConstant(relational.Value, null, out var bound))
                {
                    return false;
                }

                return relational.OperatorKind switch
                {
                    BinaryOperatorKind.LessThan => code < bound,
                    BinaryOperatorKind.LessThanOrEqual => code <= bound,
                    BinaryOperatorKind.GreaterThan => code > bound,
                    BinaryOperatorKind.GreaterThanOrEqual => code >= bound,
                    BinaryOperatorKind.Equals => code == bound,
                    BinaryOperatorKind.NotEquals => code != bound,
                    _ => false,
                };
            case IBinaryPatternOperation binary:
                return binary.OperatorKind switch
                {
                    BinaryOperatorKind.And => Matches(binary.LeftPattern, code, wire) && Matches(binary.RightPattern, code, wire),
                    BinaryOperatorKind.Or => Matches(binary.LeftPattern, code, wire) || Matches(binary.RightPattern, code, wire),
                    _ => false,
                };
            case INegatedPatternOperation negated:
                return !Matches(negated.Pattern, code, wire);
            default:
                return IsCatchAllPattern(pattern);
        }
    }

    private static bool IsCatchAllPattern(IPatternOperation pattern)
    {
        switch (pattern)
        {
            case IDiscardPatternOperation:
            case IDeclarationPatternOperation:
            case ITypePatternOperation:
                return true;
            case IRecursivePatternOperation recursive:
                return recursive.PropertySubpatterns.IsEmpty && recursive.DeconstructionSubpatterns.IsEmpty;
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                return IsCatchAllPattern(or.LeftPattern) || IsCatchAllPattern(or.RightPattern);
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } and:
                return IsCatchAllPattern(and.LeftPattern) && IsCatchAllPattern(and.RightPattern);
            case INegatedPatternOperation { Pattern: IConstantPatternOperation constant }:
                return constant.Value.ConstantValue is { HasValue: true, Value: null };
            default:
                return false;
        }
    }
}
