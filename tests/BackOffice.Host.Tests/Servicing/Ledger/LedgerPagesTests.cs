using System.Globalization;
using System.Net;
using BackOffice.Servicing.Domain.Ledger;
using BackOffice.Servicing.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackOffice.Host.Tests.Servicing.Ledger;

/// <summary>The accountant's pages on a booked, paid and closed loan: trial balance, drill-down, entry, the loan's ledger, dealer funding.</summary>
public sealed class LedgerPagesTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Ledger_pages_open_for_an_accountant_and_are_denied_to_a_collector()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);
        var collector = await LedgerBooks.SignedInAsync(factory, DemoStaff.Collector);
        string[] pages = ["/servicing/Ledger", "/servicing/Ledger/Export", "/servicing/Ledger/Periods", "/servicing/Operations", $"/servicing/Loans/Details/{loan.Id}"];

        foreach (var page in pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await accountant.GetAsync(page)).StatusCode);
            var denied = await collector.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var menu = await accountant.GetPageAsync("/");
        Assert.NotNull(menu.QuerySelector("a[href='/servicing/Ledger']"));
    }

    [Fact]
    public async Task An_accountant_reads_the_loan_page_but_cannot_post_or_reverse_a_payment_there()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);
        var page = await accountant.GetPageAsync($"/servicing/Loans/Details/{loan.Id}");
        Assert.Null(page.QuerySelector("#pay-form"));
        Assert.NotNull(page.QuerySelector("#fund-dealer-form"));

        var agent = await LedgerBooks.SignedInAsync(factory, DemoStaff.Servicing);
        var form = await agent.GetPageAsync($"/servicing/Loans/Details/{loan.Id}");
        Assert.Null(form.QuerySelector("#fund-dealer-form"));
        var pay = await accountant.SubmitAsync(form, "#pay-form",
            new Dictionary<string, string> { ["Reference"] = "CHQ-1", ["Amount"] = "100", ["ValueDate"] = Day(loan.BookedOn) });

        Assert.Equal(HttpStatusCode.Redirect, pay.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", pay.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Empty((await ServicingHost.LoanAsync(factory, loan.Id)).Payments);
    }

    [Fact]
    public async Task Trial_balance_debits_equal_credits_after_booking_payment_and_close_of_business_and_match_the_lines()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        await LedgerBooks.PayAsync(factory, loan, 1_500m, loan.BookedOn);
        var closed = loan.BookedOn.AddDays(3);
        await ServicingHost.CloseThroughAsync(factory, closed);
        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);

        var page = await accountant.GetPageAsync($"/servicing/Ledger?on={Day(closed)}");

        var expected = await LedgerBooks.BalancesAsync(factory, closed);
        Assert.Contains(expected, b => b.Value != 0m);
        foreach (var (account, net) in expected)
        {
            var row = page.QuerySelector($"#trial-balance tr[data-account='{account}']")!;
            Assert.Equal(net > 0m ? net.ToString("N2", English) : "", row.QuerySelector(".debit")!.TextContent.Trim());
            Assert.Equal(net < 0m ? (-net).ToString("N2", English) : "", row.QuerySelector(".credit")!.TextContent.Trim());
        }

        var debits = expected.Values.Where(v => v > 0m).Sum();
        Assert.Equal($"{debits.ToString("N2", English)} CNY", page.QuerySelector("#total-debits")!.TextContent.Trim());
        Assert.Equal(page.QuerySelector("#total-debits")!.TextContent, page.QuerySelector("#total-credits")!.TextContent);
        Assert.Equal(LedgerPosition.Roles.Count, page.QuerySelectorAll("#trial-balance tbody tr").Length);
        Assert.Contains("notice", page.QuerySelector("#trial-balance-check")!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drill_down_lists_an_accounts_entries_and_the_entry_page_shows_its_lines_and_source()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var payment = await LedgerBooks.PayAsync(factory, loan, 1_500m, loan.BookedOn);
        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);
        var cash = factory.Services.GetRequiredService<IOptions<ServicingPolicy>>().Value.Ledger.CodeOf(LedgerRole.Cash);

        var list = await accountant.GetPageAsync($"/servicing/Ledger/Account/{cash}?from={Day(loan.BookedOn)}&to={Day(loan.BookedOn.AddDays(60))}");

        var rows = list.QuerySelectorAll("#account-entries tbody tr");
        var paymentRow = Assert.Single(rows, r => r.TextContent.Contains(loan.LoanNumber, StringComparison.Ordinal)
            && r.QuerySelectorAll("td")[2].TextContent.Contains("Payment", StringComparison.Ordinal));
        Assert.Equal(1_500m.ToString("N2", English), paymentRow.QuerySelectorAll("td")[5].TextContent.Trim());
        var entry = await accountant.GetPageAsync(paymentRow.QuerySelector("a[href*='/Ledger/Entry/']")!.GetAttribute("href")!);
        Assert.Equal(entry.QuerySelector("#entry-debits")!.TextContent, entry.QuerySelector("#entry-credits")!.TextContent);
        Assert.Contains(payment.Payment.ExternalReference, entry.QuerySelector("#entry-payment")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/servicing/Loans/Details/{loan.Id}", entry.QuerySelector("#entry-loan")!.GetAttribute("href"));
        Assert.Equal(Day(loan.BookedOn), entry.QuerySelector("#entry-value-date")!.TextContent.Trim()[..10]);
    }

    [Fact]
    public async Task Drill_down_with_the_period_reversed_is_a_page_message_not_an_error()
    {
        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);

        var refused = await accountant.GetAsync("/servicing/Ledger/Account/1002?from=2026-12-10&to=2026-12-01");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var page = await accountant.FollowAsync(refused);
        Assert.Contains("ends before it starts", page.QuerySelector("#error-message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loan_ledger_running_balance_with_the_pooled_accrual_ends_at_what_the_loan_posted()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        await ServicingHost.CloseThroughAsync(factory, loan.BookedOn.AddDays(10));
        await LedgerBooks.PayAsync(factory, loan, 2_000m, loan.BookedOn);
        await ServicingHost.CloseThroughAsync(factory, loan.BookedOn.AddDays(15));
        var account = await ServicingHost.LoanAsync(factory, loan.Id);
        var agent = await LedgerBooks.SignedInAsync(factory, DemoStaff.Care);

        var page = await agent.GetPageAsync($"/servicing/Loans/Details/{loan.Id}");

        // Booking and the payment are the loan's own entries; the days of nothing but accrual went to the pooled entries.
        var rows = page.QuerySelectorAll("#loan-ledger tbody tr");
        Assert.True(rows.Length >= 2, $"booking and payment expected, saw {rows.Length} entries");
        Assert.True(account.AccrualPooled > 0m, "five quiet days after the payment accrue into the pool");
        Assert.Contains(account.AccrualPooled.ToString("+#,0.00", CultureInfo.InvariantCulture),
            page.QuerySelector("#loan-ledger-pooled")!.TextContent, StringComparison.Ordinal);
        foreach (var role in LedgerPosition.ControlRoles)
        {
            var last = decimal.Parse(rows[^1].QuerySelector($"td[data-role='{role}']")!.GetAttribute("data-balance")!, CultureInfo.InvariantCulture);
            var pooled = role == LedgerRole.InterestReceivable ? account.AccrualPooled : 0m;
            Assert.Equal(account.Posted[role], last + pooled);
            var shown = page.QuerySelector($"#loan-ledger-posted td[data-role='{role}']")!.GetAttribute("data-posted")!;
            Assert.Equal(account.Posted[role], decimal.Parse(shown, CultureInfo.InvariantCulture));
        }

        Assert.NotEqual(0m, account.Posted.PrincipalReceivable);
    }

    [Fact]
    public async Task Dealer_funding_on_the_loan_page_settles_the_dealer_payable_once()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);

        var funded = await accountant.SubmitAndFollowAsync($"/servicing/Loans/Details/{loan.Id}", "#fund-dealer-form",
            new Dictionary<string, string> { ["reference"] = "WIRE-778" });

        Assert.NotNull(funded.QuerySelector("#status-message"));
        Assert.Null(funded.QuerySelector("#fund-dealer-form"));
        Assert.Contains("WIRE-778", funded.QuerySelector("#dealer-funding")!.TextContent, StringComparison.Ordinal);
        var after = await ServicingHost.LoanAsync(factory, loan.Id);
        Assert.Equal(0m, after.Posted.DealerPayable);
        Assert.Equal(loan.Posted.DealerPayable, -after.DealerFunded);
    }
}
