using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;

namespace ErrorCodeGen.Cli;

/// <summary>The <c>errorcodegen</c> command line. <see cref="Run(string[], TextWriter, TextWriter, string)"/> is what <c>Main</c> calls; tests call it in-process.</summary>
public static class CliApp
{
    /// <summary>The command name.</summary>
    public const string Name = "errorcodegen";

    /// <summary>Parses <paramref name="args"/>, runs the verb and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Name);

    /// <summary>
    /// Parses <paramref name="args"/>, runs the verb and returns the exit code; <paramref name="prefix"/> is how the
    /// user started the CLI (see <see cref="Invocation.DetectPrefix()"/>), used in hints that name a command to run.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string prefix)
    {
        if (args is null)
        {
            throw new ArgumentNullException(nameof(args));
        }

        var invocation = new Invocation(prefix, args);
        var root = BuildRootCommand(output, error, invocation);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine(Name + ": error: " + parseError.Message);
            }

            var command = parse.CommandResult.Command;
            var commandPath = command is RootCommand ? Name : Name + " " + command.Name;
            error.WriteLine("Run '" + commandPath + " --help' for usage.");
            return ExitCodes.UsageOrIoError;
        }

        var exitCode = parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        if (parse.Action is HelpAction && parse.CommandResult.Command.Name == LintCommand.Name)
        {
            // The accepted header names are long: in the lint command's own help only, not in the root's command list.
            output.WriteLine(LintCommand.HelpFooter);
        }

        return exitCode;
    }

    /// <summary>The command tree, writing to the given streams.</summary>
    public static RootCommand BuildRootCommand(TextWriter output, TextWriter error) => BuildRootCommand(output, error, new Invocation(Name, Array.Empty<string>()));

    private static RootCommand BuildRootCommand(TextWriter output, TextWriter error, Invocation invocation)
    {
        var root = new RootCommand(
            "Lints an API error-code Markdown spec, writes its docs (Markdown, HTML, JSON) and the C# the ErrorCodeGen generator emits.\n"
            + "Exit codes: 0 = ok, 1 = spec errors or stale docs, 2 = usage or I/O error.");
        root.Subcommands.Add(LintCommand.Create(output, error));
        root.Subcommands.Add(DocsCommand.Create(output, error, invocation));
        root.Subcommands.Add(GenerateCommand.Create(output, error));
        return root;
    }

    internal static Argument<string> SpecArgument() => new("spec")
    {
        Description = "The error-code spec (Markdown), e.g. spec/error-codes.md.",
    };

    internal static Option<string?> SectionOption() => new("--section", "-s")
    {
        Description = "Read only the part of the page under this heading path, segments separated by ' > ' "
            + "(e.g. \"Billing > Error codes\"); case, spaces, punctuation and #s are ignored. Default: the whole page.",
    };
}
