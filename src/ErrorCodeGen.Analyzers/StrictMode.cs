using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace ErrorCodeGen.Analyzers;

/// <summary>Whether ECG0003 (off by default) is turned on for a tree, by .editorconfig, a global config or the compilation's options.</summary>
internal sealed class StrictMode
{
    private readonly Compilation _compilation;
    private readonly bool _enabledGlobally;
    private readonly ConcurrentDictionary<SyntaxTree, bool> _byTree = new();

    private StrictMode()
    {
        _compilation = null!;
    }

    /// <summary>ECG0003 off everywhere (what the CS8509 suppressor assumes: it only asks about ECG0001).</summary>
    public static StrictMode Off { get; } = new();

    public StrictMode(Compilation compilation)
    {
        _compilation = compilation;
        var id = ErrorCodeDiagnostics.CodesOnlyInDefault.Id;
        _enabledGlobally = ErrorCodeDiagnostics.CodesOnlyInDefault.IsEnabledByDefault
            || (compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out var specific) && On(specific))
            || (compilation.Options.SyntaxTreeOptionsProvider is { } provider
                && provider.TryGetGlobalDiagnosticValue(id, default, out var global) && On(global));
    }

    public bool IsEnabled(SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
    {
        if (_enabledGlobally)
        {
            return true;
        }

        var provider = _compilation?.Options.SyntaxTreeOptionsProvider;
        if (provider is null)
        {
            return false;
        }

        return _byTree.GetOrAdd(tree, t => provider.TryGetDiagnosticValue(t, ErrorCodeDiagnostics.CodesOnlyInDefault.Id, cancellationToken, out var value) && On(value));
    }

    private static bool On(ReportDiagnostic value) => value is not ReportDiagnostic.Suppress and not ReportDiagnostic.Default;
}
