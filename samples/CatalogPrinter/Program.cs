using System;
using System.Globalization;
using Acme.MarketData;

// Prints the catalog generated from spec/error-codes.md: every code with its name, HTTP status, retry class and
// wire message, straight from the generated API (no reflection).
Console.WriteLine("{0,-5} {1,-30} {2,-15} {3,-5} {4,-16} {5}", "Code", "Name", "Category", "HTTP", "Retry", "Message");
Console.WriteLine(new string('-', 110));
foreach (var code in ErrorCodeExtensions.GetValues())
{
    var http = code.GetHttpStatus() is { } status ? ((int)status).ToString(CultureInfo.InvariantCulture) : "-";
    Console.WriteLine(
        "{0,-5} {1,-30} {2,-15} {3,-5} {4,-16} {5}",
        ((int)code).ToString(CultureInfo.InvariantCulture),
        code.ToStringFast(),
        code.GetCategory(),
        http,
        code.GetRetryClassification(),
        code.GetMessage());
}

Console.WriteLine();
Console.WriteLine("{0} codes; {1} retryable.", ErrorCodeExtensions.GetValues().Length, Array.FindAll(ErrorCodeExtensions.GetValues(), c => c.IsRetryable()).Length);

// A response arrives with code 3001 and Retry-After: 12.
if (ErrorCodeExtensions.TryFromCode(3001, out var received))
{
    Console.WriteLine("3001 → {0}: wait {1} before retrying.", received.ToStringFast(), received.GetRetryDelay(0, TimeSpan.FromSeconds(12)));
}
