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
