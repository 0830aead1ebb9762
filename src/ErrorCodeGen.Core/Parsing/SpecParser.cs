using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Model;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using SourceSpan = ErrorCodeGen.Model.SourceSpan;

namespace ErrorCodeGen.Parsing;

/// <summary>
/// Parses an error-code Markdown page into a <see cref="Catalog"/>, with every problem located in the page.
/// Never throws for any input (cancellation aside); an internal failure is reported as ECG1999.
/// </summary>
/// <remarks>
/// The page's top-level blocks are walked once, in order; one reader per layout recognises its blocks and adds rows
/// (<see cref="TableReader"/>, <see cref="CodeHeadingReader"/>, <see cref="NameBlockReader"/>,
/// <see cref="DefinitionListReader"/>); <see cref="CatalogBuilder"/> then turns the rows into the catalog.
/// </remarks>
public static class SpecParser
{
    /// <summary>The largest spec accepted, in characters. A larger one gives ECG1017 instead of a slow IDE.</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .Build();

    public static SpecParseResult Parse(string text, CancellationToken cancellationToken = default) =>
        Parse(text, null, cancellationToken);

    /// <summary>Parses <paramref name="text"/>, or only the section that <paramref name="options"/> names.</summary>
    public static SpecParseResult Parse(string text, SpecParseOptions? options, CancellationToken cancellationToken = default)
    {
        text ??= string.Empty;
        if (text.Length > MaxLength)
        {
            return Failure(SpecDiagnostics.SpecTooLarge, SourceSpan.DocumentStart,
                text.Length.ToString(CultureInfo.InvariantCulture), MaxLength.ToString(CultureInfo.InvariantCulture));
        }

        try
        {
            var tooDeep = NestingDepth.FirstTooDeep(text);
            if (tooDeep >= 0)
            {
                // Markdig refuses pathological nesting (block quotes or lists a hundred levels deep); say so where it starts.
                return Failure(SpecDiagnostics.NestedTooDeeply, new LineMap(text).Span(tooDeep, 0));
            }

            var page = new SpecPage(text, PageNoise.Mask(text), cancellationToken);
            var document = Markdown.Parse(page.Text, Pipeline);
            var selection = SectionSelector.Select(document, page.Text, page.Lines, (options ?? SpecParseOptions.Default).Section);
            if (selection.Diagnostic is not null)
            {
                return new SpecParseResult(EmptyCatalog, new EquatableArray<SpecDiagnostic>(new[] { selection.Diagnostic }));
            }

            // The readers see only the selected blocks: the selection is a filter in front of them.
            page.Select(selection);
            return Read(page, selection.Blocks);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            return Failure(SpecDiagnostics.InternalError, SourceSpan.DocumentStart, exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>Walks the top-level blocks (a filter such as a section selection can stand in front of this) and builds the catalog.</summary>
    private static SpecParseResult Read(SpecPage page, IEnumerable<Block> blocks)
    {
        var tables = new TableReader(page);
        var codeHeadings = new CodeHeadingReader(page);
        var nameBlocks = new NameBlockReader(page);
        var definitions = new DefinitionListReader(page);
        var blockCount = 0;
        foreach (var block in blocks)
        {
            if ((++blockCount & 63) == 0)
            {
                page.CancellationToken.ThrowIfCancellationRequested();
            }

            switch (block)
            {
                case YamlFrontMatterBlock front:
                    page.OnFrontMatter(front);
                    continue;

                case HeadingBlock heading:
                    nameBlocks.End();
                    var plain = WithoutHeadingAttributes(InlineText.Plain(heading));
                    page.OnAnyHeading(heading, plain);
                    if (!codeHeadings.OnHeading(heading, plain))
                    {
                        page.PushHeading(heading, plain, page.BlockSpan(heading));
                    }

                    continue;

                case Table table:
                    nameBlocks.End();
                    codeHeadings.Interrupt();
                    tables.Read(table);
                    continue;
            }

            if (codeHeadings.InStringSection)
            {
                // A string-code heading is tentative (it may be an ordinary heading): the other layouts read first.
                _ = nameBlocks.TryRead(block) || definitions.TryRead(block) || codeHeadings.TryRead(block);
                continue;
            }

            if (codeHeadings.TryRead(block) || nameBlocks.TryRead(block) || definitions.TryRead(block))
            {
                continue;
            }
        }

        nameBlocks.End();
        page.CancellationToken.ThrowIfCancellationRequested();
        var catalog = new CatalogBuilder(page).Build();
        page.Diagnostics.Sort((a, b) => a.Span.Start != b.Span.Start
            ? a.Span.Start.CompareTo(b.Span.Start)
            : string.CompareOrdinal(a.Id, b.Id));
        return new SpecParseResult(catalog, new EquatableArray<SpecDiagnostic>(page.Diagnostics.ToArray()));
    }

    /// <summary>
    /// A heading's text without a trailing attribute block (<c>### M_FORBIDDEN {#m-forbidden}</c>, Hugo's and
    /// Pandoc's custom heading ids), which the rendered page does not show.
    /// </summary>
    internal static string WithoutHeadingAttributes(string plain)
    {
        var end = plain.Length;
        while (end > 0 && char.IsWhiteSpace(plain[end - 1]))
        {
            end--;
        }

        if (end < 3 || plain[end - 1] != '}')
        {
            return plain;
        }

        var open = plain.LastIndexOf('{', end - 1);
        if (open < 0 || open + 1 >= end || plain[open + 1] is not ('#' or '.') || plain.IndexOf('}', open) != end - 1)
        {
            return plain;
        }

        return plain.Substring(0, open).TrimEnd();
    }

    private static SpecParseResult Failure(SpecDiagnosticDescriptor descriptor, SourceSpan span, params string[] args) =>
        new(EmptyCatalog, new EquatableArray<SpecDiagnostic>(new[] { new SpecDiagnostic(descriptor, span, new EquatableArray<string>(args)) }));

    private static Catalog EmptyCatalog => new(string.Empty, default, default, null, default, default);
}
