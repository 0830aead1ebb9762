using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = ErrorCodeGen.Model.SourceSpan;

namespace ErrorCodeGen.Parsing;

/// <summary>
/// Picks the part of a page that a section path names (<see cref="SpecParseOptions.Section"/>), on the parsed
/// Markdown document: the top-level blocks from the matched heading up to the next heading of the same or a higher
/// level. A path that matches no heading, or several, is a located diagnostic that lists the candidates.
/// </summary>
/// <remarks>
/// Matching rules: the path is split at <c> &gt; </c>; a segment matches a heading when both have the same letters
/// and digits, compared case-insensitively and culture-invariantly (spaces, punctuation, <c>#</c>s, inline HTML
/// such as <c>&lt;a name="…"&gt;</c> anchors and JSX components, Hugo shortcodes and a trailing <c>{#id}</c> are
/// ignored). The last segment names the
/// heading to read; each earlier segment must match one of its enclosing headings, in order, at any depth.
/// Only top-level headings count (not headings inside block quotes or lists).
/// </remarks>
public static class SectionSelector
{
    /// <summary>What separates the segments of a section path.</summary>
    public const string SegmentSeparator = " > ";

    private const int MaxCandidates = 5;

    /// <summary>
    /// The segments of a section path (trimmed, in order), or an empty list for a null or blank path.
    /// A segment without letters or digits makes the path invalid: <paramref name="invalidSegment"/> is then set.
    /// </summary>
    public static IReadOnlyList<string> Segments(string? section, out string? invalidSegment)
    {
        invalidSegment = null;
        var segments = new List<string>();
        if (section is null || section.Trim().Length == 0)
        {
            return segments;
        }

        // A '>' with a space (or the path's end) on each side separates segments; "Events->Errors" is one segment.
        var path = CollapseWhitespace(section).Trim();
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i < path.Length && !(path[i] == '>' && (i == 0 || path[i - 1] == ' ') && (i + 1 == path.Length || path[i + 1] == ' ')))
            {
                continue;
            }

            var segment = path.Substring(start, i - start).Trim();
            if (Key(segment).Length == 0)
            {
                invalidSegment ??= segment;
            }

