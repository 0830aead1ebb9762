using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Inference;
using ErrorCodeGen.Model;
using Markdig.Syntax;
using SourceSpan = ErrorCodeGen.Model.SourceSpan;

namespace ErrorCodeGen.Parsing;

/// <summary>
/// Reads headings that name a code (<c>#### 1001 - Invalid API key</c>, <c>### -1000 UNKNOWN</c>,
/// <c>### 1001 / 1002 - …</c>) and the text under them: paragraphs, labelled causes and solutions, bullets and the
/// first JSON example. The catalog builder decides whether a section describes a code of another layout (a detail
/// section) or is the listing itself (a page with a heading per code).
/// </summary>
internal sealed class CodeHeadingReader
{
    private static readonly Regex CodeHeading = new(
        @"^\s*(?<codes>[+-]?\d+(?:\s*(?:/|,|&|\band\b|\bor\b)\s*[+-]?\d+)*)\s*(?:[-–—:|.]\s*(?<title>.*)|\s(?<name>\S+)\s*)?$",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A heading that is one code token, with an optional title after a separator (<c>M_FORBIDDEN - Forbidden</c>).</summary>
    private static readonly Regex StringCodeHeading = new(
        @"^\s*(?<code>[\p{L}_](?:[\p{L}\p{Nd}_.\-]|:(?!\s|$))*?)(?:\s*(?:[-–—|:]\s+|\s[-–—|]\s*)(?<title>\S.*?)|\s*\((?<title>[^()]*)\)|\s+(?<rest>\S.*?))?\s*$",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex CodeInHeading = new(@"[+-]?\d+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex Label = new(
        @"^\s*(?:\*\*|__)?\s*(?<label>causes?|reasons?|solutions?|resolution|fix)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly SpecPage _page;
    private CodeSection? _current;
    private List<SpecText>? _pendingList;

    public CodeHeadingReader(SpecPage page) => _page = page;

    /// <summary>True when <paramref name="heading"/> names a code (a section is opened); false for any other heading.</summary>
    public bool OnHeading(HeadingBlock heading, string plain)
    {
        _pendingList = null;
        var struck = plain.Trim();
        var deprecated = struck.Length > 4 && struck.StartsWith("~~", StringComparison.Ordinal) && struck.IndexOf("~~", 2, StringComparison.Ordinal) > 2;
        if (deprecated)
        {
            var close = struck.IndexOf("~~", 2, StringComparison.Ordinal);
            plain = struck.Substring(2, close - 2) + struck.Substring(close + 2);
        }

        var match = MayBeCodeHeading(plain) ? SpecPage.Match(CodeHeading, plain) : null;
        if (match is not null && match.Groups["name"].Success && !IsConstantName(match.Groups["name"].Value))
        {
            match = null;
        }

        if (match is null)
        {
            _current = _current is not null && heading.Level > _current.Level ? _current : null;
            if (_current is not { WireCode: null } && TryStringSection(heading, plain, deprecated) is { } stringSection)
            {
                _current = stringSection;
            }

            return false;
        }

        var section = NewSection(heading, deprecated, match, "name");
        var span = section.Span;
        section.Category?.MarkCategory();
        var codesText = match.Groups["codes"];
        foreach (Match code in CodeInHeading.Matches(codesText.Value))
        {
            if (int.TryParse(code.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                section.Codes.Add(value);
                section.CodeTexts.Add(code.Value);
            }
        }

        section.CodeSpan = CodeSpan(heading, codesText.Value, span);
        _page.CodeSections.Add(section);
        _page.MarkCatalog();
        _current = section;
        return true;
    }

    /// <summary>True when the open section is headed by a string code: other layouts read its blocks first.</summary>
    /// <remarks>A sub-heading of a section headed by numbers (<c>##### error_example</c> under <c>#### 1001</c>) opens none.</remarks>
    public bool InStringSection => _current?.WireCode is not null;

    /// <summary>
    /// A section for a code heading: the heading above is its category unless it is a generic one ("Error Codes") without
    /// a code range; the title is the heading's <c>title</c> group, else its <paramref name="otherTitle"/> group.
    /// </summary>
    private CodeSection NewSection(HeadingBlock heading, bool deprecated, Match match, string otherTitle)
    {
        var parent = _page.NearestHeading(heading.Level);
        return new CodeSection(heading.Level, _page.BlockSpan(heading), parent is { IsGeneric: false } || parent?.Range is not null ? parent : null, parent)
        {
            Deprecated = deprecated,
            Title = (match.Groups["title"].Success ? match.Groups["title"] : match.Groups[otherTitle]).Value.Trim(),
        };
    }

    /// <summary>
    /// A heading that names a string code (<c>### M_FORBIDDEN</c>, <c>### M_FORBIDDEN - Forbidden</c>,
    /// <c>### `accessDenied`</c>), or null. The section is tentative: the heading is still an ordinary heading of the
    /// page, and the catalog builder uses the section only as the listing of a page with no other listing, or as the
    /// detail of a string code that the listing has. See <see cref="IsStringCodeHeading"/> for the rule.
    /// </summary>
    private CodeSection? TryStringSection(HeadingBlock heading, string plain, bool deprecated)
    {
        var trimmed = plain.TrimStart();
        if (heading.Level < 2 || trimmed.Length == 0 || trimmed.Length > WireCodeNaming.MaxLength + 200 || !(trimmed[0] == '_' || char.IsLetter(trimmed[0])))
        {
            // A page title, or a heading that starts with neither a letter nor an underscore, or too long: no regex run.
            return null;
        }

        var match = SpecPage.Match(StringCodeHeading, plain);
        if (match is null)
        {
            return null;
        }

        var code = match.Groups["code"].Value;
        var inlineCode = StartsWithCodeSpan(heading, code);
        var strong = inlineCode || HasUnderscoreName(code);
        if (match.Groups["rest"].Success && !(inlineCode || (strong && IsAllCapitals(code))))
        {
            // "Rate limits", "JavaScript errors", "snake_case naming": words, not a code and its title. A title after
            // a space only follows a code in inline code or in capitals with '_' (M_FORBIDDEN Forbidden).
            return null;
        }

        if (!IsStringCodeHeading(code, strong, _page.HeadingsAbove(heading.Level)))
        {
            return null;
        }

        var section = NewSection(heading, deprecated, match, "rest");
        section.WireCode = code;
        section.Strong = strong;
        section.PageSection = _page.Sections[_page.Sections.Count - 1];
        section.CodeTexts.Add(code);
        section.CodeSpan = CodeSpan(heading, code, section.Span);
        _page.CodeSections.Add(section);
        return section;
    }

    /// <summary>
    /// The rule for a heading that is a string code. The heading is one token that is a string code
    /// (<see cref="WireCodeNaming.IsWireCode"/>), optionally followed by a title after <c>-</c>, <c>:</c>, <c>|</c> or in
    /// parentheses, and the token is
    /// <list type="bullet">
    /// <item><description>written as inline code (<c>`M_FORBIDDEN`</c>), or</description></item>
    /// <item><description>a name with <c>_</c> between letters or digits (<c>M_FORBIDDEN</c>, <c>card_declined</c>), or</description></item>
    /// <item><description>camelCase or PascalCase (an uppercase letter right after a lowercase one: <c>accessDenied</c>,
    /// <c>ThrottlingException</c>) or all capitals (<c>UNAVAILABLE</c>), when a heading above ends with errors, codes or
    /// exceptions (<c>## Error codes</c>, <c>## Storage API errors</c>; not <c>## Error handling</c>).</description></item>
    /// </list>
    /// "Overview", "Rate limits" or "Error handling" are never codes: not one token, or a word with no code shape.
    /// </summary>
    internal static bool IsStringCodeHeading(string code, bool strong, IEnumerable<HeadingContext> above)
    {
        if (!WireCodeNaming.IsWireCode(code))
        {
            return false;
        }

        if (strong)
        {
            return true;
        }

        if (!HasHump(code) && !IsAllCapitals(code))
        {
            return false;
        }

        foreach (var heading in above)
        {
            if (SaysCodes(heading.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithCodeSpan(HeadingBlock heading, string code)
    {
        var first = heading.Inline?.FirstChild;
        while (first is Markdig.Syntax.Inlines.LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
        {
            first = first.NextSibling;
        }

        if (first is Markdig.Syntax.Inlines.EmphasisInline { FirstChild: Markdig.Syntax.Inlines.CodeInline inner } && inner.Content.Trim() == code)
        {
            return true;
        }

        return first is Markdig.Syntax.Inlines.CodeInline span && span.Content.Trim() == code;
    }

    /// <summary>An '_' with a letter or digit on both sides (<c>M_FORBIDDEN</c>), not a leading or doubled one alone.</summary>
    private static bool HasUnderscoreName(string code)
    {
        for (var i = 1; i + 1 < code.Length; i++)
        {
            if (code[i] == '_' && char.IsLetterOrDigit(code[i - 1]) && char.IsLetterOrDigit(code[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasHump(string code)
    {
        for (var i = 1; i < code.Length; i++)
        {
            if (code[i] >= 'A' && code[i] <= 'Z' && code[i - 1] >= 'a' && code[i - 1] <= 'z')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllCapitals(string code)
    {
        var letters = 0;
        foreach (var c in code)
        {
            if (c >= 'a' && c <= 'z')
            {
                return false;
            }

            if (c >= 'A' && c <= 'Z')
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>True when a heading's last word is error(s), code(s) or exception(s) ("Error codes", "Exceptions"), not "Error handling".</summary>
    private static bool SaysCodes(string text)
    {
        var words = text.Split(new[] { ' ', '\t', '-', ':', '/', '(', ')', '.', ',', '&' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        // The heading names a list of codes ("Error codes", "Drive API errors"), not a topic ("Error handling").
        switch (words[words.Length - 1].ToLowerInvariant())
        {
            case "error": case "errors": case "code": case "codes": case "exception": case "exceptions": case "errcode": case "errcodes":
                return true;
            default:
                return false;
        }
    }

    /// <summary>Reads a block under the current code heading; false when there is none (the block is someone else's).</summary>
    public bool TryRead(Block block)
    {
        if (_current is null)
        {
            return false;
        }

        switch (block)
        {
            case FencedCodeBlock fenced:
                _pendingList = null;
                OnExample(fenced, _current);
                return true;

            case ParagraphBlock paragraph:
                _pendingList = OnParagraph(paragraph, _current);
                return true;

            case ListBlock list:
                foreach (var item in ListItems(list))
                {
                    (_pendingList ?? _current.Notes).Add(item.Text);
                    if (_pendingList is null)
                    {
                        _current.Bullets.Add(item);
                    }
                }

                _pendingList = null;
                return true;

            case ThematicBreakBlock:
                return true;

            default:
                _pendingList = null;
                return false;
        }
    }

    /// <summary>A table or another layout interrupts the label list ("**Solutions**:" then bullets).</summary>
    public void Interrupt() => _pendingList = null;

    private SourceSpan CodeSpan(HeadingBlock heading, string codes, SourceSpan fallback)
    {
        if (heading.Span.Start < 0 || codes.Length == 0)
        {
            return fallback;
        }

        var index = _page.Text.IndexOf(codes.Trim(), heading.Span.Start, Math.Max(0, Math.Min(_page.Text.Length, heading.Span.End + 1) - heading.Span.Start), StringComparison.Ordinal);
        return index < 0 ? fallback : _page.Lines.Span(index, codes.Trim().Length);
    }

    private void OnExample(FencedCodeBlock fenced, CodeSection section)
    {
        if (section.ExampleSeen)
        {
            return;
        }

        var info = fenced.Info ?? string.Empty;
        if (info.Length > 0 && !info.StartsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        section.ExampleSeen = true;
        var example = JsonExample.Read(fenced.Lines.ToString());
        section.ExampleMessage = example.Message;
        section.ExampleSpan = _page.BlockSpan(fenced);
        if (section.WireCode is { } wire)
        {
            OnStringExample(example, section, wire);
            return;
        }

        if (example.Code is { } code)
        {
            if (code >= int.MinValue && code <= int.MaxValue && section.Codes.Contains((int)code))
            {
                section.ExampleCode = (int)code;
            }
            else
            {
                section.ExampleForOtherCode = true;
                _page.Report(SpecDiagnostics.ExampleCodeMismatch, section.ExampleSpan,
                    string.Join(" / ", section.Codes.ConvertAll(c => c.ToString(CultureInfo.InvariantCulture))), code.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>
    /// The example of a string-code section: its code is the string of <c>"code"</c>, <c>"errcode"</c> or
    /// <c>"error_code"</c>, or <c>"error"</c> when that is the section's code (<c>{"error": "invalid_grant"}</c>); the
    /// message is <c>"message"</c>, else <c>"error_description"</c>, else <c>"error"</c> beside a code
    /// (<c>{"errcode": "M_FORBIDDEN", "error": "You are not invited"}</c>).
    /// </summary>
    private void OnStringExample(JsonExample example, CodeSection section, string wire)
    {
        var code = example.TextCode;
        var errorIsCode = example.Error is not null && string.Equals(example.Error, wire, StringComparison.Ordinal);
        if (code is null && errorIsCode)
        {
            code = example.Error;
        }

        section.ExampleMessage = example.Message ?? example.Description ?? (code is not null && !errorIsCode ? example.Error : null);
        if (code is null)
        {
            return;
        }

        if (string.Equals(code, wire, StringComparison.Ordinal))
        {
            section.ExampleWireCodeMatches = true;
        }
        else
        {
            section.ExampleForOtherCode = true;
            section.ExampleMismatch = code;
        }
    }

    private List<SpecText>? OnParagraph(ParagraphBlock paragraph, CodeSection section)
    {
        var raw = _page.Slice(paragraph.Span.Start, paragraph.Span.End + 1);
        var label = MayBeLabel(raw) ? SpecPage.Match(Label, raw) : null;
        if (label is null)
        {
            var text = new SpecText(raw.Trim(), InlineText.Plain(paragraph));
            section.Notes.Add(text);
            section.Paragraphs.Add(new SpecCell(text, _page.BlockSpan(paragraph)));
            return null;
        }

        var name = label.Groups["label"].Value;
        var target = name.StartsWith("cause", StringComparison.OrdinalIgnoreCase) || name.StartsWith("reason", StringComparison.OrdinalIgnoreCase)
            ? section.Causes
            : section.Solutions;
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

    private IEnumerable<SpecCell> ListItems(ListBlock list)
    {
        foreach (var block in list)
        {
            if (block is ListItemBlock item && item.Count > 0 && item[0] is ParagraphBlock paragraph)
            {
                yield return new SpecCell(
                    new SpecText(_page.Slice(paragraph.Span.Start, paragraph.Span.End + 1).Trim(), InlineText.Plain(paragraph)),
                    _page.BlockSpan(paragraph));
            }
        }
    }

    /// <summary>
    /// True for a constant's name after a code in a heading (<c>UNKNOWN</c>, <c>INVALID_MESSAGE</c>,
    /// <c>TooManyRequests</c>), not a word of a title (<c>2024 Changes</c>).
    /// </summary>
    private static bool IsConstantName(string name)
    {
        var upper = 0;
        var lower = 0;
        var humps = 0;
        var underscore = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                underscore = true;
            }
            else if (c >= 'A' && c <= 'Z')
            {
                upper++;
                if (i > 0 && name[i - 1] >= 'a' && name[i - 1] <= 'z')
                {
                    humps++;
                }
            }
            else if (c >= 'a' && c <= 'z')
            {
                lower++;
            }
            else if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return (upper + lower > 0) && (underscore || (lower == 0 && upper >= 2) || humps >= 1);
    }

    /// <summary>
    /// False when <see cref="CodeHeading"/> cannot match: its first non-blank character must be a digit, or a sign
    /// followed by a digit. Most headings are not code headings; this spares them the regex.
    /// </summary>
    private static bool MayBeCodeHeading(string text)
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
    /// <c>__</c>, a label word starting with c, r, s or f (any non-ASCII character there is left to the regex).
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
}

/// <summary>The text under one code heading.</summary>
/// <param name="level">The heading's level.</param>
/// <param name="span">The heading.</param>
/// <param name="category">The heading above, when it names a category (not "Error Codes" and the like).</param>
/// <param name="parent">The nearest heading above, whatever it says.</param>
internal sealed class CodeSection(int level, SourceSpan span, HeadingContext? category, HeadingContext? parent)
{
    public int Level => level;

    public SourceSpan Span => span;

    /// <summary>The codes' text in the heading.</summary>
    public SourceSpan CodeSpan { get; set; }

    public HeadingContext? Category => category;

    public HeadingContext? Parent => parent;

    /// <summary>The heading's text after the codes (<c>Invalid API key</c>, <c>UNKNOWN</c>); may be empty.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The code is struck through in the heading.</summary>
    public bool Deprecated { get; set; }

    public List<int> Codes { get; } = new();

    /// <summary>The string code that heads the section (<c>M_FORBIDDEN</c>); null for a section headed by numbers.</summary>
    public string? WireCode { get; set; }

    /// <summary>A string code in inline code or with an '_': a code whatever the headings above say.</summary>
    public bool Strong { get; set; }

    /// <summary>The top-level section of the page the heading is in (marked as catalog when the section is used).</summary>
    public PageSection? PageSection { get; set; }

    /// <summary>The JSON example's string code is the section's.</summary>
    public bool ExampleWireCodeMatches { get; set; }

    /// <summary>The JSON example's string code when it is another code (reported when the section is used).</summary>
    public string? ExampleMismatch { get; set; }

    public List<string> CodeTexts { get; } = new();

    public bool ExampleSeen { get; set; }

    public string? ExampleMessage { get; set; }

    public int? ExampleCode { get; set; }

    public bool ExampleForOtherCode { get; set; }

    public SourceSpan ExampleSpan { get; set; }

    public List<SpecText> Causes { get; } = new();

    public List<SpecText> Solutions { get; } = new();

    public List<SpecText> Notes { get; } = new();

    /// <summary>Unlabelled bullets (also in <see cref="Notes"/>), with their places.</summary>
    public List<SpecCell> Bullets { get; } = new();

    /// <summary>Unlabelled paragraphs (also in <see cref="Notes"/>), with their places.</summary>
    public List<SpecCell> Paragraphs { get; } = new();
}
