using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace ErrorCodeGen.Benchmarks;

/// <summary>
/// The generator project hands ErrorCodeGen.Core to its consumers as an analyzer-only path, so the .deps.json of
/// the process BenchmarkDotNet generates may not list it: load it (and any other such file) from beside this
/// assembly.
/// </summary>
internal static class AssemblyResolution
{
    [ModuleInitializer]
    internal static void Register() =>
        AssemblyLoadContext.Default.Resolving += static (context, name) =>
        {
            var directory = Path.GetDirectoryName(typeof(AssemblyResolution).Assembly.Location);
            var path = directory is null ? null : Path.Combine(directory, name.Name + ".dll");
            return path is not null && File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };
}
