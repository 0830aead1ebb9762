using System.Collections.Generic;
using System.Globalization;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Inference;

/// <summary>The code of one row as written: the code cell and, when the table has one, its numeric <c>Id</c>/<c>Value</c> cell.</summary>
/// <param name="Text">The code cell's plain text.</param>
/// <param name="Span">Where the code cell is.</param>
/// <param name="Number">The numeric column's plain text, or null when the table has no such column.</param>
/// <param name="NumberSpan">Where the numeric cell is (the row when unknown).</param>
public readonly record struct CodeCell(string Text, SourceSpan Span, string? Number, SourceSpan NumberSpan);

/// <summary>
/// Decides, from all the code cells of a page at once, what kind of codes the page has, and gives every row its
/// enum value, wire code and default member name. Any reader (table, per-code heading, bold name, definition list)
/// collects its rows' <see cref="CodeCell"/>s in page order and calls <see cref="Read"/>:
/// <list type="bullet">
/// <item><description>integers (or a page where integers are at least as many as identifiers): <see cref="IsSymbolic"/> is
/// false and the caller reads numbers as before (a non-integer there is ECG1003);</description></item>
/// <item><description>mostly identifiers (<see cref="WireCodeNaming.IsWireCode"/>) with a numeric column: a
/// <see cref="CodeKind.Numeric"/> catalog whose members keep the number and carry the identifier as wire code;</description></item>
/// <item><description>mostly identifiers: a <see cref="CodeKind.String"/> catalog, values 1…N in page order (a repeated code keeps
/// its first value, so the caller's duplicate checks see it); a cell that is not an identifier is ECG1022.</description></item>
/// </list>
/// Member names drop the prefix every code shares (<see cref="WireCodeNaming.SharedPrefix"/>); two codes with one name
/// are left to the caller's name check (ECG1006), as for numeric codes.
/// </summary>
public sealed class PageCodes
{
    /// <summary>A page of numbers: nothing to read symbolically.</summary>
    public static PageCodes Numeric { get; } = new(CodeKind.Numeric, false, System.Array.Empty<RowCode>());

    private readonly RowCode[] _rows;
    private readonly Dictionary<int, string> _wireByValue = new();

    private PageCodes(CodeKind kind, bool isSymbolic, RowCode[] rows)
    {
        Kind = kind;
        IsSymbolic = isSymbolic;
        _rows = rows;
        foreach (var row in rows)
        {
            if (row.Ok && row.WireCode is not null && !_wireByValue.ContainsKey(row.Value))
            {
                _wireByValue.Add(row.Value, row.WireCode);
            }
        }
    }

    /// <summary>The kind of catalog the page makes.</summary>
    public CodeKind Kind { get; }

    /// <summary>True when the code cells hold identifiers: rows are read through <see cref="TryGet"/>, not as numbers.</summary>
    public bool IsSymbolic { get; }

    /// <summary>The prefix dropped from member names (<c>M_</c>), or empty.</summary>
    public string SharedPrefix { get; private set; } = string.Empty;

    /// <summary>The value, wire code and default member name of row <paramref name="index"/>; false when the row is in error (already reported).</summary>
    public bool TryGet(int index, out int value, out string wireCode, out string memberName)
    {
        var row = index >= 0 && index < _rows.Length ? _rows[index] : default;
        value = row.Value;
        wireCode = row.WireCode ?? string.Empty;
        memberName = row.MemberName ?? string.Empty;
        return row.Ok;
    }

    /// <summary>How a value is shown in messages: its wire code on a symbolic page, else the number.</summary>
    public string Display(int value) => _wireByValue.TryGetValue(value, out var wire)
        ? wire
        : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads the code cells of a page (in page order); problems are added to <paramref name="diagnostics"/>.</summary>
    public static PageCodes Read(IReadOnlyList<CodeCell> cells, List<SpecDiagnostic> diagnostics)
    {
        var identifiers = 0;
        var numbers = 0;
        var hasNumberColumn = false;
        foreach (var cell in cells)
        {
            var text = cell.Text.Trim();
            if (IsInteger(text))
            {
                numbers++;
            }
            else if (WireCodeNaming.IsWireCode(text))
            {
                identifiers++;
            }

            hasNumberColumn |= cell.Number is not null;
        }

        if (identifiers == 0 || identifiers <= numbers)
        {
            return Numeric;
        }

        var rows = new RowCode[cells.Count];
        var codes = new List<string>();
        var firstValue = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var next = 1;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var text = cell.Text.Trim();
            if (!WireCodeNaming.IsWireCode(text))
            {
                Report(diagnostics, SpecDiagnostics.NotAStringCode, cell.Span, text);
                continue;
            }

            if (hasNumberColumn)
            {
                var number = (cell.Number ?? string.Empty).Trim();
                if (!int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    Report(diagnostics, SpecDiagnostics.NonIntegerCode, cell.NumberSpan, number);
                    continue;
                }

                if (firstValue.TryGetValue(text, out var other) && other != value)
                {
                    // One symbolic name for two numbers: the name could not be looked up.
                    Report(diagnostics, SpecDiagnostics.DuplicateCode, cell.Span, text, FirstLine(cells, text));
                    continue;
                }

                firstValue[text] = value;
                rows[i] = new RowCode(true, value, text, null);
            }
            else if (firstValue.TryGetValue(text, out var earlier))
            {
                rows[i] = new RowCode(true, earlier, text, null);
            }
            else
            {
                firstValue.Add(text, next);
                rows[i] = new RowCode(true, next++, text, null);
            }

            codes.Add(text);
        }

        var prefix = WireCodeNaming.SharedPrefix(Distinct(codes));
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Ok)
            {
                rows[i] = rows[i] with { MemberName = WireCodeNaming.MemberName(rows[i].WireCode!, prefix) };
            }
        }

        return new PageCodes(hasNumberColumn ? CodeKind.Numeric : CodeKind.String, true, rows) { SharedPrefix = prefix };
    }

    /// <summary>The 1-based line of the first cell whose code is <paramref name="text"/>.</summary>
    private static string FirstLine(IReadOnlyList<CodeCell> cells, string text)
    {
        foreach (var cell in cells)
        {
            if (string.Equals(cell.Text.Trim(), text, System.StringComparison.Ordinal))
            {
                return (cell.Span.Line + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        return "?";
    }

    private static List<string> Distinct(List<string> codes)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var result = new List<string>(codes.Count);
        foreach (var code in codes)
        {
            if (seen.Add(code))
            {
                result.Add(code);
            }
        }

        return result;
    }

    /// <summary>An integer as the numeric parser reads it (digits with an optional sign, of any length).</summary>
    private static bool IsInteger(string text)
    {
        var sign = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
        if (text.Length <= sign)
        {
            return false;
        }

        for (var i = sign; i < text.Length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static void Report(List<SpecDiagnostic> diagnostics, SpecDiagnosticDescriptor descriptor, SourceSpan span, params string[] args) =>
        diagnostics.Add(new SpecDiagnostic(descriptor, span, new EquatableArray<string>(args)));

    private readonly record struct RowCode(bool Ok, int Value, string? WireCode, string? MemberName);
}
