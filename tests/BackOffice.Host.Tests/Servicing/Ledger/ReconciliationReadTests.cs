using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Servicing.Ledger;

/// <summary>
/// The reconciliation reads a million loans in one transaction for one consistent picture; on SQLite that transaction
/// must not take the write lock (the default does), or every page saving meanwhile waits and then fails.
/// </summary>
public sealed class ReconciliationReadTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_payment_saved_while_a_reconciliation_reads_commits_at_once_and_stays_out_of_the_reconciliations_snapshot()
    {
        await using var factory = new BackOfficeFactory();
        var loan = await ServicingHost.BookLoanAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServicingDbContext>();

        await using (await ReadTransaction.BeginAsync(db.Database, Cancel))
        {
            Assert.Equal(0, await db.Payments.CountAsync(p => p.LoanId == loan.Id, Cancel));

            // With the write lock held by the reading transaction this save would wait out the busy timeout and fail.
            await LedgerBooks.PayAsync(factory, loan, 100m, loan.BookedOn);

            Assert.Equal(0, await db.Payments.CountAsync(p => p.LoanId == loan.Id, Cancel));
        }

        Assert.Equal(1, await db.Payments.CountAsync(p => p.LoanId == loan.Id, Cancel));
    }
}
