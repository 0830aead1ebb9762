using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ErrorCodeGen.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodeGen.Generator.Tests;

/// <summary>The generated code compiled for real, loaded and called.</summary>
public class GeneratedCodeTests
{
    private const string Probe = """
        using System;
        using System.Globalization;
        using System.Linq;
        using Acme.MarketData;

        public static class Probe
        {
            public static string Run()
            {
                var lines = new System.Collections.Generic.List<string>();
                lines.Add(ErrorCode.InvalidOrExpiredApiKey.GetMessage());
                lines.Add(ErrorCodeMessages.InvalidOrExpiredApiKey);
                lines.Add(ErrorCode.IpNotInWhitelist.ToStringFast());
                lines.Add(ErrorCode.ApiKeyNotProvided.GetRecommendation());
                lines.Add(ErrorCode.TradeSubscriptionUnavailable.GetMessage());
                lines.Add(ErrorCode.InvalidOrExpiredApiKey.GetMeaning());
                lines.Add(((int?)ErrorCode.SymbolNotFound.GetHttpStatus())?.ToString(CultureInfo.InvariantCulture) ?? "none");
                lines.Add(((int?)ErrorCode.UnknownCommand.GetHttpStatus())?.ToString(CultureInfo.InvariantCulture) ?? "none");
                lines.Add(ErrorCode.UnknownCommand.GetCategory().ToString());
                lines.Add(ErrorCode.Success.GetCategory().ToString());
                lines.Add(ErrorCode.RateLimitExceeded.GetRetryClassification().ToString());
                lines.Add(ErrorCode.RateLimitExceeded.IsRetryable().ToString());
                lines.Add(ErrorCode.QuotaExhausted.IsRetryable().ToString());
                lines.Add(ErrorCode.Success.IsSuccess().ToString());
                lines.Add(ErrorCode.InternalServerError.IsSuccess().ToString());
                lines.Add(ErrorCodeExtensions.TryFromCode(5001, out var parsed) + " " + parsed);
                lines.Add(ErrorCodeExtensions.TryFromCode(1010, out var missing) + " " + (int)missing);
                lines.Add(ErrorCodeExtensions.IsDefined(4004) + " " + ErrorCodeExtensions.IsDefined(-1) + " " + ErrorCodeExtensions.IsDefined(int.MinValue) + " " + ErrorCodeExtensions.IsDefined(int.MaxValue));
                lines.Add(string.Join(",", ErrorCodeExtensions.GetValues().Select(v => (int)v)));
                lines.Add(Fmt(ErrorCode.RateLimitExceeded.GetRetryDelay(0)) + " " + Fmt(ErrorCode.RateLimitExceeded.GetRetryDelay(3, TimeSpan.FromSeconds(7))));
                lines.Add(string.Join(",", Enumerable.Range(0, 7).Select(a => Fmt(ErrorCode.DataSourceUnavailable.GetRetryDelay(a)))) + " " + Fmt(ErrorCode.DataSourceUnavailable.GetRetryDelay(2, TimeSpan.FromSeconds(9))));
                lines.Add(Fmt(ErrorCode.QuotaExhausted.GetRetryDelay(0)) + " " + Fmt(ErrorCode.Success.GetRetryDelay(0)) + " " + Fmt(ErrorCode.DepthSubscriptionUnavailable.GetRetryDelay(0)));
                lines.Add(((ErrorCode)42).ToStringFast() + "|" + ((ErrorCode)42).GetMessage() + "|" + ((ErrorCode)42).GetRetryClassification() + "|" + (((ErrorCode)42).GetHttpStatus() == null));
                var values = ErrorCodeExtensions.GetValues();
                values[0] = (ErrorCode)123;
                lines.Add(((int)ErrorCodeExtensions.GetValues()[0]).ToString(CultureInfo.InvariantCulture));
                lines.Add(Enum.GetValues(typeof(ErrorCode)).Cast<ErrorCode>().All(v => v.ToStringFast() == v.ToString()).ToString());
                return string.Join("\n", lines);
            }

            private static string Fmt(TimeSpan? value) => value.HasValue ? value.Value.TotalSeconds.ToString(CultureInfo.InvariantCulture) + "s" : "null";
        }
        """;

