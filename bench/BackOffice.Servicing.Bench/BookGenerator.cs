using BackOffice.BenchKit;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Domain.Ledger;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Bench;

/// <summary>
/// Lays a book of active loans as the application would have left it on the evening of
/// <paramref name="closedThrough"/>: booked over the past year, terms of 12 to 48 months, every installment
/// due so far paid around its due date by one payment, except for borrowers who fell behind (about 6 %), the
/// dealer paid the day after booking. Everything goes through the domain (schedule, allocation, close of
/// business) and is stored row by row, the journal entries each step posted included, so the ledger reconciles.
/// </summary>
internal static class BookGenerator
{
    private static readonly int[] Terms = [12, 24, 36, 48];

    public static void Generate(ServicingDbContext db, int count, DateOnly closedThrough, ServicingPolicy policy, Action<int> progress)
    {
        var connection = db.Database.GetDbConnection();
        connection.Open();
        using var loans = new RowInserter<LoanAccount>(db);
        using var installments = new RowInserter<Installment>(db);
        using var payments = new RowInserter<Payment>(db);
        using var allocations = new RowInserter<Allocation>(db);
        using var entries = new RowInserter<JournalEntry>(db);
        using var lines = new RowInserter<JournalLine>(db);
        const int chunk = 5_000;
        for (var start = 0; start < count; start += chunk)
        {
            // Loans are made on every core (each from its own seed, so the book is the same every time), then stored in order.
            var made = new LoanAccount[Math.Min(chunk, count - start)];
            Parallel.For(0, made.Length, j => made[j] = NewLoan(new Random(start + j), start + j, closedThrough, policy));
            using var transaction = connection.BeginTransaction();
            loans.Transaction = installments.Transaction = payments.Transaction = allocations.Transaction = transaction;
            entries.Transaction = lines.Transaction = transaction;
            var (pooled, pooledLoans) = (0m, 0);
            foreach (var loan in made)
            {
                var accrued = loan.TakeAccrualToPool();
                (pooled, pooledLoans) = (pooled + accrued, pooledLoans + (accrued == 0m ? 0 : 1));
                loans.Insert(loan);
                foreach (var row in loan.Installments)
                {
                    installments.Insert(row);
                }

                foreach (var row in loan.Payments)
                {
                    payments.Insert(row);
                }

                foreach (var row in loan.Allocations)
                {
                    allocations.Insert(row);
                }

                foreach (var entry in loan.Journal)
                {
                    entries.Insert(entry);
                    foreach (var line in entry.Lines)
                    {
                        lines.Insert(line);
                    }
                }
            }

            // The day's accrual of the loans on which nothing else moved, as the run posts it: one pooled entry.
            if (PooledAccrual.Entry(closedThrough, pooled, pooledLoans, policy.Ledger) is { } pool)
            {
                pool.Stamp(new DateTimeOffset(closedThrough.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), closedThrough);
                entries.Insert(pool);
                foreach (var line in pool.Lines)
                {
                    lines.Insert(line);
                }
            }

            transaction.Commit();
            progress(Math.Min(count, start + chunk));
        }
    }

    private static LoanAccount NewLoan(Random random, int index, DateOnly closedThrough, ServicingPolicy policy)
    {
        var bookedOn = closedThrough.AddDays(-random.Next(1, 366));
        var amount = random.Next(300, 3_000) * 100m;
        var rate = random.Next(30, 121) / 1000m;
        var id = Guid.CreateVersion7();
        var loan = LoanAccount.Open(
            new LoanTerms(id, $"B-{index:D9}", Guid.NewGuid(), Guid.Empty, "NEW-STD", "CNY", amount, rate, InterestMethod.DecliningBalance,
                Terms[random.Next(Terms.Length)], rate, bookedOn, bookedOn.AddMonths(1)),
            new Borrower($"Borrower {index}", "ResidentId", $"1101011990{index:D8}", $"+86138{index:D8}", "Beijing", "Asia/Shanghai",
                random.Next(8, 60) * 1_000m),
            new Vehicle($"BENCH{index:D12}", "BYD", "Qin", 2025),
            policy);
        loan.FundDealer($"F{index}", bookedOn.AddDays(1), "bench", policy.Ledger);
        var due = loan.Installments.Where(i => i.DueDate <= closedThrough).OrderBy(i => i.DueDate).ToList();
        var behind = random.Next(100) < 6 ? Math.Min(due.Count, random.Next(1, 3)) : 0;
        foreach (var installment in due.Take(due.Count - behind))
        {
            var paidOn = installment.DueDate.AddDays(-random.Next(0, 4));
            paidOn = paidOn < bookedOn ? bookedOn : paidOn;

            // Paid a few days early, the last installments owe less interest: never more than what closes the loan.
            var paid = decimal.Min(installment.ScheduledPayment, loan.QuotePayoff(paidOn).Total);
            loan.Post($"B{index}-{installment.Number}", paid, paidOn, PaymentChannel.BankFile, "bench", DateTimeOffset.UnixEpoch, policy);
        }

        loan.CloseDay(closedThrough, policy);

        // Carried on the business date they happened, as the unit of work would have stamped them then.
        foreach (var entry in loan.Journal)
        {
            entry.Stamp(new DateTimeOffset(entry.ValueDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), entry.ValueDate);
        }

        return loan;
    }
}
