using System.Globalization;

namespace ErrorCodeGen.Diagnostics;

/// <summary>The fixed part of a spec diagnostic: id, title, message format and default severity.</summary>
public sealed record SpecDiagnosticDescriptor(string Id, string Title, string MessageFormat, SpecSeverity Severity)
{
    /// <summary>Where the rule pages are published (<see cref="HelpLinks.Base"/>).</summary>
    public const string HelpLinkBase = HelpLinks.Base;

    /// <summary>The documentation page of the rule, relative to the repository root.</summary>
    public string HelpPath => "docs/rules/" + Id + ".md";

    /// <summary>The documentation page of the rule: <see cref="HelpLinkBase"/> + id + <c>.md</c>.</summary>
    public string HelpUri => HelpLink(Id);

    /// <summary>The documentation page of the rule <paramref name="id"/> (any ErrorCodeGen id).</summary>
    public static string HelpLink(string id) => HelpLinks.For(id);

    public string Format(params string[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
