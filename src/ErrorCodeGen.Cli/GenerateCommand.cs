using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Pipeline;

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
            DefaultValueFactory = _ => CatalogPipeline.DefaultEnumName,
        };
        var accessibility = new Option<string>("--accessibility")
        {
            Description = "Accessibility of the generated types.",
            DefaultValueFactory = _ => CatalogPipeline.DefaultAccessibility,
        };
        accessibility.AcceptOnlyFromAmong("public", "internal");
        var integration = new Option<string?>("--integration", "-i")
        {
            Description = "Also write the integration helpers the generator adds when the project references them: a comma-separated list of "
                + "http (HttpClient), json (System.Text.Json), polly (Polly v8; needs http and json), e.g. http,json,polly. "
                + "With --out, they go to <out>.Integration.g.cs beside it (from Errors.g.cs: Errors.Integration.g.cs).",
        };
        integration.Validators.Add(result =>
        {
            if (ParseIntegration(result.GetValueOrDefault<string?>(), out var problem) is null)
            {
                result.AddError(problem!);
            }
        });
        var command = new Command("generate", "Writes the catalog C# the ErrorCodeGen source generator emits for a spec (the marker attribute, then the catalog), for inspection or non-MSBuild builds. A spec with errors writes nothing and exits 1 (in a build, the generator emits the rows it could read and fails the build with the same errors); warnings are printed and do not stop it. With --integration, the integration helpers too.")
        {
            spec,
            section,
            outFile,
            ns,
            enumName,
            accessibility,
            integration,
        };
        command.SetAction(parse => Run(
            parse.GetValue(spec)!,
            parse.GetValue(outFile),
            new CatalogRequest(string.Empty, parse.GetValue(section), parse.GetValue(ns), parse.GetValue(enumName), parse.GetValue(accessibility)),
            ParseIntegration(parse.GetValue(integration), out _) ?? IntegrationFeatures.None,
            output,
            error));
        return command;
    }

    /// <summary>
    /// Where a catalog's other files go beside <paramref name="outFile"/>: <c>X.g.cs</c> or <c>X.cs</c> with the hint name
    /// <c>N.E.Integration.g.cs</c> of catalog <c>N.E</c> → <c>X.Integration.g.cs</c>.
    /// </summary>
    private static string BesidePath(string outFile, string hintName, string fullEnumName)
    {
        var stem = outFile.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase) ? outFile.Substring(0, outFile.Length - 5)
            : outFile.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) ? outFile.Substring(0, outFile.Length - 3)
            : outFile;
        return stem + hintName.Substring(fullEnumName.Length);
    }

    /// <summary><c>http,json,polly</c> → the features; null (with the reason) for an unknown name or Polly without HTTP and JSON.</summary>
    private static IntegrationFeatures? ParseIntegration(string? value, out string? problem)
    {
        problem = null;
        var features = IntegrationFeatures.None;
        if (string.IsNullOrWhiteSpace(value))
        {
            return features;
        }

        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "http":
                    features |= IntegrationFeatures.HttpClient;
                    break;
                case "json":
                    features |= IntegrationFeatures.SystemTextJson;
                    break;
                case "polly":
                    features |= IntegrationFeatures.Polly;
                    break;
                default:
                    problem = "--integration: unknown helper '" + part + "'; use http, json and/or polly (e.g. http,json,polly).";
                    return null;
            }
        }

        if ((features & IntegrationFeatures.Polly) != 0 && IntegrationEmitter.Effective(features) != features)
        {
            problem = "--integration: polly builds on the HTTP and JSON helpers; use http,json,polly.";
            return null;
        }

        return features;
    }

    private static int Run(string specPath, string? outFile, CatalogRequest request, IntegrationFeatures integration, TextWriter output, TextWriter error)
    {
        var text = SpecInput.Read(specPath, error);
        if (text is null)
        {
            return ExitCodes.UsageOrIoError;
        }

        var prepared = CatalogPipeline.Prepare(request with { Text = text });
        SpecInput.Print(prepared.Diagnostics, specPath, error, includeInfo: false);
        if (prepared.HasErrors || prepared.Catalog is null)
        {
            error.WriteLine(CliApp.Name + ": error: '" + specPath + "' has errors (see above); no code was generated.");
            return ExitCodes.Findings;
        }

        // The marker attribute, which the generator adds once per compilation, leads the catalog's own file.
        var options = prepared.Options with { Integration = integration };
        var sources = CatalogPipeline.Emit(prepared.Catalog, options);
        var files = new List<(string Path, string Content)>(sources.Count);
        for (var i = 0; i < sources.Count; i++)
        {
            var content = i == 0 ? CatalogEmitter.CatalogAttributeSource + "\n" + sources[i].Text : sources[i].Text;
            files.Add((i == 0 ? outFile ?? "-" : BesidePath(outFile ?? "-", sources[i].HintName, options.FullEnumName), content));
        }

        if (string.IsNullOrEmpty(outFile) || outFile == "-")
        {
            var all = new List<string>(files.Count);
            foreach (var file in files)
            {
                all.Add(file.Content);
            }

            output.Write(string.Join("\n", all));
            return ExitCodes.Ok;
        }

        try
        {
            foreach (var (path, outcome) in AtomicFiles.WriteAll(files))
            {
                output.WriteLine((outcome == WriteOutcome.Written ? "wrote     " : "unchanged ") + path);
            }

            return ExitCodes.Ok;
        }
        catch (Exception exception) when (SpecInput.IsIoError(exception))
        {
            error.WriteLine(CliApp.Name + ": error: cannot write '" + outFile + "': " + exception.Message);
            return ExitCodes.UsageOrIoError;
        }
    }
}
