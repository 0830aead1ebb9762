using System.Collections.Generic;

namespace ErrorCodeGen.Diagnostics;

/// <summary>Every problem the parser reports about a spec page (ids ECG1xxx).</summary>
public static class SpecDiagnostics
{
    public static readonly SpecDiagnosticDescriptor NoTable = new(
        "ECG1001", "No error-code table",
        "The spec has no error-code table: expected a Markdown pipe table with a 'Code' and a 'Meaning' column",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor MissingColumn = new(
        "ECG1002", "Missing required column",
        "The error-code table has no '{0}' column (columns: {1})",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor NonIntegerCode = new(
        "ECG1003", "Code is not an integer",
        "Code '{0}' is not an integer, but the page's other codes are; a page's codes are all numbers or all string codes",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor CodeOutOfRange = new(
        "ECG1004", "Code out of range",
        "Code '{0}' is outside the range of a 32-bit integer ({1} to {2})",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor DuplicateCode = new(
        "ECG1005", "Duplicate code",
        "Code {0} is listed twice; the first row is on line {1}",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor DuplicateName = new(
        "ECG1006", "Two codes map to one member name",
        "Code {0} maps to the member name '{1}', which code {2} already has; add a 'Name' column to choose another name",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor NoIdentifier = new(
        "ECG1007", "Meaning gives no identifier",
        "The meaning of code {0} contains no letters or digits to form a member name; add a 'Name' column",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor UnknownDetailCode = new(
        "ECG1008", "Detail section for an unknown code",
        "The detail section describes code {0}, which the error-code table does not list",
        SpecSeverity.Warning);

    public static readonly SpecDiagnosticDescriptor CategoryRangeMismatch = new(
        "ECG1009", "Category range contradicts its codes",
        "Code {0} is described under '{1}', whose range {2} does not contain it",
        SpecSeverity.Warning);

    public static readonly SpecDiagnosticDescriptor InvalidName = new(
        "ECG1010", "Invalid member name",
        "'{0}' in the Name column gives no C# identifier (it has no letter or digit)",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor InvalidHttpStatus = new(
        "ECG1011", "Invalid HTTP status",
        "'{0}' in the HTTP column is not an HTTP status code (100-599), '-' or empty",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor InvalidRetry = new(
        "ECG1012", "Invalid retry classification",
        "'{0}' in the Retry column is not one of None, DoNotRetry, RetryWithBackoff, RetryAfterDelay, UseFallback, yes or no",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor EmptyMeaning = new(
        "ECG1013", "Empty meaning",
        "Code {0} has an empty meaning",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor ExampleCodeMismatch = new(
        "ECG1014", "Example is for another code",
        "The JSON example of the section for {0} has code {1}, which the section heading does not name",
        SpecSeverity.Warning);

    public static readonly SpecDiagnosticDescriptor DuplicateCatalog = new(
        "ECG1015", "Two specs generate the same catalog",
        "Another error-code spec already generates '{0}' (generated file '{1}'; file names are compared ignoring case); give this one another Namespace or EnumName",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor InvalidOption = new(
        "ECG1016", "Invalid spec option",
        "{0} '{1}' is not valid: {2}",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor SpecFileNotFound = new(
        "ECG1050", "Spec file not found",
        "The error-code spec '{0}' does not exist or cannot be read (looked for '{1}')",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor SpecTooLarge = new(
        "ECG1017", "Spec too large",
        "The spec is {0} characters long; the limit is {1}",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor DuplicateDetail = new(
        "ECG1018", "Code described twice",
        "Code {0} already has a detail section on line {1}; this one is ignored",
        SpecSeverity.Warning);

    public static readonly SpecDiagnosticDescriptor MemberNameReserved = new(
        "ECG1019", "Member name is reserved",
        "Code {0} maps to the member name '{1}', which the generated code uses for a type; add a 'Name' column to choose another name",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor TablesDisagree = new(
        "ECG1020", "Tables disagree",
        "Code {0} means '{1}' here but '{2}' in the table row on line {3}",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor NotAStringCode = new(
        "ECG1022", "Code is not a string code",
        "Code '{0}' is not a string code, but the page's other codes are; a string code starts with a letter or '_' and has only letters, digits, '_', '-', '.' and ':', and a page's codes are all numbers or all string codes",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor CodeWithSeveralMessages = new(
        "ECG1030", "Code listed with several messages",
        "Code {0} is listed again with the message '{1}'; it is kept as another message of the code whose first row is on line {2}",
        SpecSeverity.Warning);

    public static readonly SpecDiagnosticDescriptor TableNotRenderedByGfm = new(
        "ECG1031", "Table other renderers show as text",
        "The table's header has {0} cells but its delimiter row {1}; it is read as a table, but GitHub and other GFM renderers show these lines as text",
        SpecSeverity.Warning);

    public static readonly SpecDiagnosticDescriptor SectionNotFound = new(
        "ECG1040", "Section not found",
        "No heading matches the section '{0}'; {1}",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor SectionAmbiguous = new(
        "ECG1041", "Section is ambiguous",
        "The section '{0}' matches {1} headings: {2}; add an enclosing heading to the path to pick one",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor TableSkipped = new(
        "ECG1103", "Table skipped",
        "This table has no code column ({0}) and is not read as error codes",
        SpecSeverity.Info);

    public static readonly SpecDiagnosticDescriptor NestedTooDeeply = new(
        "ECG1021", "Markdown nested too deeply",
        "The spec's Markdown is nested deeper than the parser allows (block quotes, lists or brackets thousands of levels deep); it is not read",
        SpecSeverity.Error);

    public static readonly SpecDiagnosticDescriptor HttpNotInferred = new(
        "ECG1101", "HTTP status not inferred",
        "No rule decides the HTTP status of code {0} '{1}'; add an 'HTTP' column to the table to state it",
        SpecSeverity.Info);

    public static readonly SpecDiagnosticDescriptor RetryNotInferred = new(
        "ECG1102", "Retry classification not inferred",
        "No rule decides how to retry code {0} '{1}' (DoNotRetry assumed); add a 'Retry' column to the table to state it",
        SpecSeverity.Info);

    public static readonly SpecDiagnosticDescriptor InternalError = new(
        "ECG1999", "Internal error",
        "ErrorCodeGen failed on this spec: {0}. Please report it with the spec attached",
        SpecSeverity.Error);

    /// <summary>All descriptors, in id order.</summary>
    public static IReadOnlyList<SpecDiagnosticDescriptor> All { get; } = new[]
    {
        NoTable, MissingColumn, NonIntegerCode, CodeOutOfRange, DuplicateCode, DuplicateName, NoIdentifier,
        UnknownDetailCode, CategoryRangeMismatch, InvalidName, InvalidHttpStatus, InvalidRetry, EmptyMeaning,
        ExampleCodeMismatch, DuplicateCatalog, InvalidOption, SpecTooLarge, DuplicateDetail, MemberNameReserved,
        TablesDisagree, NestedTooDeeply, NotAStringCode, CodeWithSeveralMessages, TableNotRenderedByGfm, SectionNotFound, SectionAmbiguous, SpecFileNotFound, HttpNotInferred, RetryNotInferred, TableSkipped, InternalError,
    };
}
