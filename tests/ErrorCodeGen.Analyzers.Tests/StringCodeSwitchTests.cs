using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ErrorCodeGen.Analyzers.Tests;

/// <summary>Switches over string wire codes and property patterns on a response object (int and string codes).</summary>
public sealed class StringCodeSwitchTests
{
    private const string FullName = "Acme.Chat.ChatError";

    /// <summary>A string-code page of our own: four codes sharing the prefix <c>S_</c>.</summary>
    private const string Spec = """
        # Chat service errors

        | Code | Meaning | HTTP |
        |------|---------|------|
        | S_BUSY | Server busy; retry later | 503 |
        | S_FORBIDDEN | You may not post in this channel | 403 |
        | S_NOT_FOUND | No such channel | 404 |
        | S_BAD_REQUEST | The request is malformed | 400 |
        """;

    private static readonly string CatalogSource = CatalogEmitter.Emit(SpecParser.Parse(Spec).Catalog, new CatalogEmitOptions("Acme.Chat", "ChatError"));

    private const string Preamble = """
        using System;
        using Acme.Chat;
        using Acme.MarketData;

        internal sealed class ChatResponse
        {
            public string Errcode { get; set; } = "";
            public string Error { get; set; } = "";
        }

        internal sealed class Response
        {
            public int Code { get; set; }
            public string Message { get; set; } = "";
        }

        """;

    private static Test NewTest(string source, bool catalogInSource = true)
    {
        var test = new Test { Source = Preamble + source };
        if (catalogInSource)
        {
            test.TestState.Sources.Add(("/0/Acme.Chat.ChatError.g.cs", CatalogSource));
        }
        else
        {
            test.TestState.AdditionalReferences.Add(TestCatalog.Compile("ChatContracts", ("ChatError.g.cs", CatalogSource)));
        }

        return test;
    }

    private static DiagnosticResult Unhandled(int markup, string catalog, string codes, int count) =>
        new DiagnosticResult(ErrorCodeDiagnostics.UnhandledCodes)
            .WithLocation(markup)
            .WithArguments(catalog, count == 1 ? "1 code" : count + " codes", codes);

    private static DiagnosticResult Unknown(int markup, string label, string catalog, string suggestion = "") =>
        new DiagnosticResult(ErrorCodeDiagnostics.UnknownCode)
            .WithLocation(markup)
            .WithArguments(label, catalog, suggestion);

