using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

/// <summary>The servicing agent's and the care agent's pages in Chromium, by keyboard; each page checked at a desktop and a tablet width.</summary>
public sealed class ServicingJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Servicing_agent_finds_the_demo_loan_posts_a_payment_and_sees_it_allocated()
    {
        await host.DeliverEventsAsync();
        var person = new KeyboardUser(await host.NewPageAsync());
        var agent = person.Page;
        await person.SignInAsync(DemoStaff.Servicing);
        await agent.GotoAsync("/servicing");
        await person.TypeAsync(agent.GetByLabel("Search"), "Li Na");
        await person.PressAndWaitForAsync(agent.GetByRole(AriaRole.Button, new() { Name = "Search" }), "search=");
        await person.PressAndWaitForAsync(agent.Locator("#loans tbody a").First, "/servicing/Loans/Details/");
        await PageChecks.CheckAsync(agent, "servicing-loan");

        await person.TypeAsync(agent.GetByLabel("Receipt or bank reference"), $"BROWSER-{Guid.NewGuid():N}"[..24]);
        await person.TypeAsync(agent.GetByLabel("Amount"), "1000.00");
        await person.SubmitAsync(agent.GetByRole(AriaRole.Button, new() { Name = "Post payment" }));

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
        var person = new KeyboardUser(await host.NewPageAsync());
        var care = person.Page;
        await person.SignInAsync(DemoStaff.Care);
        await care.GotoAsync("/servicing?search=Li%20Na");
        await person.PressAndWaitForAsync(care.Locator("#loans tbody a").First, "/servicing/Loans/Details/");
        await person.ChooseAsync(care.GetByLabel("Kind of plan"), "Extend");
        await person.TypeAsync(care.GetByLabel("Installments to defer, or months to add"), "12");
        await person.PressAndWaitForAsync(care.GetByRole(AriaRole.Button, new() { Name = "Preview" }), "/servicing/Loans/Plan/");

        await Assertions.Expect(care.Locator("#needs-approval")).ToBeVisibleAsync();
        await PageChecks.CheckAsync(care, "care-plan-preview");
        await care.GotoAsync("/servicing/Care");
        await Assertions.Expect(care.Locator("h1")).ToHaveTextAsync("Early warnings and plans");
        await PageChecks.CheckAsync(care, "care-worklist");
    }
}
