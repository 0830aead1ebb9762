using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ErrorCodeGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodeGen.Generator;

/// <summary>
/// Turns the core's located spec diagnostics into Roslyn diagnostics located in the .md file. Titles and messages
/// come from <see cref="SpecDiagnostics"/>; ids, category and severities are spelled out here so that analyzer
/// release tracking (AnalyzerReleases.*.md) can check them.
/// </summary>
internal static class SpecDiagnosticConverter
{
    public const string HelpLinkBase = SpecDiagnosticDescriptor.HelpLinkBase;

    private const string Category = "ErrorCodeGen.Spec";

    private static readonly DiagnosticDescriptor ECG1001 = new("ECG1001", SpecDiagnostics.NoTable.Title, SpecDiagnostics.NoTable.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1001.md");
    private static readonly DiagnosticDescriptor ECG1002 = new("ECG1002", SpecDiagnostics.MissingColumn.Title, SpecDiagnostics.MissingColumn.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1002.md");
    private static readonly DiagnosticDescriptor ECG1003 = new("ECG1003", SpecDiagnostics.NonIntegerCode.Title, SpecDiagnostics.NonIntegerCode.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1003.md");
    private static readonly DiagnosticDescriptor ECG1004 = new("ECG1004", SpecDiagnostics.CodeOutOfRange.Title, SpecDiagnostics.CodeOutOfRange.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1004.md");
    private static readonly DiagnosticDescriptor ECG1005 = new("ECG1005", SpecDiagnostics.DuplicateCode.Title, SpecDiagnostics.DuplicateCode.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1005.md");
    private static readonly DiagnosticDescriptor ECG1006 = new("ECG1006", SpecDiagnostics.DuplicateName.Title, SpecDiagnostics.DuplicateName.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1006.md");
    private static readonly DiagnosticDescriptor ECG1007 = new("ECG1007", SpecDiagnostics.NoIdentifier.Title, SpecDiagnostics.NoIdentifier.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1007.md");
    private static readonly DiagnosticDescriptor ECG1008 = new("ECG1008", SpecDiagnostics.UnknownDetailCode.Title, SpecDiagnostics.UnknownDetailCode.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1008.md");
    private static readonly DiagnosticDescriptor ECG1009 = new("ECG1009", SpecDiagnostics.CategoryRangeMismatch.Title, SpecDiagnostics.CategoryRangeMismatch.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1009.md");
    private static readonly DiagnosticDescriptor ECG1010 = new("ECG1010", SpecDiagnostics.InvalidName.Title, SpecDiagnostics.InvalidName.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1010.md");
    private static readonly DiagnosticDescriptor ECG1011 = new("ECG1011", SpecDiagnostics.InvalidHttpStatus.Title, SpecDiagnostics.InvalidHttpStatus.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1011.md");
    private static readonly DiagnosticDescriptor ECG1012 = new("ECG1012", SpecDiagnostics.InvalidRetry.Title, SpecDiagnostics.InvalidRetry.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1012.md");
    private static readonly DiagnosticDescriptor ECG1013 = new("ECG1013", SpecDiagnostics.EmptyMeaning.Title, SpecDiagnostics.EmptyMeaning.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1013.md");
    private static readonly DiagnosticDescriptor ECG1014 = new("ECG1014", SpecDiagnostics.ExampleCodeMismatch.Title, SpecDiagnostics.ExampleCodeMismatch.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1014.md");
    private static readonly DiagnosticDescriptor ECG1015 = new("ECG1015", SpecDiagnostics.DuplicateCatalog.Title, SpecDiagnostics.DuplicateCatalog.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1015.md");
    private static readonly DiagnosticDescriptor ECG1016 = new("ECG1016", SpecDiagnostics.InvalidOption.Title, SpecDiagnostics.InvalidOption.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1016.md");
    private static readonly DiagnosticDescriptor ECG1017 = new("ECG1017", SpecDiagnostics.SpecTooLarge.Title, SpecDiagnostics.SpecTooLarge.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1017.md");
    private static readonly DiagnosticDescriptor ECG1018 = new("ECG1018", SpecDiagnostics.DuplicateDetail.Title, SpecDiagnostics.DuplicateDetail.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1018.md");
    private static readonly DiagnosticDescriptor ECG1019 = new("ECG1019", SpecDiagnostics.MemberNameReserved.Title, SpecDiagnostics.MemberNameReserved.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1019.md");
    private static readonly DiagnosticDescriptor ECG1101 = new("ECG1101", SpecDiagnostics.HttpNotInferred.Title, SpecDiagnostics.HttpNotInferred.MessageFormat, Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1101.md");
    private static readonly DiagnosticDescriptor ECG1102 = new("ECG1102", SpecDiagnostics.RetryNotInferred.Title, SpecDiagnostics.RetryNotInferred.MessageFormat, Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1102.md");
    private static readonly DiagnosticDescriptor ECG1020 = new("ECG1020", SpecDiagnostics.TablesDisagree.Title, SpecDiagnostics.TablesDisagree.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1020.md");
    private static readonly DiagnosticDescriptor ECG1021 = new("ECG1021", SpecDiagnostics.NestedTooDeeply.Title, SpecDiagnostics.NestedTooDeeply.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1021.md");
    private static readonly DiagnosticDescriptor ECG1022 = new("ECG1022", SpecDiagnostics.NotAStringCode.Title, SpecDiagnostics.NotAStringCode.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1022.md");
    private static readonly DiagnosticDescriptor ECG1030 = new("ECG1030", SpecDiagnostics.CodeWithSeveralMessages.Title, SpecDiagnostics.CodeWithSeveralMessages.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1030.md");
    private static readonly DiagnosticDescriptor ECG1031 = new("ECG1031", SpecDiagnostics.TableNotRenderedByGfm.Title, SpecDiagnostics.TableNotRenderedByGfm.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1031.md");
    private static readonly DiagnosticDescriptor ECG1040 = new("ECG1040", SpecDiagnostics.SectionNotFound.Title, SpecDiagnostics.SectionNotFound.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1040.md");
    private static readonly DiagnosticDescriptor ECG1041 = new("ECG1041", SpecDiagnostics.SectionAmbiguous.Title, SpecDiagnostics.SectionAmbiguous.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1041.md");
    private static readonly DiagnosticDescriptor ECG1050 = new("ECG1050", SpecDiagnostics.SpecFileNotFound.Title, SpecDiagnostics.SpecFileNotFound.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1050.md");
    private static readonly DiagnosticDescriptor ECG1103 = new("ECG1103", SpecDiagnostics.TableSkipped.Title, SpecDiagnostics.TableSkipped.MessageFormat, Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1103.md");
    private static readonly DiagnosticDescriptor ECG1999 = new("ECG1999", SpecDiagnostics.InternalError.Title, SpecDiagnostics.InternalError.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "ECG1999.md");

    /// <summary>Every descriptor the generator reports.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        ECG1001, ECG1002, ECG1003, ECG1004, ECG1005, ECG1006, ECG1007, ECG1008, ECG1009, ECG1010, ECG1011, ECG1012, ECG1013, ECG1014, ECG1015, ECG1016, ECG1017, ECG1018, ECG1019, ECG1020, ECG1021, ECG1022, ECG1030, ECG1031, ECG1040, ECG1041, ECG1050, ECG1101, ECG1102, ECG1103, ECG1999);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index();

    /// <summary>
    /// A diagnostic of one catalog. Problems of the project item rather than of the page — an invalid option (ECG1016),
    /// a missing spec file (ECG1050) — name the item and the property, and are located in the project file that
    /// declares the item when it is known (MSBuild gives no line: line 1), else at the start of the spec.
    /// </summary>
    public static Diagnostic ToDiagnostic(SpecDiagnostic diagnostic, SpecOrigin generation)
    {
        if (diagnostic.Id == SpecDiagnostics.InvalidOption.Id)
        {
            var arguments = diagnostic.Arguments.ToArray();
            arguments[0] = ItemOption(generation, arguments[0]);
            return Diagnostic.Create(ById[diagnostic.Id], ItemLocation(generation, inSpec: true), arguments);
        }

        if (diagnostic.Id == SpecDiagnostics.SpecFileNotFound.Id)
        {
            return Diagnostic.Create(ById[diagnostic.Id], ItemLocation(generation, inSpec: false), diagnostic.Arguments.ToArray());
        }

        return ToDiagnostic(diagnostic, generation.Path);
    }

    public static Diagnostic ToDiagnostic(SpecDiagnostic diagnostic, string path)
    {
        var span = diagnostic.Span;
        var location = Location.Create(
            path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.Line, span.Column), new LinePosition(span.EndLine, span.EndColumn)));
        return Diagnostic.Create(ById[diagnostic.Id], location, diagnostic.Arguments.ToArray());
    }

    /// <summary>
    /// "ErrorCodeSpec item 'spec/error-codes.md': EnumName" for an <c>ErrorCodeSpec</c> item (its metadata names),
    /// "AdditionalFiles item '/repo/spec/error-codes.md': ErrorCodeEnumName" for a plain one (the metadata it carries).
    /// </summary>
    private static string ItemOption(SpecOrigin generation, string option)
    {
        const string MetadataPrefix = "ErrorCode";
        var section = generation.Section is null ? string.Empty : " (Section '" + generation.Section + "')";
        if (generation.Item is { } item)
        {
            var name = option.StartsWith(MetadataPrefix, StringComparison.Ordinal) ? option.Substring(MetadataPrefix.Length) : option;
            return "ErrorCodeSpec item '" + item + "'" + section + ": " + (name == "Sections" ? "Section" : name);
        }

        return "AdditionalFiles item '" + generation.Path + "'" + section + ": "
            + (option.StartsWith(MetadataPrefix, StringComparison.Ordinal) ? option : MetadataPrefix + option);
    }

    private static Location ItemLocation(SpecOrigin generation, bool inSpec)
    {
        if (generation.Project is { } project)
        {
            return Location.Create(project, default, new LinePositionSpan(default, default));
        }

        return inSpec ? Location.Create(generation.Path, default, new LinePositionSpan(default, default)) : Location.None;
    }

    private static Dictionary<string, DiagnosticDescriptor> Index()
    {
        var byId = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in All)
        {
            byId.Add(descriptor.Id, descriptor);
        }

        return byId;
    }
}
