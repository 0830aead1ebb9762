using System;
using System.Collections.Generic;
using ErrorCodeGen.Model;
using Markdig.Syntax;

namespace ErrorCodeGen.Parsing;

/// <summary>
/// Reads definition lists: a line holding only a code (<c>`M_FORBIDDEN`</c>, <c>40301</c>, <c>~~40302~~</c>), then
/// one or more <c>: definition</c> lines, each of which may wrap onto the following lines. The first definition is the
/// meaning; further ones are more messages of the code. A blank line between the code and its definition is allowed.
/// </summary>
internal sealed class DefinitionListReader
{
    private readonly SpecPage _page;

    /// <summary>A paragraph holding only a code, waiting for a <c>: definition</c> paragraph.</summary>
    private (SpecCell Code, bool Deprecated, int Start)? _pendingTerm;

    public DefinitionListReader(SpecPage page) => _page = page;

    public bool TryRead(Block block)
    {
        var pending = _pendingTerm;
        _pendingTerm = null;
        if (block is not ParagraphBlock paragraph)
        {
            return false;
        }

        if (pending is null && !FirstLineIsOneToken(paragraph))
        {
            // A term is one token on its own line; most paragraphs start with words (no lines split).
            return false;
        }

        var lines = BlockLines.Of(_page, paragraph);
        if (lines.Count == 0)
        {
            return false;
        }

        if (pending is { } term && IsDefinitionLine(lines[0].Text))
        {
            AddRow(term.Code, term.Deprecated, term.Start, lines, 0);
            return true;
        }

        if (!TryTerm(lines[0], out var code, out var deprecated))
        {
            return false;
        }

        if (lines.Count == 1)
        {
            // Maybe a term whose definition follows after a blank line; not consumed (it stays ordinary text otherwise).
            _pendingTerm = (code, deprecated, lines[0].Start);
            return false;
        }

        if (!IsDefinitionLine(lines[1].Text))
        {
            return false;
        }

        AddRow(code, deprecated, lines[0].Start, lines, 1);
        return true;
    }

    private void AddRow(SpecCell code, bool deprecated, int start, List<BlockLines.Line> lines, int first)
    {
        var definitions = new List<SpecCell>();
        var defStart = -1;
        var defEnd = -1;
        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i];
            if (IsDefinitionLine(line.Text))
            {
                if (defStart >= 0)
                {
                    definitions.Add(BlockLines.Cell(_page, defStart, defEnd));
                }

                var colon = line.Text.IndexOf(':');
                defStart = line.Start + colon + 1;
            }

            defEnd = line.End;
        }

        if (defStart >= 0)
        {
            definitions.Add(BlockLines.Cell(_page, defStart, defEnd));
        }

        var heading = _page.CurrentHeading;
        _page.MarkCatalog();
        var row = new SpecRow(RowLayout.DefinitionList, code, definitions[0], _page.Lines.Span(start, lines[lines.Count - 1].End - start), heading, (object?)heading ?? _page)
        {
            Deprecated = deprecated,
        };
        for (var i = 1; i < definitions.Count; i++)
        {
            row.MoreMessages.Add(definitions[i]);
        }

        _page.Rows.Add(row);
    }

    private bool FirstLineIsOneToken(ParagraphBlock paragraph)
    {
        var text = _page.Text;
        var i = _page.TextStart(paragraph);
        if (i < 0)
        {
            return false;
        }

        for (; i < text.Length && text[i] != '\n' && text[i] != '\r'; i++)
        {
            if (text[i] == ' ' || text[i] == '\t')
            {
                // Trailing blanks (a hard line break) are allowed; a blank inside is not.
                var j = i;
                while (j < text.Length && (text[j] == ' ' || text[j] == '\t'))
                {
                    j++;
                }

                return j >= text.Length || text[j] == '\n' || text[j] == '\r' || text[j] == '\\';
            }
        }

        return true;
    }

    private static bool IsDefinitionLine(string line)
    {
        var i = 0;
        while (i < line.Length && i < 3 && line[i] == ' ')
        {
            i++;
        }

        return i < line.Length && line[i] == ':' && (i + 1 == line.Length || line[i + 1] == ' ' || line[i + 1] == '\t');
    }

    /// <summary>A term line: only a code, optionally in backticks, bold or struck through.</summary>
    private bool TryTerm(BlockLines.Line line, out SpecCell code, out bool deprecated)
    {
        code = default;
        deprecated = false;
        var text = line.Text;
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '\\'))
        {
            end--;
        }

        var changed = true;
        while (changed && end - start > 2)
        {
            changed = false;
            if (text[start] == '`' && text[end - 1] == '`')
            {
                start++;
                end--;
                changed = true;
            }
            else if (end - start > 4 && (string.CompareOrdinal(text, start, "**", 0, 2) == 0 || string.CompareOrdinal(text, start, "__", 0, 2) == 0)
                && string.CompareOrdinal(text, end - 2, text, start, 2) == 0)
            {
                start += 2;
                end -= 2;
                changed = true;
            }
            else if (end - start > 4 && string.CompareOrdinal(text, start, "~~", 0, 2) == 0 && string.CompareOrdinal(text, end - 2, "~~", 0, 2) == 0)
            {
                start += 2;
                end -= 2;
                deprecated = true;
                changed = true;
            }
        }

        var token = text.Substring(start, end - start);
        if (token.Length == 0 || !(IsNumber(token) || IsConstant(token)))
        {
            return false;
        }

        code = new SpecCell(SpecText.FromPlain(token), _page.Lines.Span(line.Start + start, token.Length));
        return true;
    }

    private static bool IsNumber(string token)
    {
        var i = token[0] is '+' or '-' ? 1 : 0;
        if (i >= token.Length)
        {
            return false;
        }

        for (; i < token.Length; i++)
        {
            if (token[i] < '0' || token[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A constant-like name (<c>M_FORBIDDEN</c>, <c>accessDenied</c>): letters, digits, '_', '.', with an underscore, a capital inside, or all capitals.</summary>
    private static bool IsConstant(string token)
    {
        var upper = 0;
        var lower = 0;
        var inner = false;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c is '_' or '.')
            {
                inner = i > 0;
            }
            else if (c >= 'A' && c <= 'Z')
            {
                upper++;
                inner |= i > 0 && lower > 0;
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

        return upper + lower > 0 && (inner || (lower == 0 && upper >= 2));
    }
}
