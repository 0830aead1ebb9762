using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ErrorCodeGen.Analyzers.Tests;

public sealed class CodeFixTests
{
    private const string Preamble = AnalyzerTests.Preamble;

    [Fact]
    public async Task Adds_enum_cases_with_recommendations_at_the_end()
    {
        var source = Preamble + $$"""
            class C
            {
                void M(Response response)
                {
                    {|#0:switch|} (response.Error)
                    {
            {{Codes.EnumLabels("            ", 1003, 1004)}}                break;
                    }
                }
            }
            """;
        var fixedSource = Preamble + $$"""
            class C
            {
                void M(Response response)
                {
                    switch (response.Error)
                    {
            {{Codes.EnumLabels("            ", 1003, 1004)}}                break;
                        case ErrorCode.IpNotInWhitelist: // Contact admin to add IP
                            throw new System.NotImplementedException();
                        case ErrorCode.InsufficientPermissions: // Upgrade plan or contact admin
                            throw new System.NotImplementedException();
                    }
                }
            }
            """;
        var test = new Test { Source = source, Fixed = fixedSource };
        test.ExpectedDiagnostics.Add(Test.Unhandled(0, Codes.List(1003, 1004), 2));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Strict_mode_fix_inserts_before_default_grouped_by_category()
    {
        var source = Preamble + $$"""
            class C
            {
                void M(ErrorCode code)
                {
                    {|#0:switch|} (code)
                    {
            {{Codes.EnumLabels("            ", 1003, 2002, 5000)}}                Handle();
                            break;
                        default:
                            break;
                    }
                }

                void Handle()
                {
                }
            }
            """;
        var fixedSource = Preamble + $$"""
            class C
            {
                void M(ErrorCode code)
                {
                    switch (code)
                    {
            {{Codes.EnumLabels("            ", 1003, 2002, 5000)}}                Handle();
                            break;
                        // Authentication
                        case ErrorCode.IpNotInWhitelist: // Contact admin to add IP
                            throw new System.NotImplementedException();
                        // Parameter
                        case ErrorCode.SymbolNotFound: // Use /v1/symbols/available to query
                            throw new System.NotImplementedException();
                        // Service
                        case ErrorCode.InternalServerError: // Retry later, contact support if persists
                            throw new System.NotImplementedException();
                        default:
                            break;
                    }
                }

                void Handle()
                {
                }
            }
            """;
        var test = new Test { Source = source, Fixed = fixedSource };
        test.DisabledDiagnostics.Remove(ErrorCodeDiagnostics.CodesOnlyInDefaultId);
        test.ExpectedDiagnostics.Add(Test.OnlyInDefault(0, Codes.List(1003, 2002, 5000), 3));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Adds_arms_to_a_switch_expression_without_discard()
    {
        var source = Preamble + $$"""
            class C
            {
                string M(ErrorCode? code) => code {|#0:switch|}
                {
                    null => "none",
                    {{Codes.EnumOr(4003, 4004)}} => "known"
                };
            }
            """;
        var fixedSource = Preamble + $$"""
            class C
            {
                string M(ErrorCode? code) => code switch
                {
                    null => "none",
                    {{Codes.EnumOr(4003, 4004)}} => "known",
                    ErrorCode.DepthSubscriptionUnavailable => throw new System.NotImplementedException(), // Use HTTP API for depth data
                    ErrorCode.TradeSubscriptionUnavailable => throw new System.NotImplementedException(), // Use HTTP API for trade data
                };
            }
            """;
        var test = new Test { Source = source, Fixed = fixedSource };
        test.ExpectedDiagnostics.Add(Test.Unhandled(0, Codes.List(4003, 4004), 2));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Strict_mode_adds_arms_before_the_discard()
    {
        var source = Preamble + $$"""
            class C
            {
                string M(ErrorCode code) => code {|#0:switch|}
                {
                    {{Codes.EnumOr(0)}} => "failed",
                    _ => "ok",
                };
            }
            """;
        var fixedSource = Preamble + $$"""
            class C
            {
                string M(ErrorCode code) => code switch
                {
                    {{Codes.EnumOr(0)}} => "failed",
                    ErrorCode.Success => throw new System.NotImplementedException(),
                    _ => "ok",
                };
            }
            """;
        var test = new Test { Source = source, Fixed = fixedSource };
        test.DisabledDiagnostics.Remove(ErrorCodeDiagnostics.CodesOnlyInDefaultId);
        test.ExpectedDiagnostics.Add(Test.OnlyInDefault(0, "0 Success", 1));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Int_switch_on_response_code_gets_numeric_labels_and_compiles_clean()
    {
        var source = Preamble + """
            class C
            {
                object M(Response data)
                {
                    if (data.Code != 0)
                    {
                        {|#0:switch|} (data.Code)
                        {
                            case 1001:
                            case 1002:
                                throw new Exception("Authentication failed, check API Key");
                            case 2002:
                                throw new Exception("Symbol not found");
                            case 3001:
                                Console.WriteLine("Rate limited");
                                break;
                        }
                    }

                    return data;
                }
            }
            """;
        var fixedSource = Preamble + """
            class C
            {
                object M(Response data)
                {
                    if (data.Code != 0)
                    {
                        switch (data.Code)
                        {
                            case 1001:
                            case 1002:
                                throw new Exception("Authentication failed, check API Key");
                            case 2002:
                                throw new Exception("Symbol not found");
                            case 3001:
                                Console.WriteLine("Rate limited");
                                break;
                            case 0: // Success
                                throw new System.NotImplementedException();
                            // Authentication
                            case 1003: // IpNotInWhitelist: Contact admin to add IP
                                throw new System.NotImplementedException();
                            case 1004: // InsufficientPermissions: Upgrade plan or contact admin
                                throw new System.NotImplementedException();
                            // Parameter
                            case 2001: // InvalidParameters: Check request parameters
                                throw new System.NotImplementedException();
                            case 2003: // InvalidTimeRange: Check start_time/end_time parameters
                                throw new System.NotImplementedException();
                            case 2004: // RequestLimitExceeded: Reduce limit parameter
                                throw new System.NotImplementedException();
                            // RateLimiting
                            case 3002: // QuotaExhausted: Wait for reset or upgrade plan
                                throw new System.NotImplementedException();
                            case 3003: // ConnectionLimitExceeded: Close excess connections
                                throw new System.NotImplementedException();
                            case 3004: // SubscriptionLimitExceeded: Unsubscribe some channels
                                throw new System.NotImplementedException();
                            // WebSocket
                            case 4001: // UnknownCommand: Check WebSocket cmd field
                                throw new System.NotImplementedException();
                            case 4002: // InvalidMessageFormat: Check JSON format
                                throw new System.NotImplementedException();
                            case 4003: // DepthSubscriptionUnavailable: Use HTTP API for depth data
                                throw new System.NotImplementedException();
                            case 4004: // TradeSubscriptionUnavailable: Use HTTP API for trade data
                                throw new System.NotImplementedException();
                            // Service
                            case 5000: // InternalServerError: Retry later, contact support if persists
                                throw new System.NotImplementedException();
                            case 5001: // DataSourceUnavailable: Retry later
                                throw new System.NotImplementedException();
                            case 5002: // ServiceTemporarilyUnavailable: Retry later
                                throw new System.NotImplementedException();
                        }
                    }

                    return data;
                }
            }
            """;
        var test = new Test { Source = source, Fixed = fixedSource };
        test.ExpectedDiagnostics.Add(Test.Unhandled(0, Codes.List(0, 1003, 1004, 2001, 2003, 2004, 3002, 3003, 3004, 4001, 4002, 4003, 4004, 5000, 5001, 5002), 16, Test.IntSwitch));
        test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Fix_all_handles_nested_switches_and_several_documents()
    {
        var first = Preamble + """
            class C
            {
                void M(ErrorCode outer, ErrorCode inner)
                {
                    {|#0:switch|} (outer)
                    {
                        case < ErrorCode.ServiceTemporarilyUnavailable:
                            {|#1:switch|} (inner)
                            {
                                case > ErrorCode.Success:
                                    break;
                            }

                            break;
                    }
                }
            }
            """;
        var firstFixed = Preamble + """
            class C
            {
                void M(ErrorCode outer, ErrorCode inner)
                {
                    switch (outer)
                    {
                        case < ErrorCode.ServiceTemporarilyUnavailable:
                            switch (inner)
                            {
                                case > ErrorCode.Success:
                                    break;
                                case ErrorCode.Success:
                                    throw new System.NotImplementedException();
                            }

                            break;
                        case ErrorCode.ServiceTemporarilyUnavailable: // Retry later
                            throw new System.NotImplementedException();
                    }
                }
            }
            """;
        var second = """
            using Acme.MarketData;

            class D
            {
                int M(ErrorCode code) => code {|#2:switch|}
                {
                    >= ErrorCode.InvalidOrExpiredApiKey => 1,
                };
            }
            """;
        var secondFixed = """
            using Acme.MarketData;

            class D
            {
                int M(ErrorCode code) => code switch
                {
                    >= ErrorCode.InvalidOrExpiredApiKey => 1,
                    ErrorCode.Success => throw new System.NotImplementedException(),
                };
            }
            """;
        var test = new Test { Source = first, Fixed = firstFixed };
        test.TestState.Sources.Add(("/0/Second.cs", second));
        test.FixedState.Sources.Add(("/0/Second.cs", secondFixed));
        test.ExpectedDiagnostics.Add(Test.Unhandled(0, "5002 ServiceTemporarilyUnavailable", 1));
        test.ExpectedDiagnostics.Add(Test.Unhandled(1, "0 Success", 1));
        test.ExpectedDiagnostics.Add(Test.Unhandled(2, "0 Success", 1));
        test.NumberOfIncrementalIterations = 3;
        test.NumberOfFixAllIterations = 1;
        // Fix All in document handles one document per iteration (both nested switches of Test0.cs at once).
        test.NumberOfFixAllInDocumentIterations = 2;
        test.NumberOfFixAllInProjectIterations = 1;
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Catalog_from_metadata_without_docs_gets_its_recommendations_from_the_member_attributes()
    {
        var source = Preamble + """
            class C
            {
                void M(Response response)
                {
                    {|#0:switch|} (response.Error)
                    {
                        case ErrorCode.Success:
                        case >= ErrorCode.InvalidParameters:
                            break;
                    }
                }
            }
            """;
        var fixedSource = Preamble + """
            class C
            {
                void M(Response response)
                {
                    switch (response.Error)
                    {
                        case ErrorCode.Success:
                        case >= ErrorCode.InvalidParameters:
                            break;
                        case ErrorCode.InvalidOrExpiredApiKey: // Check API Key
                            throw new System.NotImplementedException();
                        case ErrorCode.ApiKeyNotProvided: // Add X-API-Key header
                            throw new System.NotImplementedException();
                        case ErrorCode.IpNotInWhitelist: // Contact admin to add IP
                            throw new System.NotImplementedException();
                        case ErrorCode.InsufficientPermissions: // Upgrade plan or contact admin
                            throw new System.NotImplementedException();
                    }
                }
            }
            """;
        var test = new Test(catalogInSource: false) { Source = source, Fixed = fixedSource };
        test.ExpectedDiagnostics.Add(Test.Unhandled(0, Codes.List(1001, 1002, 1003, 1004), 4));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Catalog_from_metadata_without_docs_gets_its_categories_from_the_member_attributes()
    {
        var source = Preamble + """
            class C
            {
                int M(ErrorCode code) => code {|#0:switch|}
                {
                    <= ErrorCode.IpNotInWhitelist => 1,
                    >= ErrorCode.SymbolNotFound => 2,
                };
            }
            """;
        var fixedSource = Preamble + """
            class C
            {
                int M(ErrorCode code) => code switch
                {
                    <= ErrorCode.IpNotInWhitelist => 1,
                    >= ErrorCode.SymbolNotFound => 2,
                    // Authentication
                    ErrorCode.InsufficientPermissions => throw new System.NotImplementedException(), // Upgrade plan or contact admin
                    // Parameter
                    ErrorCode.InvalidParameters => throw new System.NotImplementedException(), // Check request parameters
                };
            }
            """;
        var test = new Test(catalogInSource: false) { Source = source, Fixed = fixedSource };
        test.ExpectedDiagnostics.Add(Test.Unhandled(0, Codes.List(1004, 2001), 2));
        await test.RunAsync(CancellationToken.None);
    }
}
