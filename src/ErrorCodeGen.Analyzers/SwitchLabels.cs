using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorCodeGen.Analyzers;

/// <summary>
/// The labels of one switch, read once through the <see cref="IOperation"/> tree into buffers the thread reuses: every
/// constant (a number or a string, with the operation that holds it, and whether its label handles that code alone), the
/// unguarded patterns that must be matched against codes (relational, <c>and</c>/<c>or</c>/<c>not</c>), and the first
/// unguarded catch-all (<c>default</c>, <c>_</c>, <c>var x</c>, a type pattern, <c>{ }</c>, <c>not null</c>).
/// For a switch on a response object, each property pattern's subpattern on the code member is the label; a property
/// pattern that also tests other members counts as guarded; labels that never name the code member handle nothing.
/// Dispose it to give the buffers back.
/// </summary>
internal sealed class SwitchLabels : IDisposable
{
    [ThreadStatic]
    private static SwitchLabels? t_spare;

    private Constant[] _constants = new Constant[32];
    private IPatternOperation[] _patterns = new IPatternOperation[8];
    private string? _member;

    private SwitchLabels()
    {
    }

    /// <summary>How many constants the labels hold.</summary>
    public int ConstantCount { get; private set; }

    /// <summary>How many patterns must be matched code by code.</summary>
    public int PatternCount { get; private set; }

    /// <summary>The section (statement) or arm (expression) of the first unguarded catch-all; -1 when there is none.</summary>
    public int CatchAll { get; private set; }

    /// <summary>How many sections or arms the switch has.</summary>
    public int Positions { get; private set; }

    /// <summary>For a switch on a response object: whether some label tests the code member.</summary>
    public bool NamesMember { get; private set; }

    /// <summary>Where the new cases go: before the first catch-all, else at the end.</summary>
    public int InsertAt => CatchAll >= 0 ? CatchAll : Positions;

    public ref readonly Constant this[int index] => ref _constants[index];

    public IPatternOperation Pattern(int index) => _patterns[index];

    /// <summary>Reads the labels of <paramref name="operation"/> (a switch statement or expression).</summary>
    public static SwitchLabels Read(IOperation operation, string? patternMember)
    {
        var labels = t_spare ?? new SwitchLabels();
        t_spare = null;
        labels._member = patternMember;
        labels.CatchAll = -1;
        labels.NamesMember = false;
        switch (operation)
        {
            case ISwitchOperation statement:
                labels.Positions = statement.Cases.Length;
                for (var position = 0; position < statement.Cases.Length; position++)
                {
                    foreach (var clause in statement.Cases[position].Clauses)
                    {
                        switch (clause)
                        {
                            case IDefaultCaseClauseOperation:
                                labels.SetCatchAll(position);
                                break;
                            case ISingleValueCaseClauseOperation single when patternMember is null:
                                labels.AddConstant(single.Value, handles: true);
                                break;
                            case IPatternCaseClauseOperation pattern:
                                labels.AddPattern(pattern.Pattern, pattern.Guard is not null, position);
                                break;
                        }
                    }
                }

                break;
            case ISwitchExpressionOperation expression:
                labels.Positions = expression.Arms.Length;
                for (var position = 0; position < expression.Arms.Length; position++)
                {
                    var arm = expression.Arms[position];
                    labels.AddPattern(arm.Pattern, arm.Guard is not null, position);
                }

                break;
            default:
                labels.Positions = 0;
                break;
        }

        return labels;
    }

    public void Dispose()
    {
        Array.Clear(_constants, 0, ConstantCount);
        Array.Clear(_patterns, 0, PatternCount);
        ConstantCount = 0;
        PatternCount = 0;
        _member = null;
        t_spare = this;
    }

    /// <summary>Whether <paramref name="pattern"/> matches <paramref name="code"/> (in a switch over string codes, by its wire code).</summary>
    public static bool Matches(IPatternOperation pattern, CatalogCode code, bool strings) =>
        Matches(pattern, code.Value, strings ? code.WireCode ?? string.Empty : null);

    private static bool Matches(IPatternOperation pattern, long value, string? wire)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                var optional = constant.Value.ConstantValue;
                return wire is not null
                    ? optional is { HasValue: true, Value: string text } && string.Equals(text, wire, StringComparison.Ordinal)
                    : optional.HasValue && ConstantValues.TryGetInt64(optional.Value, out var number) && number == value;
            case IRelationalPatternOperation relational:
                if (wire is not null || !relational.Value.ConstantValue.HasValue || !ConstantValues.TryGetInt64(relational.Value.ConstantValue.Value, out var bound))
                {
                    return false;
                }

