using System;
using System.Collections.Generic;
using System.Globalization;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Inference;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Parsing;

/// <summary>
/// The one place that knows what a valid catalog is. Takes the rows every layout reader found and: reads each code
/// (the only place a code's text becomes a number), merges rows of one code (other messages of one listing are kept,
/// disagreeing listings are ECG1020), attaches detail sections, names members, assigns categories, applies the
/// HTTP and retry columns (inference for what they leave open) and keeps the sections that are not the catalog.
/// </summary>
internal sealed class CatalogBuilder
{
    private const int MaxInferenceInfos = 10;

    /// <summary>The members of <see cref="RetryClassification"/> with their names, in declaration order (read once).</summary>
    private static readonly (RetryClassification Value, string Name)[] RetryNames = RetryClassificationNames();

    private static readonly List<SpecText> NoTexts = new();

    private readonly SpecPage _page;
    private readonly Dictionary<int, CodeSection> _details = new();

    /// <summary>Sections headed by a string code on a page listed by another layout, by code (the first of each).</summary>
    private readonly Dictionary<string, CodeSection> _wireDetails = new(StringComparer.Ordinal);

    private readonly HashSet<CodeSection> _usedWireDetails = new();
    private int _httpNotInferred;
    private int _retryNotInferred;

    /// <summary>The page's codes read together: numbers, or string codes (see <see cref="PageCodes"/>).</summary>
    private PageCodes _codes = PageCodes.Numeric;

    public CatalogBuilder(SpecPage page) => _page = page;

    public Catalog Build()
    {
        var rows = new List<SpecRow>(_page.Rows);
        var codeTables = _page.CodeTables.Count;
        if (rows.Count == 0 && codeTables == 0)
        {
            // Only tables keyed by HTTP status list codes: they are the listing.
            foreach (var table in _page.HttpTables)
            {
                rows.AddRange(table.Rows);
                table.Section.MarkCatalog();
                codeTables++;
            }
        }
        else
        {
            foreach (var table in _page.HttpTables)
            {
                _page.SkippedTables.Add(table.Table);
            }
        }

        var numericSections = _page.CodeSections.FindAll(section => section.WireCode is null);
        var stringSections = _page.CodeSections.FindAll(section => section.WireCode is not null);
        var headingCatalog = rows.Count == 0 && codeTables == 0 && (numericSections.Count > 0 || stringSections.Count > 0);
        if (headingCatalog)
        {
            // No other layout lists codes: the code headings are the listing (a heading per code). Headings of string
            // codes are that listing only on a page with no heading of numbers (else they stay ordinary headings).
            foreach (var section in numericSections.Count > 0 ? numericSections : stringSections)
            {
                if (section.WireCode is not null)
                {
                    UseStringSection(section);
                }

                AddHeadingRows(section, rows);
            }
        }
        else
        {
            foreach (var section in stringSections)
            {
                if (!_wireDetails.ContainsKey(section.WireCode!))
                {
                    _wireDetails.Add(section.WireCode!, section);
                }
                else if (section.Strong)
                {
                    Report(SpecDiagnostics.DuplicateDetail, section.Span, section.WireCode!, Number(_wireDetails[section.WireCode!].Span.Line + 1));
                }
            }

            foreach (var section in numericSections)
            {
                for (var i = 0; i < section.Codes.Count; i++)
                {
                    var code = section.Codes[i];
                    if (_details.TryGetValue(code, out var earlier))
                    {
                        Report(SpecDiagnostics.DuplicateDetail, section.Span, Number(code), Number(earlier.Span.Line + 1));
                    }
                    else
                    {
                        _details.Add(code, section);
                    }
                }
            }
        }

        ReportMissingListing(rows, codeTables);
        if (codeTables > 1)
        {
            // A page with one table per category: each table's heading is the category of its rows.
            foreach (var row in rows)
            {
                if (row.Layout == RowLayout.Table)
                {
                    row.Heading?.MarkCategory();
                }
            }
        }

        MarkBlockCategories(rows);
        var groups = Group(rows);
        var entries = new List<ErrorEntry>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            _page.CancellationToken.ThrowIfCancellationRequested();
            var row = group.First;
            if (row.Meaning.Text.Plain.Length == 0)
            {
                Report(SpecDiagnostics.EmptyMeaning, row.Meaning.Span, Display(group.Code));
                continue;
            }

            string name;
            if (group.WireName is not null && row.Name is not { Text.IsEmpty: false })
            {
                // A string code names its member (RESOURCE_EXHAUSTED → ResourceExhausted), unless a Name cell does.
                name = group.WireName;
                if (name.Length == 0)
                {
                    Report(SpecDiagnostics.NoIdentifier, row.Code.Span, Display(group.Code));
                    continue;
                }
            }
            else if (!TryName(row, group.Code, out name))
            {
                continue;
            }

            if (byName.TryGetValue(name, out var other))
            {
                Report(SpecDiagnostics.DuplicateName, row.Name is { Text.IsEmpty: false } ? row.Name.Value.Span : row.Meaning.Span, Display(group.Code), name, Display(other));
                continue;
            }

            byName.Add(name, group.Code);
            var detail = row.Section;
            if (detail is null && _codes.Kind != CodeKind.String)
            {
                // Detail sections are headed by numbers; a string catalog's values 1…N are not codes of the page.
                _details.TryGetValue(group.Code, out detail);
            }

            if (detail is null && group.WireCode is not null && _wireDetails.TryGetValue(group.WireCode, out detail))
            {
                // A section headed by the string code (#### M_FORBIDDEN - Forbidden) describes it.
                UseStringSection(detail);
                _usedWireDetails.Add(detail);
            }

            entries.Add(BuildEntry(group, name, detail));
        }

