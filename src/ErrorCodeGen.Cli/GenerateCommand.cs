using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Emit;

namespace ErrorCodeGen.Cli;

/// <summary><c>errorcodegen generate &lt;spec.md&gt; [--section path] [--out &lt;file.cs&gt;] [--namespace N] [--enum-name E] [--accessibility public|internal]</c></summary>
internal static class GenerateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var spec = CliApp.SpecArgument();
        var section = CliApp.SectionOption();
        var outFile = new Option<string?>("--out", "-o")
        {
            Description = "The C# file to write; without it the source goes to standard output.",
        };
        var ns = new Option<string?>("--namespace", "-n")
        {
            Description = "The namespace of the generated types (default: the global namespace).",
        };
        var enumName = new Option<string>("--enum-name", "-e")
        {
            Description = "The enum name E; the other types are E + Category, Messages, Extensions, RetryClassification.",
            DefaultValueFactory = _ => "ErrorCode",
        };
        var accessibility = new Option<string>("--accessibility")
        {
            Description = "Accessibility of the generated types.",
            DefaultValueFactory = _ => "public",
        };
        accessibility.AcceptOnlyFromAmong("public", "internal");
        var command = new Command("generate", "Writes the catalog C# the ErrorCodeGen source generator emits for a spec (the marker attribute, then the catalog), for inspection or non-MSBuild builds. A spec with errors writes nothing and exits 1 (in a build, the generator emits the rows it could read and fails the build with the same errors); warnings are printed and do not stop it. The integration helpers are not written.")
        {
            spec,
            section,
            outFile,
            ns,
            enumName,
            accessibility,
        };
        command.SetAction(parse => Run(
            parse.GetValue(spec)!,
            parse.GetValue(section),
            parse.GetValue(outFile),
            new CatalogEmitOptions(parse.GetValue(ns), parse.GetValue(enumName) ?? "ErrorCode", parse.GetValue(accessibility) ?? "public"),
            output,
            error));
        return command;
    }

    /// <summary>The single-file source: the marker attribute followed by the catalog, exactly as the generator emits them.</summary>
    public static string Source(ErrorCodeGen.Model.Catalog catalog, CatalogEmitOptions options) =>
        CatalogEmitter.CatalogAttributeSource + "\n" + CatalogEmitter.Emit(catalog, options);

    private static int Run(string specPath, string? section, string? outFile, CatalogEmitOptions options, TextWriter output, TextWriter error)
    {
        var result = SpecInput.Load(specPath, section, error);
        if (result is null)
        {
            return ExitCodes.UsageOrIoError;
        }

        var diagnostics = new List<SpecDiagnostic>(result.Diagnostics);
        var catalog = CatalogEmitPreflight.Check(result.Catalog, options, diagnostics);
        SpecInput.Print(diagnostics, specPath, error, includeInfo: false);
        if (SpecInput.Count(diagnostics, SpecSeverity.Error) > 0)
        {
            error.WriteLine(CliApp.Name + ": error: '" + specPath + "' has errors (see above); no code was generated.");
            return ExitCodes.Findings;
        }

        var source = Source(catalog, options);
        if (string.IsNullOrEmpty(outFile) || outFile == "-")
        {
            output.Write(source);
            return ExitCodes.Ok;
        }

        try
        {
            var outcome = AtomicFiles.WriteAll(new[] { (outFile!, source) })[0].Outcome;
            output.WriteLine((outcome == WriteOutcome.Written ? "wrote     " : "unchanged ") + outFile);
            return ExitCodes.Ok;
        }
        catch (Exception exception) when (SpecInput.IsIoError(exception))
        {
            error.WriteLine(CliApp.Name + ": error: cannot write '" + outFile + "': " + exception.Message);
            return ExitCodes.UsageOrIoError;
        }
    }
}
