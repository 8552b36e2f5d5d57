using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

/// <summary>The page checks themselves fail on a page that breaks what they guard: each is shown a planted violation.</summary>
public sealed class PageChecksTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static string Planted(string body) =>
        $"<!doctype html><html lang=\"en\"><head><title>Planted</title></head><body><main><h1>Planted</h1>{body}</main></body></html>";

    [Theory]
    [InlineData("<form><input name=\"amount\"></form>", "label")]
    [InlineData("<p style=\"color:#eee;background:#fff\">Faint text</p>", "color-contrast")]
    [InlineData("<form><label for=\"a\">Amount</label><input id=\"a\"><span onclick=\"go()\" tabindex=\"-1\">Go</span></form>", "tab order")]
    [InlineData(
        "<table><tr><td style=\"white-space:nowrap\">" + "wide-cell-that-will-not-wrap-"
        + "wide-cell-that-will-not-wrap-wide-cell-that-will-not-wrap-wide-cell</td></tr></table><div style=\"width:1000px\">wide</div>",
        "scrolls sideways")]
    public async Task A_planted_violation_fails_the_page_checks(string body, string expected)
    {
        var page = await host.NewPageAsync();
        await page.SetContentAsync(Planted(body));

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => PageChecks.CheckAsync(page, "planted"));
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_outside_data_is_found_on_a_chinese_page_and_data_marked_translate_no_is_not()
    {
        var page = await host.NewPageAsync();
        await page.SetContentAsync(Planted(
            "<p>逾期金额 2,974.69 CNY</p><p translate=\"no\">Wang Fang</p><p>借款人 <span translate=\"no\">Li Na</span> Overdue</p>"));

        Assert.Equal("planted (about:blank): Planted, Overdue", await UntranslatedText.FindAsync(page, "planted"));
    }

    [Fact]
    public async Task A_control_the_keyboard_cannot_reach_fails_the_keyboard_user()
    {
        var page = await host.NewPageAsync();
        await page.SetContentAsync(Planted("<button>Reachable</button><button tabindex=\"-1\" id=\"hidden-from-tab\">Not reachable</button>"));

        await new KeyboardUser(page).TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Reachable" }));
        await Assert.ThrowsAnyAsync<Exception>(() => new KeyboardUser(page).TabToAsync(page.Locator("#hidden-from-tab")));
    }
}
