using BackOffice.Servicing.Features.Ledger;
using BackOffice.Servicing.Persistence;
using BackOffice.BuildingBlocks.Auditing;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Host.Tests.Servicing.Races;

/// <summary>Accountants meeting on one month or one loan's funding: one effect, every other told why not, never a crash.</summary>
public sealed class LedgerRaceTests
{
    private const int Attempts = 20;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Twenty_accountants_closing_one_month_at_once_close_it_once()
    {
        await using var factory = new RaceFactory();
        var loan = await ServicingHost.BookLoanAsync(factory);
        var month = new DateOnly(loan.BookedOn.Year, loan.BookedOn.Month, 1);
        await ServicingHost.CloseThroughAsync(factory, month.AddMonths(1).AddDays(-1));

        factory.Window.Open(Attempts);
        var outcomes = await AtOnce.SendAsync(factory.Services, Attempts, i => new CloseLedgerPeriodCommand(month, $"accountant-{i}"));

        var winner = Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal("period-closed", o.RefusalCode));
        var period = Assert.Single(await ServicingHost.WithServicingAsync(factory, db => db.LedgerPeriods.AsNoTracking().ToListAsync(Cancel)));
        Assert.Equal($"accountant-{winner.Index}", period.ClosedBy);
        Assert.Single(await factory.Services.PublishedAsync<AuditRecordedIntegrationEvent, ServicingDbContext>(Cancel),
            e => e.Record.Action == "ledger-period.closed");
    }

    [Fact]
    public async Task Twenty_accountants_recording_one_dealer_funding_at_once_fund_it_once()
    {
        await using var factory = new RaceFactory();
        var loan = await ServicingHost.BookLoanAsync(factory);

        factory.Window.Open(Attempts);
        var outcomes = await AtOnce.SendAsync(factory.Services, Attempts, i => new FundDealerCommand(loan.Id, $"WIRE-{i}", $"accountant-{i}"));

        var winner = Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains("already paid", o.Refusal, StringComparison.Ordinal));
        var after = await ServicingHost.LoanAsync(factory, loan.Id);
        Assert.Equal($"WIRE-{winner.Index}", after.DealerFundingReference);
        Assert.Equal(0m, after.Posted.DealerPayable);
        var fundings = await ServicingHost.WithServicingAsync(factory, db => db.JournalEntries.AsNoTracking()
            .CountAsync(e => e.LoanId == loan.Id && e.Kind == BackOffice.Servicing.Domain.Ledger.EntryKind.DealerFunding, Cancel));
        Assert.Equal(1, fundings);
        Assert.Single(await factory.Services.PublishedAsync<AuditRecordedIntegrationEvent, ServicingDbContext>(Cancel),
            e => e.Record.Action == "dealer.funded");
    }
}
