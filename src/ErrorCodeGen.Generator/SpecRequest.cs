using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeGen.Generator;

/// <summary>
/// One catalog to generate: the spec's path and text, the section of it to read and the options. Plain data,
/// compared by value. A spec file gives one request per section it lists (<c>ErrorCodeSections</c>), else one.
/// </summary>
internal sealed record SpecRequest(string Path, string Text, string? Namespace, string? EnumName, string? Accessibility, string? Section)
{
    private const string Prefix = "build_metadata.AdditionalFiles.";

    /// <summary>What separates the entries of <c>ErrorCodeSections</c>.</summary>
    public const char EntrySeparator = '|';

    /// <summary>What separates an entry's section path from the catalog it becomes.</summary>
    public const string TargetSeparator = "=>";

    /// <summary>An option that is not valid (reported as ECG1016; nothing is generated for the request).</summary>
    public OptionProblem? Problem { get; init; }

    /// <summary>
    /// The <c>ErrorCodeSpec</c> item as the project wrote it (<c>ErrorCodeItem</c>, set by ErrorCodeGen.targets); null
    /// for a plain <c>AdditionalFiles</c> item. Option problems name it.
    /// </summary>
    public string? Item { get; init; }

    /// <summary>The project file that declares the item (<c>ErrorCodeProject</c>); option problems are reported there.</summary>
    public string? Project { get; init; }

    /// <summary>True when the spec file could not be read (ECG1050).</summary>
    public bool Unreadable { get; init; }

    /// <summary>
    /// The requests of an <c>AdditionalFiles</c> item marked <c>ErrorCodeSpec="true"</c> (none for other files):
    /// one per entry of <c>ErrorCodeSections</c> when it is set, else one for <c>ErrorCodeSection</c> (or the whole page).
    /// </summary>
    public static ImmutableArray<SpecRequest> Create(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(Prefix + "ErrorCodeSpec", out var marker)
            || !string.Equals(marker.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return ImmutableArray<SpecRequest>.Empty;
        }

        var text = file.GetText(cancellationToken)?.ToString();
        var single = new SpecRequest(
            file.Path,
            text ?? string.Empty,
            Read(options, "ErrorCodeNamespace"),
            Read(options, "ErrorCodeEnumName"),
            Read(options, "ErrorCodeAccessibility"),
            Read(options, "ErrorCodeSection"))
        {
            Item = Read(options, "ErrorCodeItem"),
            Project = Read(options, "ErrorCodeProject"),
            Unreadable = text is null,
        };
        if (single.Unreadable)
        {
            return ImmutableArray.Create(single);
        }

        var sections = Read(options, "ErrorCodeSections");
        if (sections is null)
        {
            return ImmutableArray.Create(single);
        }

        if (single.Section is not null)
        {
            return ImmutableArray.Create(single with
            {
                Problem = new OptionProblem("ErrorCodeSection", single.Section, "use either ErrorCodeSection or ErrorCodeSections, not both"),
            });
        }

        return FromSections(single, sections);
    }

    /// <summary>
    /// <c>ErrorCodeSections</c>: entries separated by <c>|</c>, each <c>section path =&gt; [public|internal] [Namespace.]EnumName</c>.
    /// What an entry leaves out comes from <c>ErrorCodeNamespace</c> / <c>ErrorCodeAccessibility</c> (then the defaults).
    /// </summary>
    private static ImmutableArray<SpecRequest> FromSections(SpecRequest file, string sections)
    {
        var requests = ImmutableArray.CreateBuilder<SpecRequest>();
        foreach (var part in sections.Split(EntrySeparator))
        {
            var entry = part.Trim();
            if (entry.Length == 0)
            {
                continue;
            }

            var arrow = entry.LastIndexOf(TargetSeparator, StringComparison.Ordinal);
            var target = arrow < 0 ? string.Empty : entry.Substring(arrow + TargetSeparator.Length).Trim();
            if (target.Length == 0)
            {
                requests.Add(file with
                {
                    Section = entry,
                    Problem = new OptionProblem("ErrorCodeSections", entry, "write each entry as 'section path => EnumName' (or '=> Namespace.EnumName'), entries separated by '|'"),
                });
                continue;
            }

            var accessibility = file.Accessibility;
            var space = target.IndexOf(' ');
            if (space > 0)
            {
                accessibility = target.Substring(0, space);
                target = target.Substring(space + 1).Trim();
            }

            var dot = target.LastIndexOf('.');
            var section = entry.Substring(0, arrow).Trim();
            requests.Add(file with
            {
                Namespace = dot < 0 ? file.Namespace : target.Substring(0, dot),
                EnumName = dot < 0 ? target : target.Substring(dot + 1),
                Accessibility = accessibility,
                Section = section.Length == 0 ? null : section,
            });
        }

        return requests.ToImmutable();
    }

    private static string? Read(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Prefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>An option value that is not valid, and why (the arguments of ECG1016).</summary>
internal sealed record OptionProblem(string Option, string Value, string Reason);
