using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Parsing;

namespace ErrorCodeGen.Cli;

/// <summary><c>errorcodegen lint &lt;spec.md&gt; [--section path] [--format text|json] [--warnaserror]</c></summary>
internal static class LintCommand
{
    public const string Name = "lint";

    /// <summary>Printed after <c>lint --help</c>: the table header names the parser accepts.</summary>
    public static string HelpFooter => "Table header names accepted (case and punctuation ignored):\n" + SpecColumns.Describe();

    public static Command Create(TextWriter output, TextWriter error)
    {
        var spec = CliApp.SpecArgument();
        var section = CliApp.SectionOption();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: 'text' (MSBuild-style lines: path(line,col): error ECG1xxx: message) or 'json'.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var warnAsError = new Option<bool>("--warnaserror")
        {
            Description = "Exit 1 on warnings too.",
        };
        var command = new Command(Name, "Checks a spec and prints its problems located at line and column. Exit 1 on any error.")
        {
            spec,
            section,
            format,
            warnAsError,
        };
        command.SetAction(parse => Run(parse.GetValue(spec)!, parse.GetValue(section), parse.GetValue(format) ?? "text", parse.GetValue(warnAsError), output, error));
        return command;
    }

    private static int Run(string path, string? section, string format, bool warnAsError, TextWriter output, TextWriter error)
    {
        var result = SpecInput.Load(path, section, error);
        if (result is null)
        {
            return ExitCodes.UsageOrIoError;
        }

        var errors = SpecInput.Count(result.Diagnostics, SpecSeverity.Error);
        var warnings = SpecInput.Count(result.Diagnostics, SpecSeverity.Warning);
        var failed = errors > 0 || (warnAsError && warnings > 0);
        if (format == "json")
        {
            output.Write(Json(path, result, errors, warnings));
        }
        else
        {
            SpecInput.Print(result.Diagnostics, path, output, includeInfo: true);
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0}: {1} code{2}, {3} error{4}, {5} warning{6}",
                path,
                result.Catalog.Entries.Count,
                result.Catalog.Entries.Count == 1 ? string.Empty : "s",
                errors,
                errors == 1 ? string.Empty : "s",
                warnings,
                warnings == 1 ? string.Empty : "s"));
        }

        return failed ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static string Json(string path, SpecParseResult result, int errors, int warnings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("file", path);
            json.WriteNumber("codes", result.Catalog.Entries.Count);
            json.WriteNumber("errors", errors);
            json.WriteNumber("warnings", warnings);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", diagnostic.Id);
                json.WriteString("severity", diagnostic.Severity switch
                {
                    SpecSeverity.Error => "error",
                    SpecSeverity.Warning => "warning",
                    SpecSeverity.Info => "info",
                    _ => "hidden",
                });
                json.WriteString("message", diagnostic.Message);
                json.WriteNumber("line", diagnostic.Span.Line + 1);
                json.WriteNumber("column", diagnostic.Span.Column + 1);
                json.WriteNumber("endLine", diagnostic.Span.EndLine + 1);
                json.WriteNumber("endColumn", diagnostic.Span.EndColumn + 1);
                json.WriteString("helpUri", diagnostic.Descriptor.HelpUri);
                json.WriteString("helpPath", diagnostic.Descriptor.HelpPath);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
