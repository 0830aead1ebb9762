using System.Collections.Generic;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Parsing;

/// <summary>The layout a row was read from.</summary>
internal enum RowLayout
{
    /// <summary>A pipe table row.</summary>
    Table,

    /// <summary>A heading per code (<c>### -1000 UNKNOWN</c>) with its text under it.</summary>
    CodeHeading,

    /// <summary>A bold name, a description and <c>HTTP Status Code: N</c> lines.</summary>
    NameBlock,

    /// <summary>A line holding only a code, then <c>: definition</c> lines.</summary>
    DefinitionList,
}

/// <summary>A piece of the page: its text and where it is (trimmed).</summary>
internal readonly record struct SpecCell(SpecText Text, SourceSpan Span);

/// <summary>
/// One code as a reader found it, before any validation: the raw code text (not yet a number: the catalog builder
/// decides what a valid code is), the texts around it and their places in the page.
/// </summary>
/// <param name="layout">The layout the row was read from.</param>
/// <param name="code">The code as written, struck-through marks removed (<c>10018</c>, <c>-1000</c>, <c>M_FORBIDDEN</c>).</param>
/// <param name="meaning">The code's meaning (a description cell, a heading's paragraph, a definition).</param>
/// <param name="span">The whole row (a table line, a heading, a block).</param>
/// <param name="heading">The nearest heading above the row (a table's heading, a code heading's parent).</param>
/// <param name="source">What the row came from (a table, a code section, a block): rows of one source are one listing.</param>
internal sealed class SpecRow(RowLayout layout, SpecCell code, SpecCell meaning, SourceSpan span, HeadingContext? heading, object source)
{
    public RowLayout Layout => layout;

    public SpecCell Code => code;

    public SpecCell Meaning => meaning;

    public SpecCell? Recommendation { get; set; }

    public SpecCell? Http { get; set; }

    public SpecCell? Retry { get; set; }

    public SpecCell? Name { get; set; }

    /// <summary>Further messages of this code given by the same row (more bullets, more definitions).</summary>
    public List<SpecCell> MoreMessages { get; } = new();

    /// <summary>Cells of columns without a role.</summary>
    public List<ExtraCell> Extras { get; set; } = NoExtras;

    public SourceSpan Span => span;

    public HeadingContext? Heading => heading;

    public object Source => source;

    /// <summary>The code is struck through (<c>~~10018~~</c>): a retired code.</summary>
    public bool Deprecated { get; set; }

    /// <summary>The code column is an HTTP status (a <c>Status code</c> column, or a table under an HTTP heading).</summary>
    public bool CodeIsHttpStatus { get; set; }

    /// <summary>The text under a code heading: causes, solutions, notes, the JSON example.</summary>
    public CodeSection? Section { get; set; }

    /// <summary>Rows without extra cells share this list (never added to).</summary>
    public static readonly List<ExtraCell> NoExtras = new();
}
