using System;
using System.IO;
using System.Linq;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Cli.Tests;

/// <summary>A temporary folder, deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ecg-cli-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string CopyReferenceSpec(string name = "error-codes.md") => Write(name, System.IO.File.ReadAllText(TestPaths.ReferenceSpec));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Runs the CLI in-process and captures its streams.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => As(CliApp.Name, args);

    /// <summary>Runs the CLI as if started with <paramref name="prefix"/> (e.g. <c>dotnet run --project … --</c>).</summary>
    public static CliRun As(string prefix, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, output, error, prefix);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public override string ToString() => "exit " + ExitCode + "\n--- stdout\n" + Output + "\n--- stderr\n" + Error;
}
