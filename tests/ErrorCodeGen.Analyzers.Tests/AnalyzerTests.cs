using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ErrorCodeGen.Analyzers.Tests;

public sealed class AnalyzerTests
{
    internal const string Preamble = """
        using System;
        using Acme.MarketData;

        internal sealed class Response
        {
            public int Code { get; set; }
            public long LongCode { get; set; }
            public int StatusCode { get; set; }
            public ErrorCode Error { get; set; }
            public ErrorCode? MaybeError { get; set; }
            public string Message { get; set; } = "";
        }

        """;

    [Fact]
    public async Task Enum_statement_missing_codes_is_reported_with_codes_and_names()
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
        await Test.VerifyAsync(source, Test.Unhandled(0, "1003 IpNotInWhitelist, 1004 InsufficientPermissions", 2));
    }

    [Fact]
    public async Task Enum_statement_handling_every_code_is_silent()
    {
        var source = Preamble + $$"""
            class C
            {
                void M(Response response)
                {
                    switch (response.Error)
                    {
            {{Codes.EnumLabels("            ")}}                break;
                    }
                }
            }
            """;
        await Test.VerifyAsync(source);
    }

    [Fact]
    public async Task Enum_statement_with_default_is_silent()
    {
        var source = Preamble + """
            class C
            {
                void M(Response response)
                {
                    switch (response.Error)
                    {
                        case ErrorCode.Success:
                            break;
                        default:
                            throw new InvalidOperationException(response.Message);
                    }
                }
            }
            """;
        await Test.VerifyAsync(source);
    }

    [Fact]
    public async Task Enum_switch_expression_without_discard_is_reported()
    {
        var source = Preamble + $$"""
            class C
            {
                string M(ErrorCode code) => code {|#0:switch|}
                {
                    {{Codes.EnumOr(5002)}} => "known",
                };
            }
            """;
        await Test.VerifyAsync(source, Test.Unhandled(0, "5002 ServiceTemporarilyUnavailable", 1));
    }

    [Fact]
    public async Task Enum_switch_expression_with_discard_is_silent()
    {
        var source = Preamble + """
            class C
            {
                string M(ErrorCode code) => code switch
                {
                    ErrorCode.Success => "ok",
                    _ => "failed",
                };
            }
            """;
        await Test.VerifyAsync(source);
    }

    [Fact]
    public async Task Nullable_enum_is_checked_and_null_label_handles_no_code()
    {
        var source = Preamble + $$"""
            class C
            {
                void M(Response response)
                {
                    {|#0:switch|} (response.MaybeError)
                    {
                        case null:
            {{Codes.EnumLabels("            ", 0, 5001)}}                break;
                    }
                }
            }
            """;
        await Test.VerifyAsync(source, Test.Unhandled(0, "0 Success, 5001 DataSourceUnavailable", 2));
    }

    [Fact]
    public async Task Int_switch_on_response_code_is_reported_and_typo_label_is_flagged()
    {
        var source = Preamble + """
            class C
            {
                void M(Response data)
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
                            case {|#1:1010|}:
                                break;
                        }
                    }
                }
            }
            """;
        await Test.VerifyAsync(
            source,
            Test.Unhandled(0, Codes.List(0, 1003, 1004, 2001, 2003, 2004, 3001, 3002, 3003, 3004, 4001, 4002, 4003, 4004, 5000, 5001, 5002), 17, Test.IntSwitch),
            Test.Unknown(1, 1010, closest: 1001));
    }

    [Fact]
    public async Task Int_switch_from_the_spec_example_with_default_is_silent()
    {
        var source = Preamble + """
            class C
            {
                void M(Response data)
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
                        default:
                            throw new Exception(data.Message);
                    }
                }
            }
            """;
        await Test.VerifyAsync(source);
    }

    [Fact]
    public async Task Relational_and_or_patterns_handle_their_codes()
    {
        var source = Preamble + """
            class C
            {
                string M(Response response)
                {
                    {|#0:switch|} (response.Code)
                    {
                        case 0:
                            return "ok";
                        case >= 1001 and <= 1004:
                            return "auth";
                        case 2001 or 2002 or 2003 or 2004:
                            return "parameter";
                        case >= 3000 and < 4000:
                            return "rate";
                        case > 4000 and < 4004:
                            return "ws";
                        case not (< 5001 or > 5002) and not 5001:
                            return "service";
                    }

                    return "?";
                }
            }
            """;
        await Test.VerifyAsync(source, Test.Unhandled(0, Codes.List(4004, 5000, 5001), 3, Test.IntSwitch));
    }

    [Fact]
    public async Task Constants_through_casts_count_and_undefined_casts_are_unknown_labels()
    {
        var source = Preamble + $$"""
            class C
            {
                void M(ErrorCode code)
                {
                    switch (code)
                    {
            {{Codes.EnumLabels("            ", 1003)}}            case (ErrorCode)1003:
                        case {|#0:(ErrorCode)1010|}:
                            break;
                    }
                }
            }
            """;
        await Test.VerifyAsync(source, Test.Unknown(0, 1010, closest: 1001));
    }

    [Fact]
    public async Task Case_with_when_guard_does_not_handle_its_codes()
    {
        var source = Preamble + $$"""
            class C
            {
                string M(ErrorCode code, bool verbose) => code {|#0:switch|}
                {
                    {{Codes.EnumOr(3001, 3002)}} => "known",
                    ErrorCode.RateLimitExceeded when verbose => "rate limited",
                    ErrorCode.QuotaExhausted or ErrorCode.Success when verbose => "quota",
                    var other when verbose => other.ToString(),
                };
            }
            """;
        await Test.VerifyAsync(source, Test.Unhandled(0, Codes.List(3001, 3002), 2));
    }

    [Fact]
    public async Task Nested_switches_are_checked_each_on_its_own()
    {
        var source = Preamble + $$"""
            class C
            {
                string M(Response response) => response.Error {|#0:switch|}
                {
                    ErrorCode.Success => "ok",
                    {{Codes.EnumOr(0, 1001)}} => "failed",
                    ErrorCode.InvalidOrExpiredApiKey => response.Code switch
                    {
                        1001 => "expired",
                        _ => "?",
                    },
                };

                void N(ErrorCode outer, ErrorCode inner)
                {
                    switch (outer)
                    {
                        case ErrorCode.Success:
                            {|#2:switch|} (inner)
                            {
                                case ErrorCode.Success:
                                    break;
                            }

                            break;
                        default:
                            break;
                    }
                }
            }
            """;
        var allButSuccess = Codes.List(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Where(Codes.Values, c => c != 0)));
        var test = new Test { Source = source };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(ErrorCodeDiagnostics.UnhandledCodes).WithLocation(2)
            .WithArguments(TestCatalog.FullName, "19 codes", allButSuccess));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Switch_in_a_lambda_is_checked()
    {
        var source = Preamble + """
            class C
            {
                Func<ErrorCode, bool> IsAuth = code => code {|#0:switch|}
                {
                    ErrorCode.InvalidOrExpiredApiKey or ErrorCode.ApiKeyNotProvided or ErrorCode.IpNotInWhitelist or ErrorCode.InsufficientPermissions => true,
                    >= ErrorCode.InvalidParameters => false,
                };
            }
            """;
        await Test.VerifyAsync(source, Test.Unhandled(0, "0 Success", 1));
    }

    [Fact]
    public async Task Switch_in_top_level_statements_is_checked()
    {
        var source = """
            using System;
            using Acme.MarketData;

            var code = ErrorCode.Success;
            {|#0:switch|} (code)
            {
                case ErrorCode.Success:
                    Console.WriteLine("ok");
                    break;
                case >= ErrorCode.InvalidOrExpiredApiKey and <= ErrorCode.RateLimitExceeded:
                case > ErrorCode.RateLimitExceeded and < ErrorCode.ServiceTemporarilyUnavailable:
                    Console.WriteLine("failed");
                    break;
            }
            """;
        var test = new Test { Source = source };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Test.Unhandled(0, "5002 ServiceTemporarilyUnavailable", 1));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Strict_mode_reports_codes_that_only_reach_default()
    {
        var source = Preamble + $$"""
            class C
            {
                void M(ErrorCode code)
                {
                    {|#0:switch|} (code)
                    {
            {{Codes.EnumLabels("            ", 4003, 4004)}}                break;
                        default:
                            break;
                    }
                }

                string N(ErrorCode code) => code {|#1:switch|}
                {
                    {{Codes.EnumOr(0)}} => "failed",
                    var other => other.ToString(),
                };
            }
            """;
        var test = new Test { Source = source };
        test.DisabledDiagnostics.Remove(ErrorCodeDiagnostics.CodesOnlyInDefaultId);
        test.ExpectedDiagnostics.Add(Test.OnlyInDefault(0, Codes.List(4003, 4004), 2));
        test.ExpectedDiagnostics.Add(Test.OnlyInDefault(1, "0 Success", 1));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Int_switch_that_is_not_about_codes_is_silent()
    {
        var source = Preamble + """
            class C
            {
                int M(int count, Response response)
                {
                    switch (count)
                    {
                        case 1:
                        case 2:
                        case 3:
                            return 1;
                    }

                    switch (response.StatusCode)
                    {
                        case 200:
                            return 0;
                    }

                    return count switch { 1001 => 1, 2 => 2, 3 => 3, _ => 0 };
                }
            }
            """;
        await Test.VerifyAsync(source);
    }

    [Fact]
    public async Task Int_switch_whose_labels_are_mostly_codes_is_checked()
    {
        var source = Preamble + """
            class C
            {
                string M(int status) => status {|#0:switch|}
                {
                    >= 1001 and <= 1004 => "auth",
                    2001 or 2002 or 2003 or 2004 or 3001 or 3002 or 3003 or 3004 or 4001 or 4002 or 4003 or 4004 => "client",
                    5000 or 5001 or 5002 => "server",
                    {|#1:9999|} => "unknown",
                };
            }
            """;
        await Test.VerifyAsync(source, Test.Unhandled(0, "0 Success", 1, Test.IntSwitch), Test.Unknown(1, 9999));
    }

    [Fact]
    public async Task Long_and_conditional_access_switches_are_checked()
    {
        var source = Preamble + """
            class C
            {
                void M(Response? response)
                {
                    {|#0:switch|} (response?.Code)
                    {
                        case null:
                        case < 5000:
                            break;
                    }

                    {|#1:switch|} (response!.LongCode)
                    {
                        case 0:
                        case >= 1000 and < 5002:
                            break;
                    }
                }
            }
            """;
        var test = new Test { Source = source };
        test.EditorConfig("errorcodegen.code_members = Code, LongCode");
        test.ExpectedDiagnostics.Add(Test.Unhandled(0, Codes.List(5000, 5001, 5002), 3, Test.IntSwitch));
        test.ExpectedDiagnostics.Add(Test.Unhandled(1, "5002 ServiceTemporarilyUnavailable", 1, "a long checked against the catalog " + TestCatalog.FullName));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Code_members_option_replaces_the_default_names()
    {
        var source = Preamble + """
            class C
            {
                void M(Response response)
                {
                    switch (response.Code)
                    {
                        case 0:
                            break;
                    }

                    {|#0:switch|} (response.StatusCode)
                    {
                        case < 5002:
                            break;
                    }
                }
            }
            """;
        var test = new Test { Source = source };
        test.EditorConfig("errorcodegen.code_members = StatusCode");
        test.ExpectedDiagnostics.Add(Test.Unhandled(0, "5002 ServiceTemporarilyUnavailable", 1, Test.IntSwitch));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Infer_from_labels_can_be_turned_off()
    {
        var source = Preamble + """
            class C
            {
                string M(int status) => status {|#0:switch|}
                {
                    1001 or 1002 or 1003 => "auth",
                };
            }
            """;
        var test = new Test { Source = source };
        test.EditorConfig("errorcodegen.infer_from_labels = false");
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerWarning("CS8509").WithLocation(0).WithArguments("0"));
        test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Catalog_in_a_referenced_assembly_counts_for_enum_and_int_switches()
    {
        var source = Preamble + """
            class C
            {
                void M(Response response)
                {
                    {|#0:switch|} (response.Error)
                    {
                        case < ErrorCode.ServiceTemporarilyUnavailable:
                            break;
                    }

                    {|#1:switch|} (response.Code)
                    {
                        case > 0:
                            break;
                    }
                }
            }
            """;
        var test = new Test(catalogInSource: false) { Source = source };
        test.ExpectedDiagnostics.Add(Test.Unhandled(0, "5002 ServiceTemporarilyUnavailable", 1));
        test.ExpectedDiagnostics.Add(Test.Unhandled(1, "0 Success", 1, Test.IntSwitch));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Several_catalogs_need_the_catalog_option_for_code_members()
    {
        var source = Preamble + """
            class C
            {
                void M(Response response)
                {
                    {|#0:switch|} (response.Code)
                    {
                        case > 0:
                            break;
                    }
                }
            }
            """;

        var ambiguous = new Test { Source = source };
        ambiguous.TestState.Sources.Add(("/0/Other.Api.ErrorCode.g.cs", TestCatalog.Emit("Other.Api", "ErrorCode")));
        await ambiguous.RunAsync(CancellationToken.None);

        var chosen = new Test { Source = source };
        chosen.TestState.Sources.Add(("/0/Other.Api.ErrorCode.g.cs", TestCatalog.Emit("Other.Api", "ErrorCode")));
        chosen.EditorConfig("errorcodegen.catalog = Acme.MarketData.ErrorCode");
        chosen.ExpectedDiagnostics.Add(Test.Unhandled(0, "0 Success", 1, Test.IntSwitch));
        await chosen.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Catch_all_patterns_count_as_default_for_ECG0001()
    {
        var source = Preamble + """
            class C
            {
                void M(ErrorCode code, ErrorCode? maybe)
                {
                    switch (code)
                    {
                        case ErrorCode.Success:
                            break;
                        case var other:
                            break;
                    }

                    switch (maybe)
                    {
                        case ErrorCode.Success:
                            break;
                        case ErrorCode e:
                            break;
                    }

                    var text = maybe switch
                    {
                        null => "none",
                        not null => "some",
                    };
                }
            }
            """;
        await Test.VerifyAsync(source);
    }

    [Fact]
    public async Task Generated_code_is_skipped()
    {
        var test = new Test { Source = Preamble };
        test.TestState.Sources.Add(("/0/Handler.g.cs", """
            // <auto-generated/>
            using Acme.MarketData;

            class Generated
            {
                void M(ErrorCode code)
                {
                    switch (code)
                    {
                        case (ErrorCode)1010:
                            break;
                    }
                }
            }
            """));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Broken_code_while_typing_does_not_make_the_analyzer_throw()
    {
        var source = Preamble + """
            class C
            {
                void M(ErrorCode code, Response response)
                {
                    switch (code)
                    {
                        case ErrorCode.{|#0:Missing|}:
                        case {|#1:"text"|}:
                        case ErrorCode.Success when {|#2:undefined|}:
                            break;
                        default:
                            break;
                    }

                    switch (response.{|#3:Nope|})
                    {
                        case 1001:
                            break;
                    }
                }
            }
            """;
        var test = new Test { Source = source };
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("CS0117").WithLocation(0).WithArguments("Acme.MarketData.ErrorCode", "Missing"));
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("CS0029").WithLocation(1).WithArguments("string", "Acme.MarketData.ErrorCode"));
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("CS0103").WithLocation(2).WithArguments("undefined"));
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("CS1061").WithLocation(3).WithArguments("Response", "Nope"));
        await test.RunAsync(CancellationToken.None);
    }
}
