using System.Net;

namespace BackOffice.Host.Tests.Servicing.Ledger;

/// <summary>A difference between the ledger and a loan: an alert on the operations page and a host not ready, until a clean check.</summary>
public sealed class ReconciliationAlertTests
{
    [Fact]
    public async Task A_planted_difference_raises_the_operations_alert_and_fails_readiness_until_a_clean_reconcile()
    {
        await using var factory = new BackOfficeFactory();
        var loan = await ServicingHost.BookLoanAsync(factory);
        await ServicingHost.CloseThroughAsync(factory, loan.BookedOn);
        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);
        Assert.Equal(HttpStatusCode.OK, await Reconciliation.ReadinessAsync(factory));

        await Reconciliation.PlantDifferenceAsync(factory, loan.Id);
        var alerted = await accountant.SubmitAndFollowAsync("/servicing/Operations", "#reconcile-form");

        var alert = alerted.QuerySelector("#ledger-alert")!;
        Assert.Contains(loan.LoanNumber + " InterestReceivable", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await Reconciliation.ReadinessAsync(factory));

        await Reconciliation.PlantDifferenceAsync(factory, loan.Id, -Reconciliation.Planted);
        var clean = await accountant.SubmitAndFollowAsync("/servicing/Operations", "#reconcile-form");

        Assert.Null(clean.QuerySelector("#ledger-alert"));
        Assert.Contains("reconciles", clean.QuerySelector("#status-message")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await Reconciliation.ReadinessAsync(factory));
    }

    [Fact]
    public async Task A_servicing_agent_sees_the_operations_page_without_the_reconcile_button_and_cannot_reconcile()
    {
        await using var factory = new BackOfficeFactory();
        var agent = await LedgerBooks.SignedInAsync(factory, DemoStaff.Servicing);
        var page = await agent.GetPageAsync("/servicing/Operations");
        Assert.Null(page.QuerySelector("#reconcile-form"));
        Assert.NotNull(page.QuerySelector("#start-form"));

        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);
        Assert.Null((await accountant.GetPageAsync("/servicing/Operations")).QuerySelector("#start-form"));
        var token = ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#start-form input[name='__RequestVerificationToken']")!).Value;
        var refused = await agent.Http.PostAsync("/servicing/Operations/Reconcile",
            new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
