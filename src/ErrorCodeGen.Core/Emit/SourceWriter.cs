using System.Collections.Generic;
using System.Text;

namespace ErrorCodeGen.Emit;

/// <summary>A StringBuilder that indents with four spaces and always ends lines with LF.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    /// <param name="capacity">The expected length, so that a large catalog is not copied as the buffer grows.</param>
    public SourceWriter(int capacity = 4096) => _builder = new StringBuilder(capacity);

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>
    /// Writes each line of <paramref name="block"/> (code written as it appears in the file, relative to the current
    /// indentation) at the current indentation; empty lines stay empty.
    /// </summary>
    public SourceWriter Block(string block)
    {
        var start = 0;
        while (true)
        {
            var end = block.IndexOf('\n', start);
            var line = end < 0 ? block.Substring(start) : block.Substring(start, end - start);
            Line(line.TrimEnd('\r'));
            if (end < 0)
            {
                return this;
            }

            start = end + 1;
        }
    }

    /// <summary>
    /// Writes an array: <paramref name="declaration"/> (up to and including <c>new T[]</c>), then the values between
    /// braces, at most 16 a line and no line wider than 120 columns unless one value is wider by itself.
    /// </summary>
    public SourceWriter Array(string declaration, IEnumerable<string> values)
    {
        const int valuesPerLine = 16;
        const int maxWidth = 120;
        Open(declaration);
        var line = new StringBuilder();
        var count = 0;
        foreach (var value in values)
        {
            if (count == valuesPerLine || (count > 0 && (_indent * 4) + line.Length + 1 + value.Length + 1 > maxWidth))
            {
                Line(line.ToString());
                line.Clear();
                count = 0;
            }

            line.Append(count == 0 ? string.Empty : " ").Append(value).Append(',');
            count++;
        }

        if (count > 0)
        {
            Line(line.ToString());
        }

        return Close(";");
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
