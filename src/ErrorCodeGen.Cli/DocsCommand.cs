using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using ErrorCodeGen.Docs;

namespace ErrorCodeGen.Cli;

/// <summary><c>errorcodegen docs &lt;spec.md&gt; --out &lt;dir&gt; [--section path] [--check]</c></summary>
internal static class DocsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var spec = CliApp.SpecArgument();
        var section = CliApp.SectionOption();
        var outDir = new Option<string>("--out", "-o")
        {
            Description = "The folder to write <name>.md, <name>.html, <name>.json, " + JsonDocWriter.SchemaFileName + " and <name>" + OpenApiDocWriter.FileSuffix + " (OpenAPI 3.1 components) to (name = the spec's file name without extension).",
            Required = true,
        };
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing; exit 1 and list the files that are missing or differ (stale docs).",
        };
        var command = new Command("docs", "Writes the error-code docs (Markdown, HTML, JSON + JSON Schema, OpenAPI 3.1 components) from a spec.")
        {
            spec,
            section,
            outDir,
            check,
        };
        command.SetAction(parse => Run(parse.GetValue(spec)!, parse.GetValue(section), parse.GetValue(outDir)!, parse.GetValue(check), output, error));
        return command;
    }

    private static int Run(string specPath, string? section, string outDir, bool check, TextWriter output, TextWriter error)
    {
        var result = SpecInput.Load(specPath, section, error);
        if (result is null)
        {
            return ExitCodes.UsageOrIoError;
        }

        SpecInput.Print(result.Diagnostics, specPath, error, includeInfo: false);
        if (result.HasErrors)
        {
            error.WriteLine(CliApp.Name + ": error: '" + specPath + "' has errors (see above); no docs were " + (check ? "checked" : "written") + ".");
            return ExitCodes.Findings;
        }

        var name = Path.GetFileNameWithoutExtension(specPath);
        var files = new List<(string Path, string Content)>();
        foreach (var file in DocSet.Create(result.Catalog, name))
        {
            files.Add((Path.Combine(outDir, file.FileName), file.Content));
        }

        return check ? Check(specPath, section, outDir, files, output, error) : Write(specPath, files, output, error);
    }

    private static int Check(string specPath, string? section, string outDir, List<(string Path, string Content)> files, TextWriter output, TextWriter error)
    {
        var stale = 0;
        foreach (var (path, content) in files)
        {
            try
            {
                if (!File.Exists(path))
                {
                    error.WriteLine("missing: " + path);
                    stale++;
                }
                else if (!AtomicFiles.SameContent(path, AtomicFiles.Utf8.GetBytes(content)))
                {
                    error.WriteLine("differs: " + path);
                    stale++;
                }
            }
            catch (Exception exception) when (SpecInput.IsIoError(exception))
            {
                error.WriteLine(CliApp.Name + ": error: cannot read '" + path + "': " + exception.Message);
                return ExitCodes.UsageOrIoError;
            }
        }

        if (stale > 0)
        {
            error.WriteLine(CliApp.Name + ": error: the docs in '" + outDir + "' are stale (" + stale.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " file" + (stale == 1 ? string.Empty : "s") + "); run: errorcodegen docs " + specPath
                + (string.IsNullOrWhiteSpace(section) ? string.Empty : " --section \"" + section + "\"") + " --out " + outDir);
            return ExitCodes.Findings;
        }

        output.WriteLine("docs in '" + outDir + "' are up to date with '" + specPath + "'");
        return ExitCodes.Ok;
    }

    private static int Write(string specPath, List<(string Path, string Content)> files, TextWriter output, TextWriter error)
    {
        var specFull = Path.GetFullPath(specPath);
        foreach (var (path, _) in files)
        {
            if (string.Equals(Path.GetFullPath(path), specFull, StringComparison.Ordinal))
            {
                error.WriteLine(CliApp.Name + ": error: writing '" + path + "' would overwrite the spec itself; choose another --out folder.");
                return ExitCodes.UsageOrIoError;
            }
        }

        IReadOnlyList<(string Path, WriteOutcome Outcome)> results;
        try
        {
            results = AtomicFiles.WriteAll(files);
        }
        catch (Exception exception) when (SpecInput.IsIoError(exception))
        {
            error.WriteLine(CliApp.Name + ": error: cannot write the docs: " + exception.Message + " (no file was left half-written)");
            return ExitCodes.UsageOrIoError;
        }

        foreach (var (path, outcome) in results)
        {
            output.WriteLine((outcome == WriteOutcome.Written ? "wrote     " : "unchanged ") + path);
        }

        return ExitCodes.Ok;
    }
}