                return relational.OperatorKind switch
                {
                    BinaryOperatorKind.LessThan => value < bound,
                    BinaryOperatorKind.LessThanOrEqual => value <= bound,
                    BinaryOperatorKind.GreaterThan => value > bound,
                    BinaryOperatorKind.GreaterThanOrEqual => value >= bound,
                    BinaryOperatorKind.Equals => value == bound,
                    BinaryOperatorKind.NotEquals => value != bound,
                    _ => false,
                };
            case IBinaryPatternOperation binary:
                return binary.OperatorKind switch
                {
                    BinaryOperatorKind.And => Matches(binary.LeftPattern, value, wire) && Matches(binary.RightPattern, value, wire),
                    BinaryOperatorKind.Or => Matches(binary.LeftPattern, value, wire) || Matches(binary.RightPattern, value, wire),
                    _ => false,
                };
            case INegatedPatternOperation negated:
                return !Matches(negated.Pattern, value, wire);
            default:
                return IsCatchAll(pattern);
        }
    }

    private static bool IsCatchAll(IPatternOperation pattern)
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
                return IsCatchAll(or.LeftPattern) || IsCatchAll(or.RightPattern);
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } and:
                return IsCatchAll(and.LeftPattern) && IsCatchAll(and.RightPattern);
            case INegatedPatternOperation { Pattern: IConstantPatternOperation constant }:
                return constant.Value.ConstantValue is { HasValue: true, Value: null };
            default:
                return false;
        }
    }

    private void SetCatchAll(int position)
    {
        if (CatchAll < 0)
        {
            CatchAll = position;
        }
    }

    private void AddPattern(IPatternOperation pattern, bool guarded, int position)
    {
        if (_member is not null && pattern is IRecursivePatternOperation recursive && !recursive.PropertySubpatterns.IsEmpty)
        {
            IPatternOperation? subpattern = null;
            foreach (var property in recursive.PropertySubpatterns)
            {
                if (property.Member switch
                    {
                        IPropertyReferenceOperation reference => reference.Property.Name,
                        IFieldReferenceOperation reference => reference.Field.Name,
                        _ => null,
                    } == _member)
                {
                    subpattern = property.Pattern;
                    break;
                }
            }

            if (subpattern is null)
            {
                return;
            }

            NamesMember = true;
            guarded |= recursive.PropertySubpatterns.Length > 1 || !recursive.DeconstructionSubpatterns.IsEmpty;
            pattern = subpattern;
        }

        if (pattern is IConstantPatternOperation constant)
        {
            AddConstant(constant.Value, handles: !guarded);
            return;
        }

        AddConstants(pattern);
        if (guarded)
        {
            return;
        }

        if (IsCatchAll(pattern))
        {
            SetCatchAll(position);
            return;
        }

        if (PatternCount == _patterns.Length)
        {
            Array.Resize(ref _patterns, _patterns.Length * 2);
        }

        _patterns[PatternCount++] = pattern;
    }

    /// <summary>The constants inside a pattern (checked as codes, but the pattern decides what it handles).</summary>
    private void AddConstants(IPatternOperation pattern)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                AddConstant(constant.Value, handles: false);
                break;
            case IBinaryPatternOperation binary:
                AddConstants(binary.LeftPattern);
                AddConstants(binary.RightPattern);
                break;
            case INegatedPatternOperation negated:
                AddConstants(negated.Pattern);
                break;
        }
    }

    private void AddConstant(IOperation value, bool handles)
    {
        var optional = value.ConstantValue;
        if (!optional.HasValue)
        {
            return;
        }

        Constant constant;
        if (optional.Value is string text)
        {
            constant = new Constant(value, 0, text, handles);
        }
        else if (ConstantValues.TryGetInt64(optional.Value, out var number))
        {
            constant = new Constant(value, number, null, handles);
        }
        else
        {
            return;
        }

        if (ConstantCount == _constants.Length)
        {
            Array.Resize(ref _constants, _constants.Length * 2);
        }

        _constants[ConstantCount++] = constant;
    }

    /// <summary>A constant of a label: a number, or (<see cref="Text"/> set) a string.</summary>
    /// <param name="Operation">The operation that holds the constant (where ECG0002 points).</param>
    /// <param name="Value">The number.</param>
    /// <param name="Text">The string, or null for a number.</param>
    /// <param name="Handles">True when the constant is an unguarded label of its own, so its code is handled.</param>
    internal readonly record struct Constant(IOperation Operation, long Value, string? Text, bool Handles)
    {
        /// <summary>The constant's position in <paramref name="catalog"/>, or -1 (for a string, by its wire code).</summary>
        public int IndexIn(CatalogInfo catalog) => Text is null ? catalog.IndexOf(Value) : catalog.IndexOfWire(Text);
    }
}
