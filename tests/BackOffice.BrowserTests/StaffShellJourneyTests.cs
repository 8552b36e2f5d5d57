using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

public sealed class StaffShellJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Compliance_officer_signs_in_reads_the_audit_trail_in_chinese_verifies_it_and_signs_out()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        Assert.EndsWith("/Account/Login?ReturnUrl=%2F", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("Email").FillAsync(DemoStaff.Compliance);
        await page.GetByLabel("Password").FillAsync(BackOfficeFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(
            url => !url.Contains("/Account/Login", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await PageChecks.CheckAsync(page, "home-compliance-officer");

        await page.GetByRole(AriaRole.Link, new() { Name = "Compliance" }).First.ClickAsync();
        await page.SelectOptionAsync("#culture-switch", "zh-Hans");
        await page.WaitForSelectorAsync("h1:has-text('合规')");

        await page.GetByRole(AriaRole.Button, new() { Name = "校验哈希链" }).ClickAsync();
        var verdict = await page.Locator("#verification").InnerTextAsync();
        Assert.StartsWith("哈希链完整", verdict.Trim(), StringComparison.Ordinal);
        Assert.True(await page.Locator("table tbody tr").CountAsync() > 0);
        await PageChecks.CheckAsync(page, "compliance-audit-trail-zh");

        await BrowserHost.ClickAndWaitForAsync(page, page.Locator("#sign-out"), "/Account/Login");
        Assert.Equal("登录", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Administrator_creates_an_api_client_for_the_demo_dealer_and_sees_its_secret_once()
    {
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, DemoStaff.Admin);

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Dealers" }).ClickAsync();
        await page.GetByRole(AriaRole.Row, new() { Name = "SUNRISE" }).GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create an API client" }).ClickAsync();

        var secret = await page.Locator("#issued-client-secret").InnerTextAsync();
        Assert.True(secret.Length >= 40);
        await PageChecks.CheckAsync(page, "admin-api-client-secret-shown-once");

        await page.GetByRole(AriaRole.Link, new() { Name = "All dealers" }).ClickAsync();
        await page.GetByRole(AriaRole.Row, new() { Name = "SUNRISE" }).GetByRole(AriaRole.Link).ClickAsync();
        Assert.Equal(0, await page.Locator("#issued-client-secret").CountAsync());
        Assert.Equal(2, await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Active" }).CountAsync());
    }
}
