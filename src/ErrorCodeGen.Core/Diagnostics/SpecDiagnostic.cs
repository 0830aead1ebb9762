using ErrorCodeGen.Model;

namespace ErrorCodeGen.Diagnostics;

/// <summary>A located problem in a spec. Plain data: the generator turns it into a Roslyn diagnostic, the CLI into a line.</summary>
public sealed record SpecDiagnostic(SpecDiagnosticDescriptor Descriptor, SourceSpan Span, EquatableArray<string> Arguments)
{
    public string Id => Descriptor.Id;

    public SpecSeverity Severity => Descriptor.Severity;

    public string Message => Descriptor.Format(Arguments.ToArray());

    /// <summary>How many of <paramref name="diagnostics"/> have <paramref name="severity"/>.</summary>
    public static int Count(System.Collections.Generic.IEnumerable<SpecDiagnostic> diagnostics, SpecSeverity severity)
    {
        var count = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == severity)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>MSBuild-style line: <c>path(line,col): error ECG1003: message</c>.</summary>
    public string ToMSBuildString(string path)
    {
        var severity = Severity switch
        {
            SpecSeverity.Error => "error",
            SpecSeverity.Warning => "warning",
            _ => "info",
        };

        return path + "(" + (Span.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ","
            + (Span.Column + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "): "
            + severity + " " + Id + ": " + Message;
    }
}
