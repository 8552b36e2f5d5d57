using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

/// <summary>The servicing agent's and the care agent's pages in Chromium; each page checked at a desktop and a tablet width.</summary>
public sealed class ServicingJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Servicing_agent_finds_the_demo_loan_posts_a_payment_and_sees_it_allocated()
    {
        await host.DeliverEventsAsync();
        var agent = await host.NewPageAsync();
        await BrowserHost.SignInAsync(agent, "servicing@backoffice.local");
        await agent.GotoAsync("/servicing");
        await agent.GetByLabel("Search").FillAsync("Li Na");
        await BrowserHost.ClickAndWaitForAsync(agent, agent.GetByRole(AriaRole.Button, new() { Name = "Search" }), "search=");
        await BrowserHost.ClickAndWaitForAsync(agent, agent.Locator("#loans tbody a").First, "/servicing/Loans/Details/");
        await PageChecks.CheckAsync(agent, "servicing-loan");

        await agent.GetByLabel("Receipt or bank reference").FillAsync($"BROWSER-{Guid.NewGuid():N}"[..24]);
        await agent.GetByLabel("Amount").FillAsync("1000.00");
        await BrowserHost.ClickAndWaitForAsync(agent, agent.GetByRole(AriaRole.Button, new() { Name = "Post payment" }), "/servicing/Loans/Details/");

        await Assertions.Expect(agent.Locator("#status-message")).ToBeVisibleAsync();
        await Assertions.Expect(agent.Locator("#payments tbody tr").First).ToContainTextAsync("1,000.00");
        await PageChecks.CheckAsync(agent, "servicing-payment-posted");

        await agent.GotoAsync("/servicing/Operations");
        await Assertions.Expect(agent.Locator("#start-form")).ToBeVisibleAsync();
        await PageChecks.CheckAsync(agent, "servicing-operations");
    }

    [Fact]
    public async Task Care_agent_opens_the_worklist_and_previews_a_plan_for_the_demo_loan()
    {
        await host.DeliverEventsAsync();
        var care = await host.NewPageAsync();
        await BrowserHost.SignInAsync(care, "care@backoffice.local");
        await care.GotoAsync("/servicing?search=Li%20Na");
        await BrowserHost.ClickAndWaitForAsync(care, care.Locator("#loans tbody a").First, "/servicing/Loans/Details/");
        await care.GetByLabel("Kind of plan").SelectOptionAsync("Extend");
        await care.GetByLabel("Installments to defer, or months to add").FillAsync("12");
        await BrowserHost.ClickAndWaitForAsync(care, care.GetByRole(AriaRole.Button, new() { Name = "Preview" }), "/servicing/Loans/Plan/");

        await Assertions.Expect(care.Locator("#needs-approval")).ToBeVisibleAsync();
        await PageChecks.CheckAsync(care, "care-plan-preview");
        await care.GotoAsync("/servicing/Care");
        await Assertions.Expect(care.Locator("h1")).ToHaveTextAsync("Early warnings and plans");
        await PageChecks.CheckAsync(care, "care-worklist");
    }
}
