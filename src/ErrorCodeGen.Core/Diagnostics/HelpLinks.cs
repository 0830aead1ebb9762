namespace ErrorCodeGen.Diagnostics;

/// <summary>
/// Where the rule pages are published: the one base of every help link (the generator's and the analyzers'
/// diagnostics, the CLI's <c>lint --format json</c>; ErrorCodeGen.targets spells it out for ECG1050, checked by a test).
/// Dependency-free, so the analyzers compile it in as a linked file.
/// </summary>
internal static class HelpLinks
{
    public const string Base = "https://github.com/errorcodegen/ErrorCodeGen/blob/main/docs/rules/";

    /// <summary>The rule page of <paramref name="id"/> (any ErrorCodeGen id).</summary>
    public static string For(string id) => Base + id + ".md";
}
