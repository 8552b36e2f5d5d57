using System.Globalization;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Servicing.Domain.Ledger;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Host.Tests.Servicing.Ledger;

/// <summary>
/// Period close on the business clock (1 December 2026): a month closes once the close of business completed its
/// last day and the ledger reconciles; afterwards a late payment lands in the open period with its own value date.
/// </summary>
public sealed class PeriodCloseTests
{
    private static readonly DateOnly December = new(2026, 12, 1);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_month_closes_only_once_the_close_of_business_completed_its_last_day()
    {
        await using var factory = new BusinessClockFactory();
        await ServicingHost.BookLoanAsync(factory);
        await ServicingHost.CloseThroughAsync(factory, new DateOnly(2026, 12, 30));
        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);

        var early = await accountant.SubmitAndFollowAsync("/servicing/Ledger/Periods", "tr[data-month='2026-12'] form");

        Assert.Contains("completed 2026-12-31", early.QuerySelector("#error-message")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await PeriodsAsync(factory));

        await ServicingHost.CloseThroughAsync(factory, new DateOnly(2026, 12, 31));
        var closed = await accountant.SubmitAndFollowAsync("/servicing/Ledger/Periods", "tr[data-month='2026-12'] form");

        Assert.NotNull(closed.QuerySelector("#status-message"));
        var period = Assert.Single(await PeriodsAsync(factory));
        Assert.Equal(December, period.Month);
        Assert.Equal(await DemoStaff.IdOfAsync(factory.Services, DemoStaff.Accountant), period.ClosedBy);
        Assert.Null(closed.QuerySelector("tr[data-month='2026-12'] form"));
        Assert.Single(await factory.Services.PublishedAsync<AuditRecordedIntegrationEvent, ServicingDbContext>(Cancel),
            e => e.Record.Action == "ledger-period.closed" && e.Record.Subject == "ledger-period:2026-12");
    }

    [Fact]
    public async Task A_month_does_not_close_while_the_latest_reconciliation_found_differences()
    {
        await using var factory = new BusinessClockFactory();
        var loan = await ServicingHost.BookLoanAsync(factory);
        await ServicingHost.CloseThroughAsync(factory, new DateOnly(2026, 12, 31));
        await Reconciliation.PlantDifferenceAsync(factory, loan.Id);
        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);
        await accountant.SubmitAndFollowAsync("/servicing/Operations", "#reconcile-form");

        var refused = await accountant.SubmitAndFollowAsync("/servicing/Ledger/Periods", "tr[data-month='2026-12'] form");

        Assert.Contains("differences between the ledger and the loans", refused.QuerySelector("#error-message")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await PeriodsAsync(factory));
    }

    [Fact]
    public async Task Months_close_in_order()
    {
        await using var factory = new BusinessClockFactory();
        await ServicingHost.BookLoanAsync(factory);
        await ServicingHost.CloseThroughAsync(factory, new DateOnly(2027, 1, 31));
        factory.Clock.Advance(TimeSpan.FromDays(62));
        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);

        var refused = await accountant.SubmitAndFollowAsync("/servicing/Ledger/Periods", "tr[data-month='2027-01'] form");

        Assert.Contains("the next to close is 2026-12", refused.QuerySelector("#error-message")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await PeriodsAsync(factory));
    }

    [Fact]
    public async Task A_payment_posted_after_closing_lands_on_the_open_business_date_with_its_value_date_in_the_closed_month()
    {
        await using var factory = new BusinessClockFactory();
        var loan = await ServicingHost.BookLoanAsync(factory);
        await ServicingHost.CloseThroughAsync(factory, new DateOnly(2026, 12, 31));
        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);
        await accountant.SubmitAndFollowAsync("/servicing/Ledger/Periods", "tr[data-month='2026-12'] form");
        Assert.Single(await PeriodsAsync(factory));
        var closedBooks = await LedgerBooks.BalancesAsync(factory, new DateOnly(2026, 12, 31));
        factory.Clock.Advance(TimeSpan.FromDays(32));

        var late = await LedgerBooks.PayAsync(factory, loan, 1_000m, new DateOnly(2026, 12, 20));

        var entry = await ServicingHost.WithServicingAsync(factory, db => db.JournalEntries.AsNoTracking()
            .SingleAsync(e => e.SourceId == late.Payment.Id, Cancel));
        Assert.Equal(EntryKind.Payment, entry.Kind);
        Assert.Equal(new DateOnly(2027, 1, 1), entry.BusinessDate);
        Assert.Equal(new DateOnly(2026, 12, 20), entry.ValueDate);
        Assert.Equal(closedBooks, await LedgerBooks.BalancesAsync(factory, new DateOnly(2026, 12, 31)));
    }

    private static Task<List<LedgerPeriod>> PeriodsAsync(BackOfficeFactory factory) =>
        ServicingHost.WithServicingAsync(factory, db => db.LedgerPeriods.AsNoTracking().ToListAsync(Cancel));
}
