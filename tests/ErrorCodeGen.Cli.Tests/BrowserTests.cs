using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodeGen.Cli.Tests;

/// <summary>
/// Drives the generated HTML page in a real, headless Chromium (Debian's <c>/usr/bin/chromium</c>; no browser is
/// ever downloaded; <c>ERRORCODEGEN_CHROMIUM</c> names another binary). Without Chromium the test is reported as
/// skipped, with the install hint, so that <c>dotnet test</c> passes on a machine with only the .NET SDK; CI sets
/// <c>ERRORCODEGEN_REQUIRE_BROWSER=1</c>, which turns a missing browser into a failure.
/// </summary>
public sealed class BrowserTests
{
    private readonly ITestOutputHelper _output;

    public BrowserTests(ITestOutputHelper output) => _output = output;

    [ChromiumFact]
    public async Task Typing_retry_shows_only_the_retryable_rows_on_a_phone_width()
    {
        var chromium = ChromiumFactAttribute.ChromiumPath;
        Assert.True(File.Exists(chromium), ChromiumFactAttribute.MissingMessage);
        _output.WriteLine("Chromium: " + chromium);

        using var temp = new TempDir();
        var spec = temp.CopyReferenceSpec();
        var outDir = temp.File("docs");
        var run = CliRun.Of("docs", spec, "--out", outDir);
        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        var pageUrl = new Uri(Path.Combine(outDir, "error-codes.html")).AbsoluteUri;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Timeout = 60_000,
            Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run" },
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            ColorScheme = ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Type + ": " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                problems.Add("network request: " + request.Url);
            }
        };

        await page.GotoAsync(pageUrl);
        var rows = page.Locator("#codes tbody tr:visible");
        Assert.Equal(20, await rows.CountAsync());
        Assert.Equal("20 codes", await page.Locator("#filter-status").TextContentAsync());

        await page.Locator("#filter").PressSequentiallyAsync("retry");

        Assert.Equal(new[] { "3001", "5000", "5001", "5002" }, await VisibleCodes(page));
        Assert.Equal("4 of 20 codes", await page.Locator("#filter-status").TextContentAsync());
        Assert.True(await page.Locator("#no-match").IsHiddenAsync());
        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        var shot = Path.Combine(screenshots, "error-codes-filter-retry-phone.png");
        await page.Locator("#quick-reference").ScreenshotAsync(new LocatorScreenshotOptions { Path = shot });
        Assert.True(new FileInfo(shot).Length > 1000);
        _output.WriteLine("screenshot: " + shot);

        // Readable on a phone: nothing wider than the viewport.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 390 px");

        // Other filters: HTTP status, category, name; no match.
        await page.Locator("#filter").FillAsync("429");
        Assert.Equal(new[] { "3001", "3002", "3003", "3004" }, await VisibleCodes(page));
        await page.Locator("#filter").FillAsync("websocket fallback");
        Assert.Equal(new[] { "4003", "4004" }, await VisibleCodes(page));
        await page.Locator("#filter").FillAsync("InvalidOrExpiredApiKey");
        Assert.Equal(new[] { "1001" }, await VisibleCodes(page));
        await page.Locator("#filter").FillAsync("no such thing");
        Assert.Empty(await VisibleCodes(page));
        Assert.True(await page.Locator("#no-match").IsVisibleAsync());
        await page.Locator("#filter").FillAsync(string.Empty);
        Assert.Equal(20, await rows.CountAsync());

        // Anchors per code.
        await page.GotoAsync(pageUrl + "#3001");
        Assert.True(await page.Locator("article#\\33 001").IsVisibleAsync());

        // Dark mode follows prefers-color-scheme.
        var light = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        var dark = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(255, 255, 255)", light);
        Assert.Equal("rgb(13, 17, 23)", dark);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "error-codes-dark-phone.png") });

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<string[]> VisibleCodes(IPage page)
    {
        var codes = await page.Locator("#codes tbody tr:visible").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)");
        return codes.ToArray();
    }
}

/// <summary>
/// A fact that needs Chromium: skipped (with the install hint) when the browser is missing, unless
/// <see cref="RequireVariable"/> is 1, which makes the missing browser a failure instead.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string RequireVariable = "ERRORCODEGEN_REQUIRE_BROWSER";
    public const string ChromiumVariable = "ERRORCODEGEN_CHROMIUM";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && Environment.GetEnvironmentVariable(RequireVariable) != "1")
        {
            Skip = MissingMessage;
        }
    }

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } custom ? custom : "/usr/bin/chromium";

    public static string MissingMessage =>
        "Chromium not found at '" + ChromiumPath + "'. Install it (apt-get update && apt-get install -y chromium) or set "
        + ChromiumVariable + " to a Chromium binary; " + RequireVariable + "=1 (set by .ci/run) makes this a failure.";
}