    [Fact]
    public void The_generated_catalog_has_the_wire_code_table_the_analyzer_reads()
    {
        Assert.Contains("public const string Forbidden = \"S_FORBIDDEN\";", CatalogSource);
        Assert.Contains("public static class ChatErrorWireCodes", CatalogSource);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_switch_over_a_string_code_member_reports_unhandled_codes_and_a_misspelt_one_with_the_closest_code(bool catalogInSource)
    {
        var test = NewTest("""
            class C
            {
                void M(ChatResponse response)
                {
                    {|#0:switch|} (response.Errcode)
                    {
                        case "S_BUSY":
                            break;
                        case {|#1:"S_FORBIDEN"|}:
                            break;
                    }
                }
            }
            """, catalogInSource);
        test.ExpectedDiagnostics.Add(Unhandled(0, FullName, "S_FORBIDDEN, S_NOT_FOUND, S_BAD_REQUEST", 3));
        test.ExpectedDiagnostics.Add(Unknown(1, "\"S_FORBIDEN\"", FullName, "; did you mean \"S_FORBIDDEN\"?"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_complete_string_switch_is_quiet_also_with_the_generated_constants_as_labels()
    {
        await NewTest("""
            class C
            {
                int M(ChatResponse response) => response.Errcode switch
                {
                    "S_BUSY" => 1,
                    ChatErrorWireCodes.Forbidden => 2,
                    "S_NOT_FOUND" or "S_BAD_REQUEST" => 3,
                    null => 0,
                };
            }
            """).RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_string_switch_on_a_local_is_checked_when_its_labels_are_mostly_codes_of_one_catalog()
    {
        var test = NewTest("""
            class C
            {
                void M(string errcode)
                {
                    {|#0:switch|} (errcode)
                    {
                        case "S_BUSY":
                        case "S_NOT_FOUND":
                        case {|#1:"s_forbidden"|}:
                            break;
                    }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Unhandled(0, FullName, "S_FORBIDDEN, S_BAD_REQUEST", 2));
        test.ExpectedDiagnostics.Add(Unknown(1, "\"s_forbidden\"", FullName, "; did you mean \"S_FORBIDDEN\"?"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_string_switch_that_is_not_about_codes_is_left_alone()
    {
        await NewTest("""
            class C
            {
                void M(string verb, ChatResponse response)
                {
                    switch (verb)
                    {
                        case "GET":
                        case "POST":
                            break;
                    }

                    switch (response.Error)
                    {
                        case "S_BUSY":
                            break;
                    }
                }
            }
            """).RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Property_patterns_on_a_string_code_count()
    {
        var test = NewTest("""
            class C
            {
                int M(ChatResponse response) => response {|#0:switch|}
                {
                    { Errcode: "S_BUSY" } => 1,
                    { Errcode: "S_FORBIDDEN" } => 2,
                    { Errcode: "S_NOT_FOUND", Error: "gone" } => 3,
                    { Errcode: {|#1:"S_BUZY"|} } => 4,
                };
            }
            """);
        test.ExpectedDiagnostics.Add(Unhandled(0, FullName, "S_NOT_FOUND, S_BAD_REQUEST", 2));
        test.ExpectedDiagnostics.Add(Unknown(1, "\"S_BUZY\"", FullName, "; did you mean \"S_BUSY\"?"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Property_patterns_on_an_int_code_count()
    {
        var handled = string.Join("\n", Codes.All.Where(c => c.Code != 5002).Select(c => "        { Code: " + c.Code + " } => \"" + c.Name + "\","));
        var test = NewTest("""
            class C
            {
                string M(Response response) => response {|#0:switch|}
                {
            """ + "\n" + handled + "\n" + """
                    { Code: {|#1:1010|} } => "typo",
                };
            }
            """);
        test.ExpectedDiagnostics.Add(Test.Unhandled(0, Codes.List(5002), 1, Test.IntSwitch));
        test.ExpectedDiagnostics.Add(Test.Unknown(1, 1010, closest: 1001));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_property_pattern_switch_with_a_discard_is_complete()
    {
        await NewTest("""
            class C
            {
                int M(Response response) => response switch
                {
                    { Code: 0 } => 1,
                    { Code: 1001 } => 2,
                    _ => 0,
                };
            }
            """).RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_fix_adds_the_missing_string_cases()
    {
        var test = NewTest("""
            class C
            {
                void M(ChatResponse response)
                {
                    {|#0:switch|} (response.Errcode)
                    {
                        case "S_BUSY":
                        case "S_FORBIDDEN":
                            break;
                    }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Unhandled(0, FullName, "S_NOT_FOUND, S_BAD_REQUEST", 2));
        test.Fixed = Preamble + """
            class C
            {
                void M(ChatResponse response)
                {
                    switch (response.Errcode)
                    {
                        case "S_BUSY":
                        case "S_FORBIDDEN":
                            break;
                        case "S_NOT_FOUND": // NotFound
                            throw new System.NotImplementedException();
                        case "S_BAD_REQUEST": // BadRequest
                            throw new System.NotImplementedException();
                    }
                }
            }
            """;
        test.FixedState.Sources.Add(("/0/Acme.Chat.ChatError.g.cs", CatalogSource));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_fix_fills_empty_switches_laid_out_by_the_formatter()
    {
        var test = NewTest("""
            class C
            {
                void M(ChatResponse response)
                {
                    {|#0:switch|} (response.Errcode)
                    {
                    }
                }

                int N(ChatResponse response) => response.Errcode {|#1:switch|}
                {
                };
            }
            """);
        test.ExpectedDiagnostics.Add(Unhandled(0, FullName, "S_BUSY, S_FORBIDDEN, S_NOT_FOUND, S_BAD_REQUEST", 4));
        test.ExpectedDiagnostics.Add(Unhandled(1, FullName, "S_BUSY, S_FORBIDDEN, S_NOT_FOUND, S_BAD_REQUEST", 4));
        test.Fixed = Preamble + """
            class C
            {
                void M(ChatResponse response)
                {
                    switch (response.Errcode)
                    {
                        case "S_BUSY": // Busy
                            throw new System.NotImplementedException();
                        case "S_FORBIDDEN": // Forbidden
                            throw new System.NotImplementedException();
                        case "S_NOT_FOUND": // NotFound
                            throw new System.NotImplementedException();
                        case "S_BAD_REQUEST": // BadRequest
                            throw new System.NotImplementedException();
                    }
                }

                int N(ChatResponse response) => response.Errcode switch
                {
                    "S_BUSY" => throw new System.NotImplementedException(), // Busy
                    "S_FORBIDDEN" => throw new System.NotImplementedException(), // Forbidden
                    "S_NOT_FOUND" => throw new System.NotImplementedException(), // NotFound
                    "S_BAD_REQUEST" => throw new System.NotImplementedException(), // BadRequest
                };
            }
            """;
        test.FixedState.Sources.Add(("/0/Acme.Chat.ChatError.g.cs", CatalogSource));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_fix_adds_property_pattern_arms()
    {
        var test = NewTest("""
            class C
            {
                string M(ChatResponse response) => response {|#0:switch|}
                {
                    { Errcode: "S_BUSY" } => "busy",
                    { Errcode: "S_FORBIDDEN" } => "forbidden",
                    { Errcode: "S_NOT_FOUND" } => "missing",
                };
            }
            """);
        test.ExpectedDiagnostics.Add(Unhandled(0, FullName, "S_BAD_REQUEST", 1));
        test.Fixed = Preamble + """
            class C
            {
                string M(ChatResponse response) => response {|#0:switch|}
                {
                    { Errcode: "S_BUSY" } => "busy",
                    { Errcode: "S_FORBIDDEN" } => "forbidden",
                    { Errcode: "S_NOT_FOUND" } => "missing",
                    { Errcode: "S_BAD_REQUEST" } => throw new System.NotImplementedException(), // BadRequest
                };
            }
            """;
        test.FixedState.Sources.Add(("/0/Acme.Chat.ChatError.g.cs", CatalogSource));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_fix_adds_enum_property_pattern_arms()
    {
        var test = NewTest("""
            internal sealed class Envelope
            {
                public ChatError ErrorCode { get; set; }
            }

            class C
            {
                int M(Envelope envelope) => envelope {|#0:switch|}
                {
                    { ErrorCode: ChatError.Busy } => 1,
                    { ErrorCode: ChatError.Forbidden or ChatError.NotFound } => 2,
                    { ErrorCode: {|#1:(ChatError)9|} } => 3,
                };
            }
            """);
        test.ExpectedDiagnostics.Add(Unhandled(0, FullName, "4 BadRequest", 1));
        test.ExpectedDiagnostics.Add(Unknown(1, "9", FullName));
        test.Fixed = Preamble + """
            internal sealed class Envelope
            {
                public ChatError ErrorCode { get; set; }
            }

            class C
            {
                int M(Envelope envelope) => envelope switch
                {
                    { ErrorCode: ChatError.Busy } => 1,
                    { ErrorCode: ChatError.Forbidden or ChatError.NotFound } => 2,
                    { ErrorCode: {|#1:(ChatError)9|} } => 3,
                    { ErrorCode: ChatError.BadRequest } => throw new System.NotImplementedException(),
                };
            }
            """;
        test.FixedState.Sources.Add(("/0/Acme.Chat.ChatError.g.cs", CatalogSource));
        test.FixedState.ExpectedDiagnostics.Add(Unknown(1, "9", FullName));
        await test.RunAsync(CancellationToken.None);
    }
}
