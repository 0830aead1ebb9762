using System.Collections.Generic;
using ErrorCodeGen.Inference;
using ErrorCodeGen.Model;

namespace ErrorCodeGen.Emit;

/// <summary>
/// The parts of a catalog's C# that only catalogs with wire code strings get: <c>EWireCodes</c> (one
/// <c>const string</c> per member, the table the analyzers read from metadata, usable as <c>case</c> labels), and on
/// <c>EExtensions</c> <c>GetWireCode</c> and <c>TryFromWireCode</c> (a perfect hash searched at build time).
/// </summary>
internal static class WireCodeEmitter
{
    public static void WriteWireCodes(SourceWriter writer, EmitContext context, Catalog catalog, ErrorEntry[] entries)
    {
        var names = context.Names;
        writer.Line("/// <summary>");
        writer.Line("/// The wire codes of <see cref=\"" + names.Enum + "\"/>: the exact string the API sends for each code (ordinal, case-sensitive).");
        writer.Line("/// Usable as <c>case</c> labels; the ErrorCodeGen analyzers read this table to check switches over string codes.");
        writer.Line("/// </summary>");
        writer.Line(context.GeneratedCode);
        writer.Open(context.Access + " static class " + names.WireCodes);
        foreach (var entry in entries)
        {
            var wire = entry.WireCode ?? catalog.CodeText(entry);
            writer.Line("/// <summary>Wire code of <see cref=\"" + names.Enum + "." + IdentifierNaming.Escape(entry.Name) + "\"/>: " + XmlDocText.Of(entry.Meaning) + "</summary>");
            writer.Line("public const string " + IdentifierNaming.Escape(entry.Name) + " = " + SourceEscaping.StringLiteral(wire) + ";");
        }

        writer.Close();
        writer.Line();
    }

    public static WireCodeLookup WriteLookupFields(SourceWriter writer, EmitContext context, ErrorEntry[] entries)
    {
        var names = context.Names;
        writer.Line("private static readonly string[] s_wireCodes = new string[] { " + string.Join(", ", CodeExpressions(names, entries)) + " };");
        var lookup = WireCodeLookup.Build(LookupCodes(entries));
        lookup.WriteFields(writer, names.Enum, context.MaybeNull, CodeExpressions(names, LookupEntries(entries)), MemberExpressions(names, LookupEntries(entries)));
        return lookup;
    }

    /// <summary>The entries the lookup maps: those with a wire code, the first of any repeated one (the parser never gives two).</summary>
    private static ErrorEntry[] LookupEntries(ErrorEntry[] entries)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var result = new List<ErrorEntry>(entries.Length);
        foreach (var entry in entries)
        {
            if (entry.WireCode is { Length: > 0 } wire && seen.Add(wire))
            {
                result.Add(entry);
            }
        }

        return result.ToArray();
    }

    private static string[] LookupCodes(ErrorEntry[] entries)
    {
        var lookupEntries = LookupEntries(entries);
        var codes = new string[lookupEntries.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = lookupEntries[i].WireCode!;
        }

        return codes;
    }

    public static void WriteMethods(SourceWriter writer, EmitContext context, ErrorEntry[] entries, WireCodeLookup lookup)
    {
        var names = context.Names;
        var e = names.Enum;
        writer.Line();
        writer.Line("/// <summary>The exact code the API sends for <paramref name=\"value\"/> (<see cref=\"" + names.WireCodes + "\"/>); an empty string for a value that is not a code of the catalog.</summary>");
        writer.Line("/// <param name=\"value\">The code.</param>");
        writer.Line("/// <returns>The wire code.</returns>");
        writer.Line(AggressiveInlining);
        writer.Open("public static string GetWireCode(this " + e + " value)");
        writer.Line("int index = IndexOf((int)value);");
        writer.Line("return index < 0 ? string.Empty : s_wireCodes[index];");
        writer.Close();
        writer.Line();

        writer.Line("/// <summary>");
        writer.Line("/// Converts a wire code to <see cref=\"" + e + "\"/>: ordinal and case-sensitive, without allocating.");
        writer.Line("/// A code the catalog does not know (or null) gives false" + (context.StringCodes ? " and the default value, which is never a code." : " and the default value."));
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"code\">The code received, exactly as sent; may be null.</param>");
        writer.Line(context.StringCodes
            ? "/// <param name=\"value\">The member when the method returns true; otherwise the default value, which is never a code.</param>"
            : "/// <param name=\"value\">The member when the method returns true; otherwise the default value, which is meaningless (it can equal a real code, such as 0).</param>");
        writer.Line("/// <returns>True when <paramref name=\"code\"/> is a code of the catalog.</returns>");
        if (lookup.IsPerfectHash)
        {
            writer.Line(AggressiveInlining);
        }

        writer.Open("public static bool TryFromWireCode(string" + context.MaybeNull + " code, out " + e + " value)");
        lookup.WriteTryFrom(writer, e, CodeExpressions(names, LookupEntries(entries)), MemberExpressions(names, LookupEntries(entries)));
        writer.Close();
    }

    private static List<string> CodeExpressions(CatalogEmitter.TypeNames names, ErrorEntry[] entries)
    {
        var result = new List<string>(entries.Length);
        foreach (var entry in entries)
        {
            result.Add(names.WireCodes + "." + IdentifierNaming.Escape(entry.Name));
        }

        return result;
    }

    private static List<string> MemberExpressions(CatalogEmitter.TypeNames names, ErrorEntry[] entries)
    {
        var result = new List<string>(entries.Length);
        foreach (var entry in entries)
        {
            // A retired (struck-through) member is written as a cast: no CS0618 in generated code.
            result.Add(entry.IsDeprecated
                ? "(" + names.Enum + ")(" + entry.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")"
                : names.Enum + "." + IdentifierNaming.Escape(entry.Name));
        }

        return result;
    }

    private const string AggressiveInlining =
        "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";
}
