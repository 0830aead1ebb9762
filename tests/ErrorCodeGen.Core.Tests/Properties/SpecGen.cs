using System;
using System.Linq;
using System.Text;
using CsCheck;

namespace ErrorCodeGen.Tests.Properties;

/// <summary>
/// Generators of hostile specs: random tables, cells with any Unicode (surrogates, NUL, controls, bidi), random
/// structure (missing/extra columns, ragged rows, nested lists, HTML blocks, unterminated fences), and byte-level
/// mutations of the reference spec.
/// </summary>
internal static class SpecGen
{
    /// <summary>Iterations per property: 2,000 in CI; raise with ERRORCODEGEN_PROPERTY_ITERATIONS for a longer run.</summary>
    public static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("ERRORCODEGEN_PROPERTY_ITERATIONS"), out var value) && value > 0 ? value : 2000;

    /// <summary>The fixed seed of CI runs; ERRORCODEGEN_PROPERTY_SEED overrides it (CsCheck prints a failing seed).</summary>
    public static string? Seed => Environment.GetEnvironmentVariable("ERRORCODEGEN_PROPERTY_SEED") ?? FixedSeed;

    public const string FixedSeed = "0000000000001";

    private static readonly string[] Headers =
    {
        "Code", "Meaning", "Recommendation", "Name", "HTTP", "HTTP Status", "Retry", "Error Code", "Description",
        "Notes", "Status Code", "Identifier", "", "  ", "Extra", "code", "MEANING", "Retryable",
    };

    private static readonly string[] Nasty =
    {
        "\"", "\\", "{", "}", "*/", "/*", "///", "</summary>", "<script>alert(1)</script>", "&", "&amp;", "<br>",
        "class", "default", "value__", "ErrorCodeMessages", "\u202E", "\u2066", "\u2069", "\u200B", "\uFEFF",
        "\u2028", "\u2029", "\u0085", "\0", "\t", "\uD800", "\uDC00", "😀", "Ошибка", "اختبار", "`", "``", "|", "\\|",
        "**", "_", "[x](javascript:alert(1))", "<!--", "-->", "1xxx", "(2xxx)", "Retry-After", "retry later",
        "Use HTTP API", "-", "", " ", "0", "-1", "+7", "2147483648", "99999999999999999999", "1e3", "0x10",
    };

    public static readonly Gen<string> Cell = Gen.OneOf(
        Gen.Int[-5, 6000].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.OneOf<string>(Nasty),
        Gen.String[Gen.Char, 0, 12],
        Gen.String[Gen.Char.AlphaNumeric, 1, 20],
        Gen.Select(Gen.OneOf<string>(Nasty), Gen.String[Gen.Char.AlphaNumeric, 0, 8], Gen.OneOf<string>(Nasty)).Select((a, b, c) => a + b + c));

    private static readonly Gen<string> Row =
        Gen.Int[0, 7].SelectMany(n => Cell.Array[n]).Select(cells => "| " + string.Join(" | ", cells) + " |");

    private static readonly Gen<string> HeaderRow =
        Gen.Int[1, 6].SelectMany(n => Gen.OneOf<string>(Headers).Array[n]).Select(cells => "| " + string.Join(" | ", cells) + " |");

    private static readonly Gen<string> Separator =
        Gen.Int[0, 7].Select(n => "|" + string.Concat(Enumerable.Repeat("---|", n)));

    private static readonly Gen<string> Table =
        Gen.Select(HeaderRow, Separator, Row.Array[0, 12]).Select((h, s, rows) => h + "\n" + s + "\n" + string.Join("\n", rows));

    private static readonly Gen<string> Heading =
        Gen.Select(Gen.Int[1, 6], Gen.OneOf(
                Gen.Select(Gen.Int[-3, 6000], Cell).Select((c, t) => c.ToString(System.Globalization.CultureInfo.InvariantCulture) + " - " + t),
                Gen.Select(Gen.Int[-3, 6000], Gen.Int[-3, 6000]).Select((a, b) => a + " / " + b + " - Pair"),
                Cell.Select(t => t + " Errors (" + "1xxx" + ")"),
                Cell))
            .Select((level, text) => new string('#', level) + " " + text);

    private static readonly Gen<string> Fence =
        Gen.Select(Gen.OneOf<string>("```json", "```", "~~~", "```javascript"), Gen.Int[-3, 6000], Cell, Gen.Bool)
            .Select((open, code, message, close) => open + "\n{ \"code\": " + code + ", \"message\": \"" + message.Replace("\"", "\\\"") + "\" }\n" + (close ? open.Substring(0, 3) : string.Empty));

    private static readonly Gen<string> Label =
        Gen.Select(Gen.OneOf<string>("**Cause**:", "**Causes**:", "**Solution**:", "**Solutions**:", "**Solution:**"), Cell)
            .Select((label, text) => label + " " + text);

    private static readonly Gen<string> List =
        Gen.Int[1, 6].SelectMany(n => Gen.Select(Gen.Int[0, 8], Cell).Array[n])
            .Select(items => string.Join("\n", items.Select(i => new string(' ', i.Item1 * 2) + "- " + i.Item2)));

    /// <summary>MDX, Hugo and HTML constructs that real pages carry between (and inside) their blocks.</summary>
    private static readonly string[] MdxNoise =
    {
        "import Tabs from '@theme/Tabs';",
        "import { ManualAnchor } from \"../components\";\nexport const meta = { title: 'Errors' };",
        "<ManualAnchor id=\"close-codes\"/>",
        "<Tabs>\n<TabItem value=\"http\" label=\"HTTP\">",
        "</TabItem>\n</Tabs>",
        "{{% added-in v=\"1.7\" %}}",
        "{{< note >}}\nShortcode body\n{{< /note >}}",
        "<!-- generated: do not edit -->",
        "<!--\n| 9999 | Hidden in a comment |\n-->",
        ":::note\nAdmonition text\n:::",
        "<a name=\"errors\"></a>",
        "<details>\n<summary>More</summary>\n\nCollapsed text.\n\n</details>",
        "<br />",
    };

    /// <summary>An identifier part of a string code (<c>FORBIDDEN</c>), now and then with a digit or '_'.</summary>
    private static readonly Gen<string> Word =
        Gen.OneOf(Gen.Char['A', 'Z'].Array[1, 8].Select(chars => new string(chars)), Gen.OneOf<string>("A_1", "X__", "LIMIT_EXCEEDED", "forbidden"));

    /// <summary>Headings a string-code page has (codes of every shape) and ordinary ones that must stay headings.</summary>
    private static readonly string[] HeadingTokens =
    {
        "accessDenied", "ThrottlingException", "UNAVAILABLE", "M_FORBIDDEN", "`card_declined`", "~~M_GONE~~ - Gone",
        "NOT_FOUND (Not found)", "Overview", "Rate limits", "JavaScript", "iOS", "FAQ", "_", "__init__", "a:b:c", "x.", "A-", "Error",
    };

    /// <summary>Layouts beyond the reference page's table: a heading per code, bold-name blocks, definition lists, loose tables.</summary>
    private static readonly Gen<string> OtherLayout = Gen.OneOf(
        Gen.Select(Gen.Int[-2000, 60000], Cell, Cell).Select((code, name, text) => "### " + code + " " + name + "\n\n* " + text + "\n* " + name),
        Gen.Select(Cell, Cell, Gen.Int[100, 599]).Select((name, text, status) => "**" + name + "**\n\n" + text + "\n\nHTTP Status Code: " + status),
        Gen.Select(Cell, Cell, Cell).Select((term, a, b) => "`" + term + "`\n: " + a + "\n  " + b),
        Gen.Select(Gen.Int[0, 9999], Cell).Array[1, 6].Select(rows =>
            "Code | Meaning\n--- | ---\n" + string.Concat(rows.Select(r => r.Item1 + " | " + r.Item2 + "\n"))),
        Gen.Select(Gen.Int[0, 9999], Cell, Cell).Array[1, 6].Select(rows =>
            "| Code | Meaning | Name |\n|---|---|\n" + string.Concat(rows.Select(r => "| ~~" + r.Item1 + "~~ | [" + r.Item2 + "](https://example.invalid/x) | " + r.Item3 + " <br /> x |\n"))),
        Gen.Select(Cell, Cell).Array[1, 6].Select(rows =>
            "| Error | Description |\n|---|---|\n" + string.Concat(rows.Select(r => "| `M_" + r.Item1 + "` | " + r.Item2 + " |\n"))),
        // A heading per string code, with a title, bullets and a JSON example (whose code may be another one).
        Gen.Select(Word, Cell, Cell, Word).Select((code, title, text, other) =>
            "### M_" + code + " - " + title + "\n\n* " + text + "\n\n```json\n{\"errcode\": \"M_" + other + "\", \"error\": \"" + text + "\"}\n```"),
        Gen.Select(Cell, Cell).Select((code, text) => "#### `" + code + "`\n\n" + text + "\n\n```json\n{\"error\": \"" + code + "\", \"error_description\": 1}\n```"),
        Gen.Select(Gen.OneOf<string>("## Error codes", "## Error handling", "## Exceptions", "## Overview"), Gen.OneOf<string>(HeadingTokens).Array[1, 4], Cell)
            .Select((above, tokens, text) => above + "\n\n" + string.Concat(tokens.Select(t => "### " + t + "\n\n" + text + "\n\n"))),
        // A table of string codes, then detail sections headed by those codes (and by one it does not list).
        Gen.Select(Word, Cell).Array[1, 5].Select(rows =>
            "| Code | Description |\n|---|---|\n" + string.Concat(rows.Select(r => "| card_" + r.Item1 + " | " + r.Item2 + " |\n"))
            + "\n" + string.Concat(rows.Select(r => "#### card_" + r.Item1 + " - " + r.Item2 + "\n\n**Causes**: " + r.Item2 + "\n\n```json\n{\"code\": \"card_" + r.Item1 + "\", \"message\": \"" + r.Item2 + "\"}\n```\n\n"))
            + "#### card_unlisted\n\nText."));


    private static readonly Gen<string> Block = Gen.OneOf(
        Table, Heading, Fence, Label, List, Cell, OtherLayout, Gen.OneOf<string>(MdxNoise),
        Gen.Int[1, 40].Select(n => new string('>', n) + " quoted"),
        Gen.Const("<div>\n<table><tr><td>1001</td></tr></table>\n</div>"),
        Gen.Const("---\ntitle: \"Hostile \u202E\"\n---"),
        Gen.Const("---"));

    /// <summary>A page whose listing is headings of string codes (with ordinary headings, hostile text and examples among them).</summary>
    public static readonly Gen<string> StringHeadingSpec =
        Gen.Select(Gen.Select(Word, Cell, Gen.OneOf<string>(HeadingTokens)).Array[1, 8], Cell)
            .Select((sections, intro) => "# Errors\n\n" + intro + "\n\n## Error codes\n\n" + string.Concat(sections.Select((s, i) =>
                (i % 3 == 2 ? "### " + s.Item3 : "### M_" + s.Item1 + (i % 2 == 0 ? " - " + s.Item2 : string.Empty))
                + "\n\n* " + s.Item2 + "\n\n```json\n{\"errcode\": \"M_" + s.Item1 + "\", \"error\": \"" + s.Item2 + "\"}\n```\n\n")));

    /// <summary>A section path: heading-like words, nasty cells and separators (' > ', '>', empty segments).</summary>
    public static readonly Gen<string> SectionPath =
        Gen.OneOf(Cell, Gen.OneOf<string>("Errors", "errors (1xxx)", "## Details", "Authentication Errors", "Pair", "-", "#"))
            .Array[1, 4]
            .Select(Gen.OneOf<string>(" > ", ">", " >  > ", "\t>\t"), (segments, separator) => string.Join(separator, segments));

    /// <summary>A random spec: blocks of every kind, in any order.</summary>
    public static readonly Gen<string> Spec =
        Block.Array[1, 14].Select(blocks => string.Join("\n\n", blocks) + "\n");

    /// <summary>A spec that looks like a real one: a valid-ish table and detail sections with hostile cells.</summary>
    public static readonly Gen<string> TableSpec =
        Gen.Select(Gen.Int[0, 20].SelectMany(n => Gen.Select(Gen.Int[-100, 6000], Cell, Cell).Array[n]), Block.Array[0, 5])
            .Select((rows, blocks) =>
                "| Code | Meaning | Recommendation |\n|---|---|---|\n"
                + string.Concat(rows.Select(r => "| " + r.Item1 + " | " + r.Item2 + " | " + r.Item3 + " |\n"))
                + "\n" + string.Join("\n\n", blocks) + "\n");

    /// <summary>
    /// The reference spec with MDX, Hugo and HTML noise inserted as blocks of their own (at blank lines): a reader of the
    /// rendered page sees the same codes.
    /// </summary>
    public static Gen<string> NoisyReference(string reference)
    {
        var blocks = reference.Replace("\r\n", "\n").Split("\n\n");
        return Gen.Select(Gen.Int[1, 6], Gen.Int[0, blocks.Length].Array[6], Gen.Int[0, MdxNoise.Length - 1].Array[6])
            .Select((count, positions, noise) =>
            {
                var list = blocks.ToList();
                for (var i = 0; i < count; i++)
                {
                    var at = Math.Min(positions[i], list.Count);
                    // Never inside a fenced block (an example's JSON), which a blank line does not end.
                    if (at > 0 && list.Take(at).Sum(b => CountFences(b)) % 2 == 1)
                    {
                        continue;
                    }

                    list.Insert(at, MdxNoise[noise[i]]);
                }

                return string.Join("\n\n", list);
            });

        static int CountFences(string block) => block.Split('\n').Count(l => l.TrimStart().StartsWith("```", StringComparison.Ordinal));
    }

    /// <summary>The reference spec with a few bytes of its UTF-8 replaced, inserted or deleted.</summary>
    public static Gen<string> MutatedReference(string reference)
    {
        var bytes = Encoding.UTF8.GetBytes(reference);
        return Gen.Select(Gen.Int[1, 8], Gen.Int[0, bytes.Length - 1].Array[8], Gen.Byte.Array[8], Gen.Int[0, 2].Array[8])
            .Select((count, positions, values, kinds) =>
            {
                var list = bytes.ToList();
                for (var i = 0; i < count; i++)
                {
                    var at = Math.Min(positions[i], list.Count - 1);
                    switch (kinds[i])
                    {
                        case 0: list[at] = values[i]; break;
                        case 1: list.Insert(at, values[i]); break;
                        default: list.RemoveAt(at); break;
                    }
                }

                return Encoding.UTF8.GetString(list.ToArray());
            });
    }
}