    [Fact]
    public void Generated_api_returns_the_spec_values_at_run_time()
    {
        var result = GeneratorHarness.RunReference(Probe);
        Assert.Empty(result.GeneratorDiagnostics);
        var output = GeneratorHarness.RunProbe<string>(result.Output).Split('\n');
        Assert.Equal(
            new[]
            {
                "Invalid or expired token",
                "Invalid or expired token",
                "IpNotInWhitelist",
                "Add X-API-Key header",
                "Trade subscription unavailable",
                "Invalid or expired API Key",
                "404",
                "none",
                "WebSocket",
                "None",
                "RetryAfterDelay",
                "True",
                "False",
                "True",
                "False",
                "True DataSourceUnavailable",
                "False 0",
                "True False False False",
                "0,1001,1002,1003,1004,2001,2002,2003,2004,3001,3002,3003,3004,4001,4002,4003,4004,5000,5001,5002",
                "60s 7s",
                "1s,2s,4s,8s,16s,30s,30s 9s",
                "null null null",
                "42||DoNotRetry|True",
                "0",
                "True",
            },
            output);
    }

    [Fact]
    public void Compiles_without_warnings_on_net10_with_nullable_and_documentation_diagnostics()
    {
        var result = GeneratorHarness.RunReference();
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationErrorsAndWarnings());
    }

    [Fact]
    public void Compiles_without_warnings_on_csharp_7_3_and_netstandard_2_0()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose);
        var result = GeneratorHarness.Run(
            new[] { SpecFile.Spec("/repo/spec/error-codes.md", GeneratorHarness.ReferenceSpecText, "Acme.MarketData") },
            "using Acme.MarketData; namespace Sample { internal static class Uses { internal static string M() { return ErrorCode.Success.ToStringFast(); } } }",
            parseOptions: parseOptions,
            references: Basic.Reference.Assemblies.NetStandard20.References.All,
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, generalDiagnosticOption: ReportDiagnostic.Error, warningLevel: 9999));
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
        using var stream = new MemoryStream();
        Assert.True(result.Output.Emit(stream).Success);
    }

    [Fact]
    public void Starts_with_auto_generated_and_carries_generated_code_attributes()
    {
        var source = GeneratorHarness.RunReference().Source("Acme.MarketData.ErrorCode.g.cs");
        Assert.StartsWith("// <auto-generated/>\n", source);
        Assert.Equal(5, source.Split("[global::System.CodeDom.Compiler.GeneratedCode(\"ErrorCodeGen\", \"" + CatalogEmitter.ToolVersion + "\")]").Length - 1);
        Assert.DoesNotContain("\r", source);
    }

    [Fact]
    public void Internal_accessibility_and_custom_enum_name()
    {
        var result = GeneratorHarness.Run(
            new[] { SpecFile.Spec("/repo/spec/error-codes.md", GeneratorHarness.ReferenceSpecText, "Contoso.Api", "ApiError", "internal") },
            "using Contoso.Api; namespace Sample { internal static class Uses { internal static string M() => Contoso.Api.ApiError.QuotaExhausted.GetMessage() + Contoso.Api.ApiErrorMessages.QuotaExhausted + Contoso.Api.ApiErrorCategory.RateLimiting + Contoso.Api.ApiErrorRetryClassification.UseFallback; } }");
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationErrorsAndWarnings());
        var type = result.Output.GetTypeByMetadataName("Contoso.Api.ApiError")!;
        Assert.Equal(Accessibility.Internal, type.DeclaredAccessibility);
        Assert.Contains(type.GetAttributes(), a => a.AttributeClass?.ToDisplayString() == "ErrorCodeGen.ErrorCodeCatalogAttribute");
    }

    [Fact]
    public void Two_assemblies_with_catalogs_do_not_collide()
    {
        var library = GeneratorHarness.RunReference(ns: "Contracts");
        using var stream = new MemoryStream();
        Assert.True(library.Output.Emit(stream).Success);
        var reference = MetadataReference.CreateFromImage(stream.ToArray());

        var app = GeneratorHarness.Run(
            new[] { SpecFile.Spec("/app/spec/error-codes.md", GeneratorHarness.ReferenceSpecText, "App") },
            "using Contracts; using App; namespace Sample { internal static class Uses { internal static string M() => Contracts.ErrorCode.Success.ToStringFast() + App.ErrorCode.Success.ToStringFast(); } }",
            references: GeneratorHarness.Net100.Append(reference));
        Assert.Empty(app.GeneratorDiagnostics);
        Assert.Empty(app.CompilationErrorsAndWarnings());
    }
}
