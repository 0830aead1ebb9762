using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Inference;
using ErrorCodeGen.Model;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using SourceSpan = ErrorCodeGen.Model.SourceSpan;

namespace ErrorCodeGen.Parsing;

/// <summary>
/// Parses an error-code Markdown page into a <see cref="Catalog"/>, with every problem located in the page.
/// Never throws for any input (cancellation aside); an internal failure is reported as ECG1999.
/// </summary>
public static class SpecParser
{
    /// <summary>The largest spec accepted, in characters. A larger one gives ECG1017 instead of a slow IDE.</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .Build();

    public static SpecParseResult Parse(string text, CancellationToken cancellationToken = default) =>
        Parse(text, null, cancellationToken);

    /// <summary>Parses <paramref name="text"/>, or only the section that <paramref name="options"/> names.</summary>
    public static SpecParseResult Parse(string text, SpecParseOptions? options, CancellationToken cancellationToken = default)
    {
        text ??= string.Empty;
        if (text.Length > MaxLength)
        {
            return Failure(SpecDiagnostics.SpecTooLarge, SourceSpan.DocumentStart,
                text.Length.ToString(CultureInfo.InvariantCulture), MaxLength.ToString(CultureInfo.InvariantCulture));
        }

        try
        {
            return new Run(text, options ?? SpecParseOptions.Default, cancellationToken).Execute();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            return Failure(SpecDiagnostics.InternalError, SourceSpan.DocumentStart, exception.GetType().Name + ": " + exception.Message);
        }
    }

    private static SpecParseResult Failure(SpecDiagnosticDescriptor descriptor, SourceSpan span, params string[] args) =>
        new(EmptyCatalog, new EquatableArray<SpecDiagnostic>(new[] { new SpecDiagnostic(descriptor, span, new EquatableArray<string>(args)) }));

    private static Catalog EmptyCatalog => new(string.Empty, default, default, null, default, default);

