using System.Globalization;
using BackOffice.Host.Tests.Servicing.Races;

namespace BackOffice.Host.Tests.Servicing;

/// <summary>A servicing agent pays an overpayment back to the borrower from the loan page.</summary>
public sealed class CreditRefundPagesTests(CreditHoldingRaceFactory factory) : IClassFixture<CreditHoldingRaceFactory>
{
    [Fact]
    public async Task Agent_pays_credit_back_on_the_loan_page_and_more_than_is_held_is_refused_with_what_is_held()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var agent = StaffClient.For(factory);
        await agent.SignInAsync(DemoStaff.Servicing);
        var page = $"/servicing/Loans/Details/{loan.Id}";
        var amount = (loan.QuotePayoff(loan.BookedOn).Total + 1_000m).ToString(CultureInfo.InvariantCulture);
        var paid = await agent.FollowAsync(await agent.SubmitAsync(page, "#pay-form", new Dictionary<string, string>
        {
            ["Reference"] = "RCPT-" + Guid.NewGuid().ToString("N")[..8], ["Amount"] = amount,
            ["ValueDate"] = loan.BookedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }));
        Assert.NotNull(paid.QuerySelector("#refund-credit-form"));

        var refused = await agent.FollowAsync(await agent.SubmitAsync(paid, "#refund-credit-form",
            new Dictionary<string, string> { ["amount"] = "1000.01", ["reason"] = "borrower overpaid" }));
        Assert.Contains("holds 1,000.00 of credit", refused.QuerySelector("#error-message")!.TextContent, StringComparison.Ordinal);

        var done = await agent.FollowAsync(await agent.SubmitAsync(refused, "#refund-credit-form",
            new Dictionary<string, string> { ["amount"] = "400", ["reason"] = "borrower overpaid" }));
        Assert.NotNull(done.QuerySelector("#status-message"));
        Assert.Equal(600m, (await ServicingHost.LoanAsync(factory, loan.Id)).CreditBalance);
    }
}
