using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Servicing.Races;

/// <summary>
/// Payments posted while the close of business runs: the run reads each batch ahead of writing it (on its own
/// connection), so a payment can land on a loan between its read and its write. The loan's version refuses the stale
/// write and the run reads it again whole: every loan is closed once, every payment is kept, and the ledger reconciles.
/// </summary>
public sealed class CloseOfBusinessRaceTests
{
    private const int Loans = 40;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Payments_landing_while_the_run_reads_ahead_leave_every_loan_closed_once_every_payment_kept_and_the_ledger_reconciled()
    {
        await using var factory = new BusinessClockFactory(new Dictionary<string, string?> { ["Servicing:CloseOfBusiness:BatchSize"] = "1" });
        var loans = new List<LoanAccount>();
        for (var i = 0; i < Loans; i++)
        {
            loans.Add(await ServicingHost.BookLoanAsync(factory));
        }

        var bookedOn = loans.Max(l => l.BookedOn);
        await ServicingHost.CloseThroughAsync(factory, bookedOn.AddDays(1));
        var date = bookedOn.AddDays(12);

        // Eleven days of one loan per batch, each read one ahead, and a payment on every loan spread over the run: some
        // commit between a loan's read ahead and its write (three of forty when this test was written, seen by a probe).
        var run = Task.Run(() => ServicingHost.CloseThroughAsync(factory, date), Cancel);
        await Task.WhenAll(loans.Select(async (loan, i) =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10 * i), Cancel);
            await PayAsync(factory, loan);
        }));
        var closed = Assert.Single(await run, r => r.BusinessDate == date);
        Assert.Equal(RunStatus.Completed, closed.Status);
        var (after, check) = await ServicingHost.WithServicingAsync(factory, async db =>
        {
            var ids = loans.Select(l => l.Id).ToList();
            var accounts = await db.WholeLoans.AsNoTracking().Where(l => ids.Contains(l.Id)).ToListAsync(Cancel);
            var last = await db.LedgerReconciliations.AsNoTracking().OrderByDescending(r => r.Id).FirstAsync(Cancel);
            return (accounts, last);
        });
        Assert.All(after, loan =>
        {
            Assert.Equal(date, loan.ClosedThrough);
            Assert.Equal(500m, loan.Payments.Single().Amount);
            Assert.Equal(500m, loan.Allocations.Sum(a => a.Amount));
        });
        Assert.Equal(date, check.BusinessDate);
        Assert.True(check.Balanced, check.Differences);
    }

    private static async Task PayAsync(BusinessClockFactory factory, LoanAccount loan)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(
            new PostPaymentCommand(loan.LoanNumber, $"RACE-{loan.LoanNumber}", 500m, loan.BookedOn, PaymentChannel.Agent, "agent"), Cancel);
    }
}
