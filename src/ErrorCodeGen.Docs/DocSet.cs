using System;
using System.Collections.Generic;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Docs;

/// <summary>One file of a docs set: a file name (no folder) and its full text (LF line endings).</summary>
public sealed record DocFile(string FileName, string Content);

/// <summary>The files <c>errorcodegen docs</c> writes for one spec: <c>name.md</c>, <c>name.html</c>, <c>name.json</c>, the JSON Schema and the OpenAPI 3.1 components <c>name.openapi.json</c>.</summary>
public static class DocSet
{
    public static IReadOnlyList<DocFile> Create(Catalog catalog, string name)
    {
        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A docs set needs a file name.", nameof(name));
        }

        var layout = DocLayout.Create(catalog);
        return new[]
        {
            new DocFile(name + ".md", DocText.VisibleInMarkdown(MarkdownDocWriter.Render(layout))),
            new DocFile(name + ".html", DocText.VisibleInHtml(HtmlDocWriter.Render(layout))),
            new DocFile(name + ".json", JsonDocWriter.Render(layout)),
            new DocFile(JsonDocWriter.SchemaFileName, JsonDocWriter.Schema),
            new DocFile(name + OpenApiDocWriter.FileSuffix, OpenApiDocWriter.Render(layout)),
        };
    }
}
