using System;
using System.Collections.Generic;
using System.IO;
using System.Security;
using System.Text;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Parsing;

namespace ErrorCodeGen.Cli;

/// <summary>Reading a spec and reporting on it, shared by the verbs.</summary>
internal static class SpecInput
{
    /// <summary>Reads and parses the spec; null (after printing why) when the file cannot be read.</summary>
    public static SpecParseResult? Load(string path, string? section, TextWriter error) =>
        Read(path, error) is { } text ? SpecParser.Parse(text, new SpecParseOptions(section)) : null;

    /// <summary>Reads the spec's text (UTF-8); null (after printing why) when the file cannot be read.</summary>
    public static string? Read(string path, TextWriter error)
    {
        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception exception) when (IsIoError(exception))
        {
            error.WriteLine(CliApp.Name + ": error: cannot read spec '" + path + "': " + exception.Message);
            return null;
        }
    }

    /// <summary>Prints diagnostics as MSBuild lines (<c>path(line,col): error ECG1005: …</c>); info lines only when asked.</summary>
    public static void Print(IEnumerable<SpecDiagnostic> diagnostics, string path, TextWriter writer, bool includeInfo)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity >= SpecSeverity.Warning || (includeInfo && diagnostic.Severity == SpecSeverity.Info))
            {
                writer.WriteLine(diagnostic.ToMSBuildString(path));
            }
        }
    }

    public static int Count(IEnumerable<SpecDiagnostic> diagnostics, SpecSeverity severity) => SpecDiagnostic.Count(diagnostics, severity);

    public static bool IsIoError(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException;
}
