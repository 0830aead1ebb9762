namespace ErrorCodeGen.Emit;

/// <summary>Where and how a catalog's C# is generated.</summary>
/// <param name="Namespace">The namespace of the generated types; null or empty for the global namespace.</param>
/// <param name="EnumName">The enum name E; the other types are named E + Category, Messages, Extensions, RetryClassification.</param>
/// <param name="Accessibility"><c>public</c> or <c>internal</c>.</param>
public sealed record CatalogEmitOptions(string? Namespace, string EnumName = "ErrorCode", string Accessibility = "public")
{
    /// <summary>The full name of the enum, e.g. <c>Acme.MarketData.ErrorCode</c>.</summary>
    public string FullEnumName => string.IsNullOrEmpty(Namespace) ? EnumName : Namespace + "." + EnumName;

    /// <summary>
    /// The integration helpers <see cref="IntegrationEmitter"/> writes next to the catalog (exception, response envelope,
    /// HttpResponseMessage and Polly helpers); <see cref="IntegrationFeatures.None"/> (the default) writes none.
    /// </summary>
    public IntegrationFeatures Integration { get; init; }

    /// <summary>
    /// Whether the consumer's C# allows nullable annotations (C# 8 or later). When true, the generated files start with
    /// <c>#nullable enable</c> and mark what may be null with <c>?</c>, so a nullable-enabled app gets CS8602 where it
    /// dereferences a value documented as "null when absent"; when false (C# 7.3) they carry no annotations.
    /// </summary>
    public bool NullableAnnotations { get; init; }
}
