using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ErrorCodeGen.Analyzers;

/// <summary>
/// The code member of a response type (a property or field named in <c>errorcodegen.code_members</c>, of an
/// <c>int</c>, <c>long</c>, <c>string</c> or catalog enum type, on the type or a base type), cached per type and options.
/// </summary>
internal sealed class CodeMemberCache
{
    private readonly CatalogIndex _index;
    private readonly ConcurrentDictionary<(ITypeSymbol Type, string Names), CodeMember?> _cache =
        new(new KeyComparer());

    public CodeMemberCache(CatalogIndex index) => _index = index;

    public CodeMember? Find(ITypeSymbol type, ErrorCodeSwitchOptions options)
    {
        if (options.CodeMembers.IsEmpty)
        {
            return null;
        }

        return _cache.GetOrAdd((type, options.CodeMemberNames), key => Search(key.Type, options));
    }

    private CodeMember? Search(ITypeSymbol type, ErrorCodeSwitchOptions options)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic || !options.IsCodeMember(member.Name))
                {
                    continue;
                }

                var memberType = member switch
                {
                    IPropertySymbol { IsIndexer: false } property => property.Type,
                    IFieldSymbol field => field.Type,
                    _ => null,
                };

                if (memberType is null)
                {
                    continue;
                }

                var unwrapped = memberType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: [var underlying] } ? underlying : memberType;
                if (unwrapped.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_String
                    || (unwrapped is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType && _index.Get(enumType) is not null))
                {
                    return new CodeMember(member.Name, memberType);
                }
            }
        }

        return null;
    }

    private sealed class KeyComparer : IEqualityComparer<(ITypeSymbol Type, string Names)>
    {
        public bool Equals((ITypeSymbol Type, string Names) x, (ITypeSymbol Type, string Names) y) =>
            SymbolEqualityComparer.Default.Equals(x.Type, y.Type) && string.Equals(x.Names, y.Names, System.StringComparison.Ordinal);

        public int GetHashCode((ITypeSymbol Type, string Names) obj) => SymbolEqualityComparer.Default.GetHashCode(obj.Type);
    }
}

/// <summary>The code member of a response type: its name and its type.</summary>
internal sealed record CodeMember(string Name, ITypeSymbol Type);
