using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Domain.Ledger;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackOffice.Host.Tests.Servicing.Ledger;

/// <summary>What every save checks about the ledger on the real database: entries are only ever added, and never on a closed date.</summary>
public sealed class JournalGuardTests
{
    [Fact]
    public async Task A_journal_entry_or_line_is_never_changed_or_deleted()
    {
        await using var factory = new BackOfficeFactory();
        var loan = await ServicingHost.BookLoanAsync(factory);

        await AssertRefusedAsync(factory, loan.Id, (db, entry) => db.Entry(entry).Property(e => e.Memo).CurrentValue = "edited");
        await AssertRefusedAsync(factory, loan.Id, (db, entry) => db.JournalLines.Remove(entry.Lines[0]));
        await AssertRefusedAsync(factory, loan.Id, (db, entry) => db.Entry(entry.Lines[0]).Property(l => l.Debit).CurrentValue = 1m);

        var booking = await ServicingHost.WithServicingAsync(factory,
            db => db.JournalEntries.AsNoTracking().Include(e => e.Lines).SingleAsync(e => e.LoanId == loan.Id, TestContext.Current.CancellationToken));
        Assert.Equal($"Loan {loan.LoanNumber} booked", booking.Memo);
        Assert.Equal(booking.Lines.Sum(l => l.Debit), booking.Lines.Sum(l => l.Credit));
    }

    [Fact]
    public async Task No_entry_is_carried_on_a_date_of_a_closed_period_and_nothing_of_the_change_is_written()
    {
        await using var factory = new BackOfficeFactory();
        var booked = await ServicingHost.BookLoanAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServicingDbContext>();
        var open = JournalGuard.OpenBusinessDate(db);
        db.LedgerPeriods.Add(new LedgerPeriod(open, "accountant", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        var loan = await db.WholeLoans.SingleAsync(l => l.Id == booked.Id, TestContext.Current.CancellationToken);
        loan.FundDealer("WIRE-1", booked.BookedOn, "accountant", scope.ServiceProvider.GetRequiredService<IOptions<ServicingPolicy>>().Value.Ledger);

        await Assert.ThrowsAsync<PeriodClosedException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        var stored = await ServicingHost.LoanAsync(factory, booked.Id);
        Assert.Null(stored.DealerFundedOn);
        Assert.Equal(0m, stored.DealerFunded);
    }

    private static async Task AssertRefusedAsync(BackOfficeFactory factory, Guid loanId, Action<ServicingDbContext, JournalEntry> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServicingDbContext>();
        var entry = await db.JournalEntries.Include(e => e.Lines).SingleAsync(e => e.LoanId == loanId, TestContext.Current.CancellationToken);
        change(db, entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }
}
