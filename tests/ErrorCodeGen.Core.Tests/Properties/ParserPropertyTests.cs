using CsCheck;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Parsing;
using ErrorCodeGen.Tests.Properties;
using Xunit;

namespace ErrorCodeGen.Core.Tests.Properties;

/// <summary>The parser and the emitter never throw, whatever the page (a located diagnostic instead).</summary>
public class ParserPropertyTests
{
    private static void NeverThrows(string text)
    {
        var result = SpecParser.Parse(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == SpecDiagnostics.InternalError.Id);
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.InRange(diagnostic.Span.Start, 0, text.Length);
            Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
            Assert.NotEmpty(diagnostic.Message);
        }

        Assert.NotNull(CatalogEmitter.Emit(result.Catalog, new CatalogEmitOptions("N")));
    }

    private static void NeverThrowsWithSection(string text, string section)
    {
        var result = SpecParser.Parse(text, new SpecParseOptions(section));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == SpecDiagnostics.InternalError.Id);
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.InRange(diagnostic.Span.Start, 0, text.Length);
            Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
            Assert.NotEmpty(diagnostic.Message);
        }

        Assert.NotNull(CatalogEmitter.Emit(result.Catalog, new CatalogEmitOptions("N")));
    }

    [Fact]
    public void Random_specs_with_random_sections() =>
        Gen.Select(SpecGen.Spec, SpecGen.SectionPath).Sample(NeverThrowsWithSection, seed: SpecGen.Seed, iter: SpecGen.Iterations, threads: 1);

    [Fact]
    public void Random_specs() => SpecGen.Spec.Sample(NeverThrows, seed: SpecGen.Seed, iter: SpecGen.Iterations, threads: 1);

    [Fact]
    public void Random_tables() => SpecGen.TableSpec.Sample(NeverThrows, seed: SpecGen.Seed, iter: SpecGen.Iterations, threads: 1);

    [Fact]
    public void Mutated_reference_spec() =>
        SpecGen.MutatedReference(ReferenceSpec.Text).Sample(NeverThrows, seed: SpecGen.Seed, iter: SpecGen.Iterations, threads: 1);
}
