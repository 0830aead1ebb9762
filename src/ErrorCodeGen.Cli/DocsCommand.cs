using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using ErrorCodeGen.Docs;

namespace ErrorCodeGen.Cli;

/// <summary><c>errorcodegen docs &lt;spec.md&gt; [--out &lt;dir&gt;] [--section path] [--check]</c></summary>
internal static class DocsCommand
{
    public static Command Create(TextWriter output, TextWriter error, Invocation invocation)
    {
        var spec = CliApp.SpecArgument();
        var section = CliApp.SectionOption();
        var outDir = new Option<string>("--out", "-o")
        {
            Description = "The folder to write <name>.md, <name>.html, <name>.json, " + JsonDocWriter.SchemaFileName + " and <name>" + OpenApiDocWriter.FileSuffix
                + " (OpenAPI 3.1 components) to (name = the spec's file name without extension). Default: " + DefaultOut + " (in the current folder).",
            DefaultValueFactory = _ => DefaultOut,
        };
        var check = new Option<bool>(CheckOption)
        {
            Description = "Write nothing; exit 1 and show what is stale: the missing files and a diff of each file that differs.",
        };
        var command = new Command("docs", "Writes the error-code docs (Markdown, HTML, JSON + JSON Schema, OpenAPI 3.1 components) from a spec.")
        {
            spec,
            section,
            outDir,
            check,
        };
        command.SetAction(parse => Run(parse.GetValue(spec)!, parse.GetValue(section), parse.GetValue(outDir) ?? DefaultOut, parse.GetValue(check), invocation, output, error));
        return command;
    }

    /// <summary>
    /// The default <c>--out</c>: <c>docs</c> in the current folder. Not the spec's folder: the Markdown doc has the
    /// spec's own file name, so it would overwrite the spec.
    /// </summary>
    public const string DefaultOut = "docs";

    /// <summary>The option that turns writing into checking (dropped from the command the stale hint names).</summary>
    public const string CheckOption = "--check";

    private static int Run(string specPath, string? section, string outDir, bool check, Invocation invocation, TextWriter output, TextWriter error)
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

        return check ? Check(specPath, outDir, files, invocation, output, error) : Write(specPath, files, output, error);
    }

    private static int Check(string specPath, string outDir, List<(string Path, string Content)> files, Invocation invocation, TextWriter output, TextWriter error)
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
                    error.Write(UnifiedDiff.Create(File.ReadAllText(path), content, path, path + " (from " + specPath + ")"));
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
                + " file" + (stale == 1 ? string.Empty : "s") + "); to update them, run the same command without " + CheckOption + ": "
                + invocation.CommandLine(CheckOption));
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