            segments.Add(segment);
            start = i + 1;
        }

        return segments;
    }

    /// <summary>Whether a path segment names a heading with this text (letters and digits, case ignored).</summary>
    public static bool Matches(string segment, string headingText) =>
        Key(segment) is { Length: > 0 } key && string.Equals(key, Key(headingText), StringComparison.Ordinal);

    /// <summary>Selects the blocks of <paramref name="document"/> that <paramref name="section"/> names.</summary>
    internal static SectionSelection Select(MarkdownDocument document, string text, LineMap lines, string? section)
    {
        var segments = Segments(section, out var invalid);
        if (segments.Count == 0)
        {
            return SectionSelection.WholePage(document, text.Length);
        }

        if (invalid is not null)
        {
            return SectionSelection.Failed(new SpecDiagnostic(SpecDiagnostics.InvalidOption, SourceSpan.DocumentStart, Args(
                "Section", section!, "the segment '" + invalid + "' has no letters or digits; separate headings with '" + SegmentSeparator + "'")));
        }

        var headings = CollectHeadings(document, text, lines);
        var keys = new string[segments.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Key(segments[i]);
        }

        var matches = Match(headings, keys, keys.Length);
        if (matches.Count == 1)
        {
            var heading = matches[0];
            var blocks = new List<Block>(heading.EndIndex - heading.Index);
            for (var i = heading.Index; i < heading.EndIndex; i++)
            {
                blocks.Add(document[i]);
            }

            return new SectionSelection(blocks, heading.Start, heading.End, Title(heading), heading.Span, null);
        }

        if (matches.Count > 1)
        {
            return SectionSelection.Failed(new SpecDiagnostic(SpecDiagnostics.SectionAmbiguous, matches[0].Span, Args(
                section!, matches.Count.ToString(CultureInfo.InvariantCulture), Describe(matches))));
        }

        return SectionSelection.Failed(NotFound(section!, headings, keys));
    }

    private static SpecDiagnostic NotFound(string section, List<HeadingInfo> headings, string[] keys)
    {
        if (headings.Count == 0)
        {
            return new SpecDiagnostic(SpecDiagnostics.SectionNotFound, SourceSpan.DocumentStart, Args(section, "the page has no headings"));
        }

        // The longest prefix of the path that does match: the candidates are the headings under it.
        for (var length = keys.Length - 1; length >= 1; length--)
        {
            var parents = Match(headings, keys, length);
            if (parents.Count == 0)
            {
                continue;
            }

            var under = new List<HeadingInfo>();
            foreach (var heading in headings)
            {
                foreach (var parent in parents)
                {
                    if (heading.IsUnder(parent))
                    {
                        under.Add(heading);
                        break;
                    }
                }
            }

            var hint = under.Count == 0
                ? "there is no heading under " + Describe(parents)
                : "the headings under " + Describe(parents) + " are " + Describe(Nearest(under, keys[length]));
            return new SpecDiagnostic(SpecDiagnostics.SectionNotFound, parents[0].Span, Args(section, hint));
        }

        return new SpecDiagnostic(SpecDiagnostics.SectionNotFound, SourceSpan.DocumentStart,
            Args(section, "the nearest headings are " + Describe(Nearest(headings, keys[keys.Length - 1]))));
    }

    /// <summary>The headings that match the first <paramref name="length"/> segments of the path.</summary>
    private static List<HeadingInfo> Match(List<HeadingInfo> headings, string[] keys, int length)
    {
        var matches = new List<HeadingInfo>();
        foreach (var heading in headings)
        {
            if (!KeyEquals(heading.Key, keys[length - 1]))
            {
                continue;
            }

            // Earlier segments match enclosing headings, innermost first (greedy is exact for a subsequence).
            var segment = length - 2;
            for (var parent = heading.Parent; parent is not null && segment >= 0; parent = parent.Parent)
            {
                if (KeyEquals(parent.Key, keys[segment]))
                {
                    segment--;
                }
            }

            if (segment < 0)
            {
                matches.Add(heading);
            }
        }

        return matches;
    }

    /// <summary>The headings most like <paramref name="key"/>, best first (containment, then edit distance).</summary>
    private static List<HeadingInfo> Nearest(List<HeadingInfo> headings, string key)
    {
        var scored = new List<(HeadingInfo Heading, int Score, int Order)>(headings.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var score = heading.Key.Length > 0 && key.Length > 0
                && (heading.Key.IndexOf(key, StringComparison.Ordinal) >= 0 || key.IndexOf(heading.Key, StringComparison.Ordinal) >= 0)
                ? Math.Abs(heading.Key.Length - key.Length) / 4
                : EditDistance(heading.Key, key);
            scored.Add((heading, score, i));
        }

        scored.Sort(static (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : a.Order.CompareTo(b.Order));
        var nearest = new List<HeadingInfo>(MaxCandidates);
        for (var i = 0; i < scored.Count && i < MaxCandidates; i++)
        {
            nearest.Add(scored[i].Heading);
        }

        return nearest;
    }

    private static int EditDistance(string a, string b) =>
        a.Length > 200 || b.Length > 200
            ? Math.Max(a.Length, b.Length)
            : Model.EditDistance.Compute(a, b, Math.Max(a.Length, b.Length));

    private static string Describe(List<HeadingInfo> headings)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < headings.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append('\'').Append(headings[i].Path).Append("' (line ")
                .Append((headings[i].Span.Line + 1).ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        return builder.ToString();
    }

    /// <summary>The catalog title: the selected heading after the headings that enclose it.</summary>
    private static string Title(HeadingInfo heading)
    {
        var parts = new List<string>();
        for (var h = heading; h is not null; h = h.Parent)
        {
            var part = h.Text.TrimEnd(' ', ':');
            if (part.Length > 0)
            {
                parts.Insert(0, part);
            }
        }

        return string.Join(" \u2014 ", parts);
    }

    private static List<HeadingInfo> CollectHeadings(MarkdownDocument document, string text, LineMap lines)
    {
        var headings = new List<HeadingInfo>();
        var open = new List<HeadingInfo>();
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is not HeadingBlock block)
            {
                continue;
            }

            while (open.Count > 0 && open[open.Count - 1].Level >= block.Level)
            {
                open[open.Count - 1].Close(i, block.Span.Start);
                open.RemoveAt(open.Count - 1);
            }

            var start = Math.Max(0, Math.Min(block.Span.Start, text.Length));
            var length = Math.Max(0, Math.Min(block.Span.End + 1, text.Length) - start);
            var display = HeadingText(block);
            var heading = new HeadingInfo(i, block.Level, display, Key(display), lines.Span(start, length), start,
                open.Count == 0 ? null : open[open.Count - 1]);
            heading.Close(document.Count, text.Length);
            open.Add(heading);
            headings.Add(heading);
        }

        return headings;
    }

    /// <summary>A heading's text as a reader sees it: inline HTML (anchors) and a trailing <c>{#id}</c> left out.</summary>
    private static string HeadingText(HeadingBlock heading)
    {
        var text = CollapseWhitespace(WithoutShortcodes(InlineText.Plain(heading))).Trim();
        if (text.EndsWith("}", StringComparison.Ordinal))
        {
            var open = text.LastIndexOf('{');
            if (open >= 0 && open + 1 < text.Length && text[open + 1] == '#')
            {
                text = text.Substring(0, open).TrimEnd();
            }
        }

        return text;
    }

    /// <summary>Hugo shortcodes (<c>{{% added-in v="1.7" %}}</c>, <c>{{&lt; badge &gt;}}</c>) are markup, not words of the heading.</summary>
    private static string WithoutShortcodes(string text)
    {
        var open = text.IndexOf("{{", StringComparison.Ordinal);
        if (open < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var from = 0;
        while (open >= 0)
        {
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            builder.Append(text, from, open - from).Append(' ');
            from = close + 2;
            open = text.IndexOf("{{", from, StringComparison.Ordinal);
        }

        return builder.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>What two names must share to match: <see cref="ColumnRoles.Normalize"/>.</summary>
    private static string Key(string text) => ColumnRoles.Normalize(text);

    private static bool KeyEquals(string a, string b) => a.Length > 0 && string.Equals(a, b, StringComparison.Ordinal);

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        if (space)
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    private static EquatableArray<string> Args(params string[] args) => new(args);

    /// <summary>A heading of the page, its place and its path (<paramref name="index"/>: among the document's top-level blocks).</summary>
    private sealed class HeadingInfo(int index, int level, string text, string key, SourceSpan span, int start, HeadingInfo? parent)
    {
        public int Index => index;

        public int Level => level;

        public string Text => text;

        public string Key => key;

        public SourceSpan Span => span;

        public int Start => start;

        public HeadingInfo? Parent => parent;

        /// <summary>The heading's path from the outermost enclosing heading, as a user would write it.</summary>
        public string Path { get; } = parent is null ? text : parent.Path + SegmentSeparator + text;

        /// <summary>The index of the first top-level block after the section (exclusive).</summary>
        public int EndIndex { get; private set; }

        /// <summary>The character offset where the section ends (exclusive).</summary>
        public int End { get; private set; }

        public void Close(int endIndex, int end)
        {
            EndIndex = endIndex;
            End = end;
        }

        public bool IsUnder(HeadingInfo ancestor)
        {
            for (var parent = Parent; parent is not null; parent = parent.Parent)
            {
                if (ReferenceEquals(parent, ancestor))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>What <see cref="SectionSelector"/> selected: the top-level blocks to read and where they stand, or why none.</summary>
/// <param name="Blocks">The top-level blocks to read, in document order (the selected heading first).</param>
/// <param name="Start">The character offset where the selected content starts.</param>
/// <param name="End">The character offset where the selected content ends (exclusive).</param>
/// <param name="Title">The catalog title the selection gives (null for the whole page: the page's own title is used).</param>
/// <param name="HeadingSpan">Where problems of the selection as a whole (no table in it) are reported: its heading, or the page start.</param>
/// <param name="Diagnostic">Why nothing was selected, or null.</param>
internal sealed record SectionSelection(IReadOnlyList<Block> Blocks, int Start, int End, string? Title, SourceSpan HeadingSpan, SpecDiagnostic? Diagnostic)
{

    public static SectionSelection WholePage(MarkdownDocument document, int length) =>
        new(document, 0, length, null, SourceSpan.DocumentStart, null);

    public static SectionSelection Failed(SpecDiagnostic diagnostic) =>
        new(Array.Empty<Block>(), 0, 0, null, SourceSpan.DocumentStart, diagnostic);
}
