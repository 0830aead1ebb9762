using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ErrorCodeGen.Analyzers;

/// <summary>
/// The catalogs one compilation can see. Enum switches look their type up directly; the list of every catalog
/// (needed only by <c>int</c> switches) is built on first use, once per compilation, and visits only assemblies
/// that define their own <c>ErrorCodeGen.ErrorCodeCatalogAttribute</c> (the generator emits it into each
/// assembly with a catalog), so the framework's assemblies are never walked.
/// </summary>
internal sealed class CatalogIndex
{
    private const string AttributeMetadataName = "ErrorCodeGen.ErrorCodeCatalogAttribute";

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<INamedTypeSymbol, CatalogInfo?> _byType = new(SymbolEqualityComparer.Default);
    private readonly Lazy<ImmutableArray<CatalogInfo>> _all;
    private readonly Lazy<bool> _anyWire;

    public CatalogIndex(Compilation compilation)
    {
        _compilation = compilation;
        _all = new Lazy<ImmutableArray<CatalogInfo>>(FindAll, LazyThreadSafetyMode.ExecutionAndPublication);
        _anyWire = new Lazy<bool>(() => _all.Value.Any(static c => c.HasWireCodes), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Every catalog visible to the compilation (its own and its references').</summary>
    public ImmutableArray<CatalogInfo> All => _all.Value;

    /// <summary>True when some visible catalog has wire code strings (so <c>string</c> switches may be over codes).</summary>
    public bool AnyWireCatalog => _anyWire.Value;

    /// <summary>The catalog for an enum type, or null when it is not a catalog.</summary>
    public CatalogInfo? Get(INamedTypeSymbol enumType)
    {
        if (enumType.TypeKind != TypeKind.Enum)
        {
            return null;
        }

        return _byType.GetOrAdd(enumType.OriginalDefinition, static t => CatalogInfo.IsCatalog(t) ? CatalogInfo.Create(t) : null);
    }

    /// <summary>The catalog with that full name (<c>Acme.MarketData.ErrorCode</c>), or null.</summary>
    public CatalogInfo? FindByName(string fullName)
    {
        foreach (var catalog in All)
        {
            if (string.Equals(catalog.FullName, fullName, StringComparison.Ordinal))
            {
                return catalog;
            }
        }

        return null;
    }

    private ImmutableArray<CatalogInfo> FindAll()
    {
        var result = ImmutableArray.CreateBuilder<CatalogInfo>();
        var seen = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
        Visit(_compilation.Assembly, seen, result);
        foreach (var assembly in _compilation.SourceModule.ReferencedAssemblySymbols)
        {
            Visit(assembly, seen, result);
        }

        return result.ToImmutable();
    }

    private void Visit(IAssemblySymbol assembly, HashSet<IAssemblySymbol> seen, ImmutableArray<CatalogInfo>.Builder result)
    {
        if (!seen.Add(assembly) || assembly.GetTypeByMetadataName(AttributeMetadataName) is null)
        {
            return;
        }

        var stack = new Stack<INamespaceSymbol>();
        stack.Push(assembly.GlobalNamespace);
        while (stack.Count > 0)
        {
            var ns = stack.Pop();
            foreach (var child in ns.GetNamespaceMembers())
            {
                stack.Push(child);
            }

            foreach (var type in ns.GetTypeMembers())
            {
                if (type.TypeKind == TypeKind.Enum
                    && CatalogInfo.IsCatalog(type)
                    && _compilation.IsSymbolAccessibleWithin(type, _compilation.Assembly)
                    && Get(type) is { } catalog)
                {
                    result.Add(catalog);
                }
            }
        }
    }
}