    private sealed class Run
    {
        private static readonly Regex DetailHeading = new(
            @"^\s*(?<codes>[+-]?\d+(?:\s*(?:/|,|&|\band\b|\bor\b)\s*[+-]?\d+)*)\s*(?:[-–—:|.]\s*(?<title>.*))?$",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        private static readonly Regex CodeInHeading = new(@"[+-]?\d+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        private static readonly Regex RangePattern = new(
            @"\(?\b(?<digits>\d*)(?<x>[xX]+)\b\)?",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        private static readonly Regex Label = new(
            @"^\s*(?:\*\*|__)?\s*(?<label>causes?|reasons?|solutions?|resolution|fix)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s*",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>The members of <see cref="RetryClassification"/> with their names, in declaration order (read once, not per row).</summary>
        private static readonly (RetryClassification Value, string Name)[] RetryNames = RetryClassificationNames();

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

        private readonly string _text;
        private readonly CancellationToken _cancellationToken;
        private readonly LineMap _lines;
        private readonly SpecParseOptions _options;
        private SectionSelection? _selection;
        private readonly List<SpecDiagnostic> _diagnostics = new();
        private readonly List<Row> _rows = new();
        private readonly Dictionary<int, Detail> _details = new();
        private readonly List<Detail> _detailList = new();
        private readonly List<Heading> _headings = new();
        private readonly List<Heading> _headingStack = new();
        // The first section is the preamble: the text before the first level-1 or level-2 heading.
        private readonly List<Section> _sections = new() { new Section(0) };
        private string? _frontMatter;
        private string? _title;
        private const int MaxInferenceInfos = 10;
        private bool _codeTableSeen;
        private int _httpNotInferred;
        private int _retryNotInferred;
        private int _codeTables;
        private Table? _firstOtherTable;
        private readonly List<Table> _skippedTables = new();

        public Run(string text, SpecParseOptions options, CancellationToken cancellationToken)
        {
            _text = text;
            _options = options;
            _cancellationToken = cancellationToken;
            _lines = new LineMap(text);
        }

        public SpecParseResult Execute()
        {
            MarkdownDocument document;
            try
            {
                document = Markdown.Parse(_text, Pipeline);
            }
            catch (ArgumentException exception) when (exception.Message.IndexOf("nested", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                // Markdig refuses pathological nesting (thousands of '>' or '[') instead of overflowing the stack.
                Report(SpecDiagnostics.NestedTooDeeply, SourceSpan.DocumentStart);
                return new SpecParseResult(EmptyCatalog, new EquatableArray<SpecDiagnostic>(_diagnostics.ToArray()));
            }

            _selection = SectionSelector.Select(document, _text, _lines, _options.Section);
            if (_selection.Diagnostic is not null)
            {
                return new SpecParseResult(EmptyCatalog, new EquatableArray<SpecDiagnostic>(new[] { _selection.Diagnostic }));
            }

            _title = _selection.Title;
            Detail? detail = null;
            List<SpecText>? pendingList = null;
            var blockCount = 0;
            foreach (var block in _selection.Blocks)
            {
                if ((++blockCount & 63) == 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                }

                switch (block)
                {
                    case YamlFrontMatterBlock front:
                        _frontMatter = Slice(front.Span.Start, front.Span.End + 1);
                        _title ??= FrontMatterTitle(front);
                        break;

                    case HeadingBlock heading:
                        pendingList = null;
                        detail = OnHeading(heading, detail);
                        break;

                    case Table table:
                        pendingList = null;
                        OnTable(table);
                        break;

                    case FencedCodeBlock fenced when detail is not null:
                        pendingList = null;
                        OnExample(fenced, detail);
                        break;

                    case ParagraphBlock paragraph when detail is not null:
                        pendingList = OnParagraph(paragraph, detail);
                        break;

                    case ListBlock list when detail is not null:
                        foreach (var item in ListItems(list))
                        {
                            (pendingList ?? detail.Notes).Add(item);
                        }

                        pendingList = null;
                        break;

                    case ThematicBreakBlock:
                        break;

                    default:
                        pendingList = null;
                        break;
                }
            }

            _cancellationToken.ThrowIfCancellationRequested();
            if (!_codeTableSeen)
            {
                if (_firstOtherTable is not null)
                {
                    var header = HeaderTexts(_firstOtherTable, out var headerRow);
                    Report(SpecDiagnostics.MissingColumn, RowSpan(headerRow), "Code", string.Join(", ", header));
                }
                else
                {
                    Report(SpecDiagnostics.NoTable, _selection.HeadingSpan);
                }
            }
            else
            {
                foreach (var skipped in _skippedTables)
                {
                    var header = HeaderTexts(skipped, out var headerRow);
                    Report(SpecDiagnostics.TableSkipped, RowSpan(headerRow), string.Join(", ", header));
                }
            }

            if (_codeTables > 1)
            {
                // A page with one table per category: each table's heading is the category of its rows.
                foreach (var row in _rows)
                {
                    row.TableHeading?.MarkCategory();
                }
            }

            var catalog = BuildCatalog();
            _diagnostics.Sort((a, b) => a.Span.Start != b.Span.Start
                ? a.Span.Start.CompareTo(b.Span.Start)
                : string.CompareOrdinal(a.Id, b.Id));
            return new SpecParseResult(catalog, new EquatableArray<SpecDiagnostic>(_diagnostics.ToArray()));
        }

        private Detail? OnHeading(HeadingBlock heading, Detail? current)
        {
            var plain = InlineText.Plain(heading);
            var span = BlockSpan(heading);
            if (heading.Level <= 2)
            {
                _sections.Add(new Section(heading.Span.Start));
            }

            if (heading.Level == 1)
            {
                _title ??= plain;
            }

            var match = MayBeDetailHeading(plain) ? Match(DetailHeading, plain) : null;
            if (match is not null)
            {
                var parent = NearestHeading(heading.Level);
                var detail = new Detail(heading.Level, span, parent is { IsGeneric: false } || parent?.Range is not null ? parent : null);
                detail.Category?.MarkCategory();
                foreach (Match code in CodeInHeading.Matches(match.Groups["codes"].Value))
                {
                    if (!int.TryParse(code.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                    {
                        continue;
                    }

                    detail.Codes.Add(value);
                    if (_details.TryGetValue(value, out var earlier))
                    {
                        Report(SpecDiagnostics.DuplicateDetail, span, Number(value), Number(earlier.Span.Line + 1));
                    }
                    else
                    {
                        _details.Add(value, detail);
                    }
                }

                _detailList.Add(detail);
                CurrentSection()?.MarkCatalog();
                return detail;
            }

            while (_headingStack.Count > 0 && _headingStack[_headingStack.Count - 1].Level >= heading.Level)
            {
                _headingStack.RemoveAt(_headingStack.Count - 1);
            }

            var range = plain.IndexOf('x') >= 0 || plain.IndexOf('X') >= 0 ? Match(RangePattern, plain) : null;
            var title = (range is null ? plain : plain.Remove(range.Index, range.Length)).Trim(' ', '\t', '-', '–', '—', ':', '|');
            var info = new Heading(heading.Level, plain, title, span, range is null ? null : range.Value.Trim('(', ')'));
            _headingStack.Add(info);
            _headings.Add(info);
            if (info.Range is not null)
            {
                info.MarkCategory();
            }

            return current is not null && heading.Level > current.Level ? current : null;
        }

        private Heading? NearestHeading(int level)
        {
            for (var i = _headingStack.Count - 1; i >= 0; i--)
            {
                if (_headingStack[i].Level < level)
                {
                    return _headingStack[i];
                }
            }

            return null;
        }

        private Section? CurrentSection() => _sections.Count == 0 ? null : _sections[_sections.Count - 1];

        private void OnTable(Table table)
        {
            var headers = HeaderTexts(table, out var headerRow);
            var roles = ColumnRoles.Assign(headers);
            if (roles.Code < 0)
            {
                _firstOtherTable ??= table;
                _skippedTables.Add(table);
                return;
            }

            _codeTableSeen = true;
            _codeTables++;
            CurrentSection()?.MarkCatalog();
            if (roles.Meaning < 0)
            {
                Report(SpecDiagnostics.MissingColumn, RowSpan(headerRow), "Meaning", string.Join(", ", headers));
                return;
            }

            var tableHeading = _headingStack.Count > 0 ? _headingStack[_headingStack.Count - 1] : null;
            var rowIndex = 0;
            foreach (var block in table)
            {
                if ((++rowIndex & 255) == 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                }

                if (block is not TableRow row || row == headerRow)
                {
                    continue;
                }

                var extras = NoExtras;
                foreach (var index in roles.Extra)
                {
                    if (index < headers.Count)
                    {
                        if (extras == NoExtras)
                        {
                            extras = new List<ExtraCell>(roles.Extra.Count);
                        }

                        extras.Add(new ExtraCell(headers[index], At(row, index).Text));
                    }
                }

                _rows.Add(new Row(
                    At(row, roles.Code),
                    At(row, roles.Meaning),
                    roles.Recommendation >= 0 ? At(row, roles.Recommendation) : null,
                    roles.Http >= 0 ? At(row, roles.Http) : null,
                    roles.Retry >= 0 ? At(row, roles.Retry) : null,
                    roles.Name >= 0 ? At(row, roles.Name) : null,
                    extras,
                    RowSpan(row),
                    tableHeading,
                    table));
            }
        }

        /// <summary>Rows without extra cells share this list (never added to after the table is read).</summary>
        private static readonly List<ExtraCell> NoExtras = new();

        /// <summary>Entries without a detail section share this list (only read).</summary>
        private static readonly List<SpecText> NoTexts = new();

        /// <summary>Cell <paramref name="index"/> of <paramref name="row"/>, or an empty cell spanning the row when it has fewer cells.</summary>
        private Cell At(TableRow row, int index) =>
            index >= 0 && index < row.Count ? ReadCell(row[index] as TableCell, row) : new Cell(SpecText.Empty, RowSpan(row));

        private List<string> HeaderTexts(Table table, out TableRow? headerRow)
        {
            headerRow = null;
            foreach (var block in table)
            {
                if (block is TableRow row)
                {
                    headerRow = row;
                    break;
                }
            }

            var headers = new List<string>();
            if (headerRow is not null)
            {
                foreach (var cell in headerRow)
                {
                    headers.Add(InlineText.Plain((cell as TableCell)?.Count > 0 ? ((TableCell)cell)[0] as LeafBlock : null));
                }
            }

            return headers;
        }

        private Cell ReadCell(TableCell? cell, TableRow row)
        {
            if (cell is null || cell.Span.Length <= 0 || cell.Span.Start < 0)
            {
                return new Cell(SpecText.Empty, RowSpan(row));
            }

            var start = cell.Span.Start;
            var end = Math.Min(_text.Length, cell.Span.End + 1);
            while (start < end && (char.IsWhiteSpace(_text[start]) || _text[start] == '|'))
            {
                start++;
            }

            while (end > start && (char.IsWhiteSpace(_text[end - 1]) || (_text[end - 1] == '|' && (end - 2 < start || _text[end - 2] != '\\'))))
            {
                end--;
            }

            var plain = InlineText.Plain(cell.Count > 0 ? cell[0] as LeafBlock : null);
            var markdown = _text.Substring(start, end - start);
            return new Cell(new SpecText(markdown, plain), end > start ? _lines.Span(start, end - start) : RowSpan(row));
        }

        private void OnExample(FencedCodeBlock fenced, Detail detail)
        {
            if (detail.ExampleSeen)
            {
                return;
            }

            var info = fenced.Info ?? string.Empty;
            if (info.Length > 0 && !info.StartsWith("json", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            detail.ExampleSeen = true;
            var example = JsonExample.Read(fenced.Lines.ToString());
            detail.ExampleMessage = example.Message;
            detail.ExampleSpan = BlockSpan(fenced);
            if (example.Code is { } code)
            {
                if (code >= int.MinValue && code <= int.MaxValue && detail.Codes.Contains((int)code))
                {
                    detail.ExampleCode = (int)code;
                }
                else
                {
                    detail.ExampleForOtherCode = true;
                    Report(SpecDiagnostics.ExampleCodeMismatch, detail.ExampleSpan,
                        string.Join(" / ", detail.Codes.ConvertAll(Number)), code.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        private List<SpecText>? OnParagraph(ParagraphBlock paragraph, Detail detail)
        {
            var raw = Slice(paragraph.Span.Start, paragraph.Span.End + 1);
            var label = MayBeLabel(raw) ? Match(Label, raw) : null;
            if (label is null)
            {
                detail.Notes.Add(new SpecText(raw.Trim(), InlineText.Plain(paragraph)));
                return null;
            }

            var name = label.Groups["label"].Value;
            var target = name.StartsWith("cause", StringComparison.OrdinalIgnoreCase) || name.StartsWith("reason", StringComparison.OrdinalIgnoreCase)
                ? detail.Causes
                : detail.Solutions;
            var restMarkdown = raw.Substring(label.Length).Trim();
            var plain = InlineText.Plain(paragraph);
            var colon = plain.IndexOf(':');
            var restPlain = colon >= 0 ? plain.Substring(colon + 1).Trim() : plain;
            if (restMarkdown.Length == 0)
            {
                return target;
            }

            target.Add(new SpecText(restMarkdown, restPlain));
            return null;
        }

        private IEnumerable<SpecText> ListItems(ListBlock list)
        {
            foreach (var block in list)
            {
                if (block is ListItemBlock item && item.Count > 0 && item[0] is ParagraphBlock paragraph)
                {
                    yield return new SpecText(Slice(paragraph.Span.Start, paragraph.Span.End + 1).Trim(), InlineText.Plain(paragraph));
                }
            }
        }

        private Catalog BuildCatalog()
        {
            var byCode = new Dictionary<int, Row>();
            var byName = new Dictionary<string, int>(StringComparer.Ordinal);
            var entries = new List<ErrorEntry>();
            var page = _page = PageCodes.Read(_rows.ConvertAll(CodeCellOf), _diagnostics);
            _codeKind = page.Kind;
            var rowIndex = -1;
            foreach (var row in _rows)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                rowIndex++;
                string? wireCode = null;
                string? wireName = null;
                int code;
                if (page.IsSymbolic ? !page.TryGet(rowIndex, out code, out wireCode, out wireName) : !TryReadCode(row.Code, out code))
                {
                    continue;
                }

                if (byCode.TryGetValue(code, out var first))
                {
                    if (first.Table == row.Table)
                    {
                        Report(SpecDiagnostics.DuplicateCode, row.Code.Span, page.Display(code), Number(first.Span.Line + 1));
                    }
                    else if (!string.Equals(first.Meaning.Text.Plain, row.Meaning.Text.Plain, StringComparison.OrdinalIgnoreCase))
                    {
                        Report(SpecDiagnostics.TablesDisagree, row.Meaning.Span, page.Display(code), row.Meaning.Text.Plain, first.Meaning.Text.Plain, Number(first.Span.Line + 1));
                    }

                    continue;
                }

                byCode.Add(code, row);
                if (row.Meaning.Text.Plain.Length == 0)
                {
                    Report(SpecDiagnostics.EmptyMeaning, row.Meaning.Span, page.Display(code));
                    continue;
                }

                string name;
                if (wireName is not null && row.Name is not { Text.IsEmpty: false })
                {
                    name = wireName;
                    if (name.Length == 0)
                    {
                        Report(SpecDiagnostics.NoIdentifier, row.Code.Span, page.Display(code));
                        continue;
                    }
                }
                else if (!TryName(row, code, out name))
                {
                    continue;
                }

                if (byName.TryGetValue(name, out var other))
                {
                    Report(SpecDiagnostics.DuplicateName, row.Name is { Text.IsEmpty: false } ? row.Name.Value.Span : row.Meaning.Span, page.Display(code), name, page.Display(other));
                    continue;
                }

                byName.Add(name, code);
                Detail? detail = null;
                if (_codeKind != CodeKind.String)
                {
                    _details.TryGetValue(code, out detail);
                }

                entries.Add(BuildEntry(row, code, name, detail) with { WireCode = wireCode });
            }

            foreach (var detail in _detailList)
            {
                foreach (var code in detail.Codes)
                {
                    if (!byCode.ContainsKey(code) && _details.TryGetValue(code, out var owner) && owner == detail)
                    {
                        Report(SpecDiagnostics.UnknownDetailCode, detail.Span, Number(code));
                    }

                    if (detail.Category is { Range: not null } category && !InRange(category.Range, code))
                    {
                        Report(SpecDiagnostics.CategoryRangeMismatch, detail.Span, Number(code), category.Title, category.Range);
                    }
                }
            }

            var categories = new List<Category>();
            var categoryNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var heading in _headings)
            {
                if (heading.IsCategory && heading.Name.Length > 0 && heading.Name != "None" && categoryNames.Add(heading.Name))
                {
                    categories.Add(new Category(heading.Name, heading.Title, heading.Range, heading.Span));
                }
            }

            return new Catalog(
                _title ?? string.Empty,
                new EquatableArray<ErrorEntry>(entries.ToArray()),
                new EquatableArray<Category>(categories.ToArray()),
                _frontMatter,
                BuildExtraColumns(),
                BuildKeptSections()) { CodeKind = page.Kind };
        }

        /// <summary>The code cell of a row, with the numeric <c>Id</c>/<c>Value</c> cell beside it when the table has one.</summary>
        private static CodeCell CodeCellOf(Row row)
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

        private CodeKind _codeKind;

        private PageCodes _page = PageCodes.Numeric;

        private ErrorEntry BuildEntry(Row row, int code, string name, Detail? detail)
        {
            var category = detail?.Category is { IsCategory: true } c ? c : TableCategory(row) ?? (_codeKind == CodeKind.String ? null : CategoryByRange(code));
            var recommendation = row.Recommendation?.Text ?? SpecText.Empty;
            if (recommendation.Plain is "-" or "—" or "–" or "n/a" or "N/A")
            {
                recommendation = SpecText.Empty;
            }

            var hasMessage = detail?.ExampleMessage is not null
                && (detail.ExampleCode == code || (detail.ExampleCode is null && !detail.ExampleForOtherCode && detail.Codes.Count == 1));
            var message = hasMessage ? detail!.ExampleMessage! : row.Meaning.Text.Plain;
            var causes = detail?.Causes ?? NoTexts;
            var solutions = detail?.Solutions ?? NoTexts;
            var notes = detail?.Notes ?? NoTexts;

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
                row.Span);
        }

        private HttpStatusInference.Result ReadHttp(Row row, in InferenceInput input, int code)
        {
            if (row.Http is { } cell)
            {
                var value = cell.Text.Plain.Trim();
                if (value.Length == 0 || value is "-" or "—" or "–" || string.Equals(value, "none", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(value, "n/a", StringComparison.OrdinalIgnoreCase))
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

            var inferred = HttpStatusInference.Infer(input);
            if (!inferred.Decided && _httpNotInferred++ < MaxInferenceInfos)
            {
                Report(SpecDiagnostics.HttpNotInferred, row.Code.Span, _page.Display(code), input.Meaning);
            }

            return inferred;
        }

        private RetryClassification ReadRetry(Row row, in InferenceInput input, HttpStatusInference.Result http, int code)
        {
            if (row.Retry is { } cell && cell.Text.Plain.Trim().Length > 0 && cell.Text.Plain.Trim() != "-")
            {
                var value = cell.Text.Plain.Trim();
                var key = value.Replace(" ", string.Empty).Replace("-", string.Empty).Replace("_", string.Empty);
                foreach (var (candidate, candidateName) in RetryNames)
                {
                    if (string.Equals(candidateName, key, StringComparison.OrdinalIgnoreCase))
                    {
                        return candidate;
                    }
                }

                if (key.Equals("yes", StringComparison.OrdinalIgnoreCase) || key.Equals("true", StringComparison.OrdinalIgnoreCase)
                    || key.Equals("y", StringComparison.OrdinalIgnoreCase) || key is "✓" or "✔" or "✅")
                {
                    var mentionsRetryAfter = (input.Meaning + input.Advice).IndexOf("retry-after", StringComparison.OrdinalIgnoreCase) >= 0;
                    return mentionsRetryAfter ? RetryClassification.RetryAfterDelay : RetryClassification.RetryWithBackoff;
                }

                if (key.Equals("no", StringComparison.OrdinalIgnoreCase) || key.Equals("false", StringComparison.OrdinalIgnoreCase)
                    || key.Equals("n", StringComparison.OrdinalIgnoreCase) || key is "✗" or "✘" or "❌")
                {
                    return http.Status == 200 ? RetryClassification.None : RetryClassification.DoNotRetry;
                }

                Report(SpecDiagnostics.InvalidRetry, cell.Span, value);
                return RetryClassification.DoNotRetry;
            }

            var inferred = RetryInference.Infer(input, http);
            if (!inferred.Decided && _retryNotInferred++ < MaxInferenceInfos)
            {
                Report(SpecDiagnostics.RetryNotInferred, row.Code.Span, _page.Display(code), input.Meaning);
            }

            return inferred.Retry;
        }

        private bool TryReadCode(Cell cell, out int code)
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

        private bool TryName(Row row, int code, out string name)
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
                    Report(SpecDiagnostics.InvalidName, cell.Span, cell.Text.Plain.Trim());
                    return false;
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

        private Heading? CategoryByRange(int code)
        {
            foreach (var heading in _headings)
            {
                if (heading.IsCategory && heading.Range is not null && InRange(heading.Range, code))
                {
                    return heading;
                }
            }

            return null;
        }

        private static Heading? TableCategory(Row row) => row.TableHeading is { IsCategory: true } heading ? heading : null;

        private static bool InRange(string range, int code)
        {
            var digits = range.TrimEnd('x', 'X');
            var width = range.Length - digits.Length;
            if (width > 9 || code < 0)
            {
                return false;
            }

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

        private EquatableArray<ExtraColumn> BuildExtraColumns()
        {
            var names = new List<ExtraColumn>();
            foreach (var row in _rows)
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
            var kept = new List<KeptSection>();
            var catalogSeen = false;
            var bodyStart = _frontMatter is null ? _selection!.Start : FrontMatterEnd();
            for (var i = 0; i < _sections.Count; i++)
            {
                var section = _sections[i];
                var start = i == 0 ? bodyStart : section.Start;
                var end = i + 1 < _sections.Count ? _sections[i + 1].Start : _selection!.End;
                if (section.HasCatalog)
                {
                    catalogSeen = true;
                    continue;
                }

                var markdown = Slice(start, end).Trim('\r', '\n');
                if (markdown.Trim().Length > 0 && !IsHeadingOnly(markdown, i > 0))
                {
                    kept.Add(new KeptSection(markdown, !catalogSeen));
                }
            }

            return new EquatableArray<KeptSection>(kept.ToArray());
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

        private int FrontMatterEnd()
        {
            var index = _text.IndexOf(_frontMatter!, StringComparison.Ordinal);
            return index < 0 ? 0 : index + _frontMatter!.Length;
        }

        private static string? FrontMatterTitle(YamlFrontMatterBlock front)
        {
            foreach (var line in front.Lines.Lines)
            {
                var text = line.Slice.ToString();
                if (text.StartsWith("title:", StringComparison.Ordinal))
                {
                    var title = text.Substring("title:".Length).Trim();
                    return title.Length >= 2 && (title[0] == '"' || title[0] == '\'') && title[title.Length - 1] == title[0]
                        ? title.Substring(1, title.Length - 2)
                        : title;
                }
            }

            return null;
        }

        /// <summary>
        /// False when <see cref="DetailHeading"/> cannot match: its first non-blank character must be a digit, or a sign
        /// followed by a digit (<c>\s</c> and <c>\d</c> are exactly <see cref="char.IsWhiteSpace(char)"/> and
        /// <see cref="char.IsDigit(char)"/>). Most headings are not detail headings; this spares them the regex.
        /// </summary>
        private static bool MayBeDetailHeading(string text)
        {
            var i = 0;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            return i < text.Length && char.IsDigit(text[i]);
        }

        /// <summary>
        /// False when <see cref="Label"/> cannot match: it needs a ':' and, after blanks and an optional <c>**</c> or
        /// <c>__</c>, a label word starting with c, r, s or f (any non-ASCII character there is left to the regex, which
        /// ignores case with the invariant case table).
        /// </summary>
        private static bool MayBeLabel(string text)
        {
            if (text.IndexOf(':') < 0)
            {
                return false;
            }

            var i = 0;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i + 1 < text.Length && ((text[i] == '*' && text[i + 1] == '*') || (text[i] == '_' && text[i + 1] == '_')))
            {
                i += 2;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }

            return i < text.Length && (text[i] >= 0x80 || text[i] is 'c' or 'C' or 'r' or 'R' or 's' or 'S' or 'f' or 'F');
        }

        private Match? Match(Regex regex, string input)
        {
            try
            {
                var match = regex.Match(input);
                return match.Success ? match : null;
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }

        private string Slice(int start, int end)
        {
            start = Math.Max(0, Math.Min(start, _text.Length));
            end = Math.Max(start, Math.Min(end, _text.Length));
            return _text.Substring(start, end - start);
        }

        private SourceSpan BlockSpan(Block block)
        {
            if (block.Span.Start < 0 || block.Span.Length <= 0)
            {
                return SourceSpan.DocumentStart;
            }

            // A block's span ends at its last character (inclusive); drop a trailing line end.
            var end = Math.Min(_text.Length, block.Span.End + 1);
            while (end > block.Span.Start && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
            {
                end--;
            }

            return _lines.Span(block.Span.Start, end - block.Span.Start);
        }

        private SourceSpan RowSpan(TableRow? row)
        {
            if (row is null || row.Span.Start < 0 || row.Span.Length <= 0)
            {
                return SourceSpan.DocumentStart;
            }

            // Markdig's row span leaves out the outer pipes: a row is reported as the whole line a reader sees.
            var start = row.Span.Start;
            var end = Math.Min(_text.Length, row.Span.End + 1);
            while (start > 0 && _text[start - 1] is '|' or ' ' or '\t')
            {
                start--;
            }

            while (end < _text.Length && _text[end] is '|' or ' ' or '\t')
            {
                end++;
            }

            while (start < end && _text[start] is ' ' or '\t')
            {
                start++;
            }

            while (end > start && _text[end - 1] is ' ' or '\t')
            {
                end--;
            }

            return _lines.Span(start, end - start);
        }

        private void Report(SpecDiagnosticDescriptor descriptor, SourceSpan span, params string[] args) =>
            _diagnostics.Add(new SpecDiagnostic(descriptor, span, new EquatableArray<string>(args)));

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private readonly record struct Cell(SpecText Text, SourceSpan Span);

        private sealed record Row(Cell Code, Cell Meaning, Cell? Recommendation, Cell? Http, Cell? Retry, Cell? Name,
            List<ExtraCell> Extras, SourceSpan Span, Heading? TableHeading, Table Table);

        private sealed class Detail
        {
            public Detail(int level, SourceSpan span, Heading? category)
            {
                Level = level;
                Span = span;
                Category = category;
            }

            public int Level { get; }

            public SourceSpan Span { get; }

            public Heading? Category { get; }

            public List<int> Codes { get; } = new();

            public bool ExampleSeen { get; set; }

            public string? ExampleMessage { get; set; }

            public int? ExampleCode { get; set; }

            public bool ExampleForOtherCode { get; set; }

            public SourceSpan ExampleSpan { get; set; }

            public List<SpecText> Causes { get; } = new();

            public List<SpecText> Solutions { get; } = new();

            public List<SpecText> Notes { get; } = new();
        }

        private sealed class Heading
        {
            public Heading(int level, string text, string title, SourceSpan span, string? range)
            {
                Level = level;
                Text = text;
                Title = title;
                Span = span;
                Range = range;
                Name = IdentifierNaming.CategoryName(title);
                IsGeneric = IsGenericTitle(title);
            }

            /// <summary>"Detailed Descriptions", "Error Codes", "Reference": a heading that groups sections without naming a category.</summary>
            public bool IsGeneric { get; }

            private static bool IsGenericTitle(string title)
            {
                var words = title.Split(new[] { ' ', '\t', '-', ':', '/', '&' }, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    return true;
                }

                foreach (var word in words)
                {
                    switch (word.ToLowerInvariant())
                    {
                        case "error": case "errors": case "code": case "codes": case "detail": case "details": case "detailed":
                        case "description": case "descriptions": case "reference": case "quick": case "list": case "of":
                        case "all": case "the": case "api": case "and": case "explained": case "meanings": case "more":
                            continue;
                        default:
                            return false;
                    }
                }

                return true;
            }

            public int Level { get; }

            public string Text { get; }

            public string Title { get; }

            public string Name { get; }

            public SourceSpan Span { get; }

            public string? Range { get; }

            public bool IsCategory { get; private set; }

            public void MarkCategory() => IsCategory = true;
        }

        private sealed class Section
        {
            public Section(int start) => Start = start;

            public int Start { get; }

            public bool HasCatalog { get; private set; }

            public void MarkCatalog() => HasCatalog = true;
        }
    }
}
