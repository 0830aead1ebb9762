using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ErrorCodeGen.Cli;

/// <summary>
/// How the user started the CLI, so that a hint can name the command to run as they would type it:
/// <c>dotnet run --project src/ErrorCodeGen.Cli -c Release --</c> (from a build output), <c>dotnet errorcodegen</c>
/// (a local tool), <c>.tools/errorcodegen</c> (a tool path not on PATH) or <c>errorcodegen</c>.
/// </summary>
/// <param name="Prefix">What comes before the verb.</param>
/// <param name="Args">The arguments as given.</param>
public sealed record Invocation(string Prefix, IReadOnlyList<string> Args)
{
    /// <summary>The command line that repeats this one without the arguments in <paramref name="without"/>.</summary>
    public string CommandLine(params string[] without) =>
        Prefix + " " + string.Join(" ", Args.Where(a => Array.IndexOf(without, a) < 0).Select(Quote));

    /// <summary>Detects the prefix for the running process.</summary>
    public static string DetectPrefix() =>
        DetectPrefix(Environment.ProcessPath, typeof(Invocation).Assembly.Location, Environment.CurrentDirectory, Environment.GetEnvironmentVariable("PATH"));

    /// <summary>The prefix for a process <paramref name="processPath"/> running <paramref name="assemblyPath"/> in <paramref name="currentDirectory"/>.</summary>
    public static string DetectPrefix(string? processPath, string? assemblyPath, string currentDirectory, string? pathVariable)
    {
        var program = string.IsNullOrEmpty(assemblyPath) ? processPath : assemblyPath;
        if (!string.IsNullOrEmpty(program) && BuildOutputProject(Path.GetDirectoryName(Path.GetFullPath(program))) is { } built)
        {
            var project = Path.GetRelativePath(currentDirectory, built.ProjectDirectory);
            return "dotnet run --project " + Quote(project)
                + (string.Equals(built.Configuration, "Debug", StringComparison.OrdinalIgnoreCase) ? string.Empty : " -c " + Quote(built.Configuration))
                + " --";
        }

        if (string.IsNullOrEmpty(processPath))
        {
            return CliApp.Name;
        }

        if (string.Equals(Path.GetFileNameWithoutExtension(processPath), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return "dotnet " + CliApp.Name;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(processPath));
        var onPath = (pathVariable ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(entry => string.Equals(TrimSeparator(SafeFullPath(entry)), TrimSeparator(directory), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
        if (onPath)
        {
            return CliApp.Name;
        }

        var relative = Path.GetRelativePath(currentDirectory, Path.Combine(directory ?? string.Empty, CliApp.Name));
        return Quote(Path.IsPathRooted(relative) || relative.StartsWith(".", StringComparison.Ordinal) ? relative : "." + Path.DirectorySeparatorChar + relative);
    }

    /// <summary>The argument as a POSIX shell reads it back (double quotes when it holds anything but safe characters).</summary>
    public static string Quote(string argument)
    {
        if (argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "_-./:=@%+,".Contains(c, StringComparison.Ordinal) || c == Path.DirectorySeparatorChar))
        {
            return argument;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in argument)
        {
            if (c is '"' or '\\' or '$' or '`')
            {
                quoted.Append('\\');
            }

            quoted.Append(c);
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>
    /// The project whose build output holds <paramref name="directory"/>: a <c>bin/&lt;Configuration&gt;/&lt;tfm&gt;</c>
    /// folder (optionally with a runtime identifier) beside a project file.
    /// </summary>
    private static (string ProjectDirectory, string Configuration)? BuildOutputProject(string? directory)
    {
        var current = directory is null ? null : new DirectoryInfo(directory);
        for (var depth = 0; current?.Parent is not null && depth < 3; depth++, current = current.Parent)
        {
            var bin = current.Parent;
            if (bin is null || !string.Equals(bin.Name, "bin", StringComparison.OrdinalIgnoreCase) || bin.Parent is null)
            {
                continue;
            }

            if (bin.Parent.EnumerateFiles("*.csproj").Any())
            {
                return (bin.Parent.FullName, current.Name);
            }
        }

        return null;
    }

    private static string SafeFullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    private static string TrimSeparator(string? path) => (path ?? string.Empty).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
}
