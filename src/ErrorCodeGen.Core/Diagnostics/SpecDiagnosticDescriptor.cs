using System.Globalization;

namespace ErrorCodeGen.Diagnostics;

/// <summary>The fixed part of a spec diagnostic: id, title, message format and default severity.</summary>
public sealed record SpecDiagnosticDescriptor(string Id, string Title, string MessageFormat, SpecSeverity Severity)
{
    /// <summary>The documentation page of the rule, relative to the repository root.</summary>
    public string HelpPath => "docs/rules/" + Id + ".md";

    public string Format(params string[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
