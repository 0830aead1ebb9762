using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodeGen.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ErrorCodeGen.Analyzers.Tests;

/// <summary>
/// Analyzer + code-fix test over a compilation that contains the generated catalog of the reference spec,
/// with the .NET 10 reference assemblies (offline).
/// </summary>
internal sealed class Test : CSharpCodeFixTest<ErrorCodeSwitchAnalyzer, AddMissingErrorCodeCasesCodeFix, DefaultVerifier>
{
    public Test(bool catalogInSource = true)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        if (catalogInSource)
        {
            foreach (var source in TestCatalog.Sources)
            {
                TestState.Sources.Add(source);
            }
        }
        else
        {
            TestState.AdditionalReferences.Add(TestCatalog.MetadataReference);
        }

        CatalogInSource = catalogInSource;

        // The testing framework turns every rule on; ECG0003 is off by default (EditorConfigTests checks that).
        DisabledDiagnostics.Add(ErrorCodeDiagnostics.CodesOnlyInDefaultId);
    }

    /// <summary>
    /// ECG0001/ECG0003 carry the switch as their additional location (for the code fix); the expectations here name the
    /// primary location only, and the fix tests and EditorConfigTests check the additional one.
    /// </summary>
    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        foreach (var state in new[] { TestState, FixedState })
        {
            for (var i = 0; i < state.ExpectedDiagnostics.Count; i++)
            {
                var expected = state.ExpectedDiagnostics[i];
                if (expected.Id is ErrorCodeDiagnostics.UnhandledCodesId or ErrorCodeDiagnostics.CodesOnlyInDefaultId)
                {
                    state.ExpectedDiagnostics[i] = expected.WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);
                }
            }
        }

        return base.RunImplAsync(cancellationToken);
    }

    /// <summary>Sets the code under test as <c>/0/Test0.cs</c> (the fixed state uses the same name).</summary>
    public string Source
    {
        set => TestState.Sources.Add(("/0/Test0.cs", value));
    }

    public bool CatalogInSource { get; }

    /// <summary>Sets the fixed code; the generated catalog is part of the fixed state too.</summary>
    public string Fixed
    {
        set
        {
            // Same order as the test state: the generated catalog first, then the code.
            if (CatalogInSource)
            {
                foreach (var source in TestCatalog.Sources)
                {
                    FixedState.Sources.Add(source);
                }
            }

            FixedState.Sources.Add(("/0/Test0.cs", value));
        }
    }

    /// <summary>Adds an .editorconfig section for every C# file.</summary>
    public void EditorConfig(string body)
    {
        TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + body + "\n"));
    }

    /// <summary>What ECG0001/ECG0003 name an <c>int</c> switch over the test catalog's codes.</summary>
    public const string IntSwitch = "an int checked against the catalog " + TestCatalog.FullName;

    /// <param name="markup">The location.</param>
    /// <param name="codes">The codes listed.</param>
    /// <param name="count">How many.</param>
    /// <param name="over">What the switch is over, as the message names it (the catalog, or <see cref="IntSwitch"/>).</param>
    public static DiagnosticResult Unhandled(int markup, string codes, int count, string over = TestCatalog.FullName) =>
        new DiagnosticResult(ErrorCodeDiagnostics.UnhandledCodes)
            .WithLocation(markup)
            .WithArguments(over, count == 1 ? "1 code" : count + " codes", codes);

    public static DiagnosticResult OnlyInDefault(int markup, string codes, int count, string over = TestCatalog.FullName) =>
        new DiagnosticResult(ErrorCodeDiagnostics.CodesOnlyInDefault)
            .WithLocation(markup)
            .WithArguments(over, count == 1 ? "1 code" : count + " codes", codes);

    /// <param name="markup">The location.</param>
    /// <param name="value">The label that is no code.</param>
    /// <param name="closest">The code the message suggests ("did you mean …?"), or null for none.</param>
    public static DiagnosticResult Unknown(int markup, long value, long? closest = null) =>
        new DiagnosticResult(ErrorCodeDiagnostics.UnknownCode)
            .WithLocation(markup)
            .WithArguments(
                value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                TestCatalog.FullName,
                closest is { } c ? "; did you mean " + c.ToString(System.Globalization.CultureInfo.InvariantCulture) + "?" : string.Empty);

    public static async Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { Source = source };
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }
}

/// <summary>Builds case labels over the reference spec's codes for test sources.</summary>
internal static class Codes
{
    /// <summary>Member names of the reference spec, in code order.</summary>
    public static readonly (int Code, string Name)[] All =
    {
        (0, "Success"),
        (1001, "InvalidOrExpiredApiKey"),
        (1002, "ApiKeyNotProvided"),
        (1003, "IpNotInWhitelist"),
        (1004, "InsufficientPermissions"),
        (2001, "InvalidParameters"),
        (2002, "SymbolNotFound"),
        (2003, "InvalidTimeRange"),
        (2004, "RequestLimitExceeded"),
        (3001, "RateLimitExceeded"),
        (3002, "QuotaExhausted"),
        (3003, "ConnectionLimitExceeded"),
        (3004, "SubscriptionLimitExceeded"),
        (4001, "UnknownCommand"),
        (4002, "InvalidMessageFormat"),
        (4003, "DepthSubscriptionUnavailable"),
        (4004, "TradeSubscriptionUnavailable"),
        (5000, "InternalServerError"),
        (5001, "DataSourceUnavailable"),
        (5002, "ServiceTemporarilyUnavailable"),
    };

    /// <summary><c>case ErrorCode.X:</c> lines for every code except the given ones.</summary>
    public static string EnumLabels(string indent, params int[] except) =>
        string.Concat(All.Where(c => !except.Contains(c.Code)).Select(c => indent + "case ErrorCode." + c.Name + ":\n"));

    /// <summary><c>case 1001:</c> lines for every code except the given ones.</summary>
    public static string IntLabels(string indent, params int[] except) =>
        string.Concat(All.Where(c => !except.Contains(c.Code)).Select(c => indent + "case " + c.Code + ":\n"));

    /// <summary><c>ErrorCode.X or ErrorCode.Y …</c> for every code except the given ones.</summary>
    public static string EnumOr(params int[] except) =>
        string.Join(" or ", All.Where(c => !except.Contains(c.Code)).Select(c => "ErrorCode." + c.Name));

    public static string List(params int[] codes) =>
        string.Join(", ", codes.Select(code => code + " " + All.Single(c => c.Code == code).Name));

    public static IEnumerable<int> Values => All.Select(c => c.Code);
}
