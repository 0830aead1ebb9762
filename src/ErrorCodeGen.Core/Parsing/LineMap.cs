using System.Collections.Generic;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Parsing;

/// <summary>Turns character offsets into 0-based line/column positions (LF, CRLF and CR line ends).</summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly int _length;

    public LineMap(string text)
    {
        _length = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                _lineStarts.Add(i + 1);
            }
            else if (c == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>A span from <paramref name="start"/> (inclusive) of <paramref name="length"/> characters.</summary>
    public SourceSpan Span(int start, int length)
    {
        start = Clamp(start);
        var end = Clamp(start + (length < 0 ? 0 : length));
        var (line, column) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new SourceSpan(start, end - start, line, column, endLine, endColumn);
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > _length ? _length : offset;

    private (int Line, int Column) Position(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index, offset - _lineStarts[index]);
    }
}