        ReportDetails(groups, headingCatalog);
        return new Catalog(
            _page.Title ?? string.Empty,
            new EquatableArray<ErrorEntry>(entries.ToArray()),
            BuildCategories(),
            _page.FrontMatter,
            BuildExtraColumns(rows),
            BuildKeptSections())
        {
            CodeKind = _codes.Kind,
        };
    }

    /// <summary>A tentative string-code section is used (listing or detail): its category and top-level section count, its example is checked.</summary>
    private void UseStringSection(CodeSection section)
    {
        section.Category?.MarkCategory();
        section.PageSection?.MarkCatalog();
        if (section.ExampleMismatch is not null)
        {
            Report(SpecDiagnostics.ExampleCodeMismatch, section.ExampleSpan, section.WireCode!, section.ExampleMismatch);
        }
    }

    /// <summary>The code of a row for <see cref="PageCodes"/>, with the numeric <c>Id</c>/<c>Value</c> cell beside it when the table has one.</summary>
    private static CodeCell CodeCellOf(SpecRow row)
    {
        foreach (var extra in row.Extras)
        {
            if (Array.IndexOf(NumericCodeNames, ColumnRoles.Normalize(extra.Column)) >= 0)
            {
                return new CodeCell(row.Code.Text.Plain, row.Code.Span, extra.Value.Plain, row.Span);
            }
        }

        return new CodeCell(row.Code.Text.Plain, row.Code.Span, null, row.Span);
    }

    private static readonly string[] NumericCodeNames = SpecColumns.Keys(SpecColumns.NumericCode);

    /// <summary>A code as messages show it: its wire code on a page of string codes, else the number.</summary>
    private string Display(int code) => _codes.Display(code);

    /// <summary>The rows of one code heading: the heading's title is the meaning, or names the member and the first bullet or paragraph is the meaning.</summary>
    private void AddHeadingRows(CodeSection section, List<SpecRow> rows)
    {
        var title = section.Title;
        var titleCell = new SpecCell(SpecText.FromPlain(title), TitleSpan(section, title));
        SpecCell? name = null;
        SpecCell meaning;
        var messages = new List<SpecCell>();
        if (title.Length > 0 && title.IndexOf(' ') < 0 && IdentifierNaming.ToPascalCase(title).Length > 0 && (section.Bullets.Count > 0 || section.Paragraphs.Count > 0))
        {
            // "### -1000 UNKNOWN" then "* An unknown error occurred.": the title names the member, the text is the meaning.
            name = new SpecCell(SpecText.FromPlain(IdentifierNaming.ToPascalCase(title)), titleCell.Span);
            if (section.Bullets.Count > 0)
            {
                meaning = section.Bullets[0];
                for (var i = 1; i < section.Bullets.Count; i++)
                {
                    messages.Add(section.Bullets[i]);
                }
            }
            else
            {
                meaning = section.Paragraphs[0];
            }
        }
        else if (title.Length > 0)
        {
            meaning = titleCell;
            if (title.IndexOf(' ') < 0 && IdentifierNaming.ToPascalCase(title).Length > 0)
            {
                name = new SpecCell(SpecText.FromPlain(IdentifierNaming.ToPascalCase(title)), titleCell.Span);
            }
        }
        else if (section.Bullets.Count > 0)
        {
            meaning = section.Bullets[0];
        }
        else if (section.Paragraphs.Count > 0)
        {
            meaning = section.Paragraphs[0];
        }
        else
        {
            meaning = new SpecCell(SpecText.Empty, section.Span);
        }

        if (section.WireCode is not null)
        {
            // A string code names its member; the heading's title (or the first bullet or paragraph) is the meaning.
            name = null;
            messages.Clear();
            meaning = title.Length > 0 ? titleCell
                : section.Bullets.Count > 0 ? section.Bullets[0]
                : section.Paragraphs.Count > 0 ? section.Paragraphs[0]
                : new SpecCell(SpecText.Empty, section.Span);
        }

        for (var i = 0; i < section.CodeTexts.Count; i++)
        {
            var row = new SpecRow(RowLayout.CodeHeading, new SpecCell(SpecText.FromPlain(section.CodeTexts[i]), section.CodeSpan), meaning, section.Span,
                section.Parent, (object?)section.Parent ?? _page)
            {
                Name = section.CodeTexts.Count == 1 ? name : null,
                Deprecated = section.Deprecated,
                Section = section,
            };
            row.MoreMessages.AddRange(messages);
            rows.Add(row);
        }
    }

    private SourceSpan TitleSpan(CodeSection section, string title)
    {
        if (title.Length == 0 || section.Span.Length == 0)
        {
            return section.Span;
        }

        var index = _page.Text.IndexOf(title, section.Span.Start, section.Span.Length, StringComparison.Ordinal);
        return index < 0 ? section.Span : _page.Lines.Span(index, title.Length);
    }

    /// <summary>Nothing lists a code: either no table at all (ECG1001) or tables without a code column (ECG1002); else tables skipped (ECG1103).</summary>
    private void ReportMissingListing(List<SpecRow> rows, int codeTables)
    {
        if (codeTables == 0 && rows.Count == 0)
        {
            if (_page.SkippedTables.Count > 0)
            {
                var header = TableReader.HeaderTexts(_page.SkippedTables[0], out var headerRow);
                Report(SpecDiagnostics.MissingColumn, _page.RowSpan(headerRow), "Code", string.Join(", ", header));
            }
            else
            {
                Report(SpecDiagnostics.NoTable, _page.SelectionHeading);
            }

            return;
        }

        foreach (var skipped in _page.SkippedTables)
        {
            var header = TableReader.HeaderTexts(skipped, out var headerRow);
            Report(SpecDiagnostics.TableSkipped, _page.RowSpan(headerRow), string.Join(", ", header));
        }
    }

    /// <summary>Name blocks and definition lists under several headings: each heading is the category of its codes.</summary>
    private static void MarkBlockCategories(List<SpecRow> rows)
    {
        HeadingContext? first = null;
        var several = false;
        foreach (var row in rows)
        {
            if (row.Layout is RowLayout.NameBlock or RowLayout.DefinitionList)
            {
                several |= first is not null && row.Heading != first;
                first ??= row.Heading;
            }
        }

        if (!several)
        {
            return;
        }

        foreach (var row in rows)
        {
            if (row.Layout is RowLayout.NameBlock or RowLayout.DefinitionList && row.Heading is { IsGeneric: false } heading)
            {
                heading.MarkCategory();
            }
        }
    }

    /// <summary>Reads every code and merges the rows of one code, in page order of their first row.</summary>
    private List<CodeGroup> Group(List<SpecRow> rows)
    {
        var groups = new List<CodeGroup>();
        var byCode = new Dictionary<int, CodeGroup>();
        _codes = PageCodes.Read(rows.ConvertAll(CodeCellOf), _page.Diagnostics);
        var rowIndex = -1;
        foreach (var row in rows)
        {
            _page.CancellationToken.ThrowIfCancellationRequested();
            rowIndex++;
            int code;
            string? wireCode = null;
            string? wireName = null;
            if (_codes.IsSymbolic)
            {
                if (!_codes.TryGet(rowIndex, out code, out var wire, out var member))
                {
                    continue;
                }

                wireCode = wire;
                wireName = member;
            }
            else if (!TryReadCode(row.Code, out code))
            {
                continue;
            }

            if (byCode.TryGetValue(code, out var group))
            {
                var first = group.First;
                var same = string.Equals(first.Meaning.Text.Plain, row.Meaning.Text.Plain, StringComparison.OrdinalIgnoreCase);
                if (first.Source != row.Source)
                {
                    if (!same)
                    {
                        Report(SpecDiagnostics.TablesDisagree, row.Meaning.Span, Display(code), row.Meaning.Text.Plain, first.Meaning.Text.Plain, Number(first.Span.Line + 1));
                    }
                }
                else if (same)
                {
                    Report(SpecDiagnostics.DuplicateCode, row.Code.Span, Display(code), Number(first.Span.Line + 1));
                }
                else if (row.Meaning.Text.Plain.Length > 0)
                {
                    // One code, several messages the API sends: one member, the other messages kept.
                    Report(SpecDiagnostics.CodeWithSeveralMessages, row.Meaning.Span, Display(code), row.Meaning.Text.Plain, Number(first.Span.Line + 1));
                    group.Messages.Add(row.Meaning.Text);
                    foreach (var more in row.MoreMessages)
                    {
                        group.Messages.Add(more.Text);
                    }
                }

                continue;
            }

            group = new CodeGroup(code, row) { WireCode = wireCode, WireName = wireName };
            foreach (var more in row.MoreMessages)
            {
                group.Messages.Add(more.Text);
            }

            byCode.Add(code, group);
            groups.Add(group);
        }

        return groups;
    }

    /// <summary>The one place a code's text becomes a number (ECG1003 for text, ECG1004 beyond 32 bits).</summary>
    private bool TryReadCode(SpecCell cell, out int code)
    {
        var value = cell.Text.Plain.Trim();
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out code))
        {
            return true;
        }

        var sign = value.Length > 0 && (value[0] == '-' || value[0] == '+') ? 1 : 0;
        var allDigits = value.Length > sign;
        for (var i = sign; i < value.Length; i++)
        {
            allDigits &= value[i] >= '0' && value[i] <= '9';
        }

        if (allDigits)
        {
            Report(SpecDiagnostics.CodeOutOfRange, cell.Span, value, Number(int.MinValue), Number(int.MaxValue));
        }
        else
        {
            Report(SpecDiagnostics.NonIntegerCode, cell.Span, value);
        }

        return false;
    }

    /// <summary>
    /// The member name: the Name cell as written when it is an identifier, else its PascalCase (<c>Presence Update</c> →
    /// <c>PresenceUpdate</c>); without a Name cell, the PascalCase of the meaning.
    /// </summary>
    private bool TryName(SpecRow row, int code, out string name)
    {
        if (row.Name is { } cell && cell.Text.Plain.Trim().Length > 0)
        {
            name = cell.Text.Plain.Trim();
            if (name.StartsWith("@", StringComparison.Ordinal))
            {
                name = name.Substring(1);
            }

            if (!IdentifierNaming.IsValidIdentifier(name))
            {
                name = IdentifierNaming.ToPascalCase(name);
                if (name.Length == 0)
                {
                    Report(SpecDiagnostics.InvalidName, cell.Span, cell.Text.Plain.Trim());
                    return false;
                }
            }

            return true;
        }

        name = IdentifierNaming.ToPascalCase(row.Meaning.Text.Plain);
        if (name.Length == 0)
        {
            Report(SpecDiagnostics.NoIdentifier, row.Meaning.Span, Number(code));
            return false;
        }

        return true;
    }

    private ErrorEntry BuildEntry(CodeGroup group, string name, CodeSection? detail)
    {
        var row = group.First;
        var code = group.Code;
        var category = detail?.Category is { IsCategory: true } c ? c : (row.Heading is { IsCategory: true } h ? h : null) ?? (_codes.Kind == CodeKind.String ? null : CategoryByRange(code));
        var recommendation = row.Recommendation?.Text ?? SpecText.Empty;
        if (SpecPlaceholder.IsNone(recommendation.Plain))
        {
            recommendation = SpecText.Empty;
        }

        var hasMessage = detail?.ExampleMessage is not null
            && (detail.ExampleCode == code || detail.ExampleWireCodeMatches
                || (detail.ExampleCode is null && !detail.ExampleForOtherCode && (detail.Codes.Count == 1 || detail.WireCode is not null)));
        var message = hasMessage ? detail!.ExampleMessage! : row.Meaning.Text.Plain;
        var causes = detail?.Causes ?? NoTexts;
        var solutions = detail?.Solutions ?? NoTexts;
        var notes = detail?.Notes ?? NoTexts;
        if (row.Layout == RowLayout.CodeHeading && detail is not null)
        {
            // The bullets and paragraph read as the meaning and messages are not notes as well.
            notes = new List<SpecText>(notes);
            notes.Remove(row.Meaning.Text);
            foreach (var more in row.MoreMessages)
            {
                notes.Remove(more.Text);
            }
        }

        string adviceText;
        if (solutions.Count == 0 && notes.Count == 0 && row.Extras.Count == 0)
        {
            adviceText = recommendation.Plain;
        }
        else
        {
            var advice = new System.Text.StringBuilder(recommendation.Plain);
            foreach (var text in solutions)
            {
                advice.Append('\n').Append(text.Plain);
            }

            foreach (var text in notes)
            {
                advice.Append('\n').Append(text.Plain);
            }

            foreach (var extra in row.Extras)
            {
                advice.Append('\n').Append(extra.Value.Plain);
            }

            adviceText = advice.ToString();
        }

        var input = new InferenceInput(code, row.Meaning.Text.Plain, adviceText, category?.Title);
        var http = ReadHttp(row, input, code);
        var retry = ReadRetry(row, input, http, code);

        return new ErrorEntry(
            code,
            name,
            row.Meaning.Text,
            recommendation,
            message,
            hasMessage,
            new EquatableArray<SpecText>(causes.ToArray()),
            new EquatableArray<SpecText>(solutions.ToArray()),
            new EquatableArray<SpecText>(notes.ToArray()),
            category?.Name,
            http.Status,
            retry,
            new EquatableArray<ExtraCell>(row.Extras.ToArray()),
            row.Span)
        {
            OtherMessages = group.Messages.Count == 0 ? default : new EquatableArray<SpecText>(group.Messages.ToArray()),
            IsDeprecated = row.Deprecated,
            WireCode = group.WireCode,
        };
    }

    private HttpStatusInference.Result ReadHttp(SpecRow row, in InferenceInput input, int code)
    {
        if (row.Http is { } cell)
        {
            var value = cell.Text.Plain.Trim();
            if (SpecPlaceholder.IsNone(value))
            {
                return new(null, true);
            }

            var digits = 0;
            while (digits < value.Length && value[digits] >= '0' && value[digits] <= '9')
            {
                digits++;
            }

            if (digits == 3 && (digits == value.Length || !char.IsLetterOrDigit(value[digits]))
                && int.TryParse(value.Substring(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var status)
                && status is >= 100 and <= 599)
            {
                return new(status, true);
            }

            Report(SpecDiagnostics.InvalidHttpStatus, cell.Span, value);
            return new(null, true);
        }

        if (row.CodeIsHttpStatus && code is >= 100 and <= 599)
        {
            // A table keyed by HTTP status: the code is the status.
            return new(code, true);
        }

        var inferred = HttpStatusInference.Infer(input);
        if (!inferred.Decided && _httpNotInferred++ < MaxInferenceInfos)
        {
            Report(SpecDiagnostics.HttpNotInferred, row.Code.Span, Display(code), input.Meaning);
        }

        return inferred;
    }

    /// <summary>
    /// The Retry (or Reconnect) cell: a classification name, yes/no, or a placeholder. "No retry" (None, no, false, a
    /// placeholder) is success only for a success code (0, or HTTP 2xx); on any other code it means DoNotRetry.
    /// </summary>
    private RetryClassification ReadRetry(SpecRow row, in InferenceInput input, HttpStatusInference.Result http, int code)
    {
        var success = code == 0 || http.Status is >= 200 and <= 299;
        var noRetry = success ? RetryClassification.None : RetryClassification.DoNotRetry;
        if (row.Retry is { } cell)
        {
            var value = cell.Text.Plain.Trim();
            if (SpecPlaceholder.IsNone(value))
            {
                return noRetry;
            }

            var key = value.Replace(" ", string.Empty).Replace("-", string.Empty).Replace("_", string.Empty);
            foreach (var (candidate, candidateName) in RetryNames)
            {
                if (string.Equals(candidateName, key, StringComparison.OrdinalIgnoreCase))
                {
                    return candidate == RetryClassification.None ? noRetry : candidate;
                }
            }

            if (SpecPlaceholder.IsYes(key))
            {
                return SpecPlaceholder.MentionsRetryAfter(input.Meaning) || SpecPlaceholder.MentionsRetryAfter(input.Advice)
                    ? RetryClassification.RetryAfterDelay
                    : RetryClassification.RetryWithBackoff;
            }

            if (SpecPlaceholder.IsNo(key))
            {
                return noRetry;
            }

            Report(SpecDiagnostics.InvalidRetry, cell.Span, value);
            return RetryClassification.DoNotRetry;
        }

        var inferred = RetryInference.Infer(input, http);
        if (!inferred.Decided && _retryNotInferred++ < MaxInferenceInfos)
        {
            Report(SpecDiagnostics.RetryNotInferred, row.Code.Span, Display(code), input.Meaning);
        }

        return inferred.Retry;
    }

    private void ReportDetails(List<CodeGroup> groups, bool headingCatalog)
    {
        var known = new HashSet<int>();
        foreach (var group in groups)
        {
            known.Add(group.Code);
        }

        foreach (var section in _page.CodeSections)
        {
            if (!headingCatalog && _codes.IsSymbolic && section.Strong && !_usedWireDetails.Contains(section)
                && _wireDetails.TryGetValue(section.WireCode!, out var wireOwner) && wireOwner == section)
            {
                // M_FORBIDEN under a table of string codes: a detail for no code (likely a typo), not an ordinary heading.
                Report(SpecDiagnostics.UnknownDetailCode, section.CodeSpan, section.WireCode!);
            }

            foreach (var code in section.Codes)
            {
                if (!headingCatalog && !known.Contains(code) && _details.TryGetValue(code, out var owner) && owner == section)
                {
                    Report(SpecDiagnostics.UnknownDetailCode, section.Span, Number(code));
                }

                if (section.Category is { Range: not null } category && !InRange(category.Range, code))
                {
                    Report(SpecDiagnostics.CategoryRangeMismatch, section.Span, Number(code), category.Title, category.Range);
                }
            }
        }
    }

    private HeadingContext? CategoryByRange(int code)
    {
        foreach (var heading in _page.Headings)
        {
            if (heading.IsCategory && heading.Range is not null && InRange(heading.Range, code))
            {
                return heading;
            }
        }

        return null;
    }

    private static bool InRange(string range, int code)
    {
        var digits = range.TrimEnd('x', 'X');
        var width = range.Length - digits.Length;
        if (width > 9 || code == int.MinValue)
        {
            return false;
        }

        // A range names the digits: "10xx" holds 1000 and, on a page of negative codes, -1000.
        code = Math.Abs(code);

        var scale = 1;
        for (var i = 0; i < width; i++)
        {
            scale *= 10;
        }

        var prefix = code / scale;
        if (digits.Length == 0)
        {
            return prefix == 0;
        }

        return prefix.ToString(CultureInfo.InvariantCulture) == digits;
    }

    private EquatableArray<Category> BuildCategories()
    {
        var categories = new List<Category>();
        var categoryNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in _page.Headings)
        {
            if (heading.IsCategory && heading.Name.Length > 0 && heading.Name != "None" && categoryNames.Add(heading.Name))
            {
                categories.Add(new Category(heading.Name, heading.Title, heading.Range, heading.Span));
            }
        }

        return new EquatableArray<Category>(categories.ToArray());
    }

    private static EquatableArray<ExtraColumn> BuildExtraColumns(List<SpecRow> rows)
    {
        var names = new List<ExtraColumn>();
        foreach (var row in rows)
        {
            foreach (var extra in row.Extras)
            {
                if (!names.Exists(c => c.Header == extra.Column))
                {
                    names.Add(new ExtraColumn(extra.Column));
                }
            }
        }

        return new EquatableArray<ExtraColumn>(names.ToArray());
    }

    private EquatableArray<KeptSection> BuildKeptSections()
    {
        // Cut from the page with its MDX/Hugo noise blanked; the blank lines that leaves are folded below.
        var text = _page.Text;
        var masked = !ReferenceEquals(_page.Text, _page.Original);
        var kept = new List<KeptSection>();
        var catalogSeen = false;
        var bodyStart = _page.FrontMatter is null ? _page.SelectionStart : FrontMatterEnd(text, _page.FrontMatter);
        var sections = _page.Sections;
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var start = i == 0 ? bodyStart : section.Start;
            var end = i + 1 < sections.Count ? sections[i + 1].Start : _page.SelectionEnd;
            if (section.HasCatalog)
            {
                catalogSeen = true;
                continue;
            }

            start = Math.Max(0, Math.Min(start, text.Length));
            end = Math.Max(start, Math.Min(end, text.Length));
            var markdown = text.Substring(start, end - start);
            markdown = (masked ? FoldBlankLines(markdown) : markdown).Trim('\r', '\n');
            if (markdown.Trim().Length > 0 && !IsHeadingOnly(markdown, i > 0))
            {
                kept.Add(new KeptSection(markdown, !catalogSeen));
            }
        }

        return new EquatableArray<KeptSection>(kept.ToArray());
    }

    /// <summary>Lines left blank by masked noise become empty, and runs of empty lines one.</summary>
    private static string FoldBlankLines(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var result = new System.Text.StringBuilder(markdown.Length);
        var blank = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                blank++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blank > 0 ? "\n\n" : "\n");
            }

            blank = 0;
            result.Append(lines[i].TrimEnd());
        }

        return result.ToString();
    }

    /// <summary>A section with nothing under its heading (a title, an empty "Details" heading) is not worth keeping.</summary>
    private static bool IsHeadingOnly(string markdown, bool startsWithHeading)
    {
        if (!startsWithHeading)
        {
            return false;
        }

        var lineEnd = markdown.IndexOfAny(new[] { '\r', '\n' });
        return lineEnd < 0 || markdown.Substring(lineEnd).Trim().Trim('-', '*', '_').Trim().Length == 0;
    }

    private static int FrontMatterEnd(string text, string frontMatter)
    {
        var index = text.IndexOf(frontMatter, StringComparison.Ordinal);
        return index < 0 ? 0 : index + frontMatter.Length;
    }

    private void Report(SpecDiagnosticDescriptor descriptor, SourceSpan span, params string[] args) => _page.Report(descriptor, span, args);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static (RetryClassification Value, string Name)[] RetryClassificationNames()
    {
        var values = (RetryClassification[])Enum.GetValues(typeof(RetryClassification));
        var names = new (RetryClassification Value, string Name)[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            names[i] = (values[i], values[i].ToString());
        }

        return names;
    }

    /// <summary>The rows of one code: the first decides; the others give more messages.</summary>
    private sealed class CodeGroup(int code, SpecRow first)
    {
        public int Code => code;

        public SpecRow First => first;

        public List<SpecText> Messages { get; } = new();

        /// <summary>The code as the API sends it, for a string code (or a symbolic name beside a number); else null.</summary>
        public string? WireCode { get; init; }

        /// <summary>The member name the string code gives (before a Name cell overrides it); null for numeric codes.</summary>
        public string? WireName { get; init; }
    }
}
