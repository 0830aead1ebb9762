namespace ErrorCodeGen.Pipeline;

/// <summary>
/// A catalog to generate, as a host receives it: the spec's text, the section of it to read and the options as the user
/// wrote them (null or blank: the default). Plain data, compared by value.
/// </summary>
/// <param name="Text">The Markdown page.</param>
/// <param name="Section">The heading path of the section to read; null for the whole page.</param>
/// <param name="Namespace">The namespace of the generated types; null for <see cref="RootNamespace"/>.</param>
/// <param name="EnumName">The enum name; null for <see cref="CatalogPipeline.DefaultEnumName"/>.</param>
/// <param name="Accessibility"><c>public</c> or <c>internal</c> (any case); null for <see cref="CatalogPipeline.DefaultAccessibility"/>.</param>
public sealed record CatalogRequest(string Text, string? Section = null, string? Namespace = null, string? EnumName = null, string? Accessibility = null)
{
    /// <summary>The namespace of a request that names none (a generator: the project's <c>RootNamespace</c>); null for the global namespace.</summary>
    public string? RootNamespace { get; init; }

    /// <summary>Whether the target C# allows nullable annotations (C# 8 or later); see <see cref="Emit.CatalogEmitOptions.NullableAnnotations"/>.</summary>
    public bool NullableAnnotations { get; init; }

    /// <summary>What <see cref="CatalogPipeline.Prepare"/> does when the namespace, enum name or accessibility is not valid.</summary>
    public InvalidOptionHandling InvalidOptions { get; init; }
}

/// <summary>What to do with a catalog whose namespace, enum name or accessibility is not valid (ECG1016).</summary>
public enum InvalidOptionHandling
{
    /// <summary>Nothing is emitted; the ECG1016 errors are the result (the CLI).</summary>
    EmitNothing = 0,

    /// <summary>
    /// The catalog is emitted with those options' defaults, so that ECG1016 is the only error and code naming the
    /// catalog still compiles (the generator).
    /// </summary>
    UseDefaults = 1,
}
