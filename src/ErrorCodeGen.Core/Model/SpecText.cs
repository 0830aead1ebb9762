namespace ErrorCodeGen.Model;

/// <summary>
/// A piece of text from the spec, kept both as its Markdown source (for regenerated docs) and as plain text
/// (for generated C# strings and XML docs).
/// </summary>
public sealed record SpecText(string Markdown, string Plain)
{
    public static SpecText Empty { get; } = new(string.Empty, string.Empty);

    public bool IsEmpty => Plain.Length == 0 && Markdown.Length == 0;

    public static SpecText FromPlain(string plain) => new(plain, plain);

    public override string ToString() => Plain;
}
