using BackOffice.BenchKit;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Bench;

/// <summary>
/// Debtors in Chinese time zones with an open collection account each, and contact attempts spread over the
/// 90 days before <c>now</c> with the outcomes a call centre sees (mostly unanswered), each under its own clearance.
/// </summary>
internal static class ContactBook
{
    private static readonly ContactOutcome[] Outcomes =
        [ContactOutcome.NoAnswer, ContactOutcome.NoAnswer, ContactOutcome.NoAnswer, ContactOutcome.NotConnected, ContactOutcome.RightParty,
            ContactOutcome.PromiseToPay, ContactOutcome.Refused];

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static Guid[] Generate(CollectionsDbContext db, int contacts, int debtors, DateTimeOffset now, Action<int> progress)
    {
        var random = new Random(42);
        var connection = db.Database.GetDbConnection();
        connection.Open();
        var loans = new Guid[debtors];
        using (var transaction = connection.BeginTransaction())
        using (var debtorRows = new RowInserter<Debtor>(db) { Transaction = transaction })
        using (var contactRows = new RowInserter<ContactPoint>(db) { Transaction = transaction })
        using (var accountRows = new RowInserter<CollectionAccount>(db) { Transaction = transaction })
        {
            for (var i = 0; i < debtors; i++)
            {
                loans[i] = Guid.CreateVersion7();
                var debtor = new Debtor(loans[i], $"CL{i:D8}", $"Debtor {i}", i % 10 == 0 ? "Asia/Urumqi" : "Asia/Shanghai");
                debtor.AddContact(Party.Debtor, debtor.Name, "borrower", ContactPointKind.Phone, $"+86139{i:D8}", ContactOrigin.Application);
                debtorRows.Insert(debtor);
                contactRows.Insert(debtor.Contacts[0]);
                var account = new CollectionAccount(loans[i], $"B-{i:D9}", DateOnly.FromDateTime(now.UtcDateTime));
                account.Update(DateOnly.FromDateTime(now.UtcDateTime), "1-29", random.Next(1, 90), 3_000m, 100_000m, 0);
                accountRows.Insert(account);
            }

            transaction.Commit();
        }

        using var attempts = new RowInserter<ContactAttempt>(db);
        const int chunk = 100_000;
        for (var start = 0; start < contacts; start += chunk)
        {
            using var transaction = connection.BeginTransaction();
            attempts.Transaction = transaction;
            for (var i = start; i < Math.Min(contacts, start + chunk); i++)
            {
                var loanId = loans[random.Next(debtors)];
                var at = now.AddSeconds(-random.Next(1, 90 * 24 * 3600));
                var request = new ContactRequest("collector-" + random.Next(200), Party.Debtor, null, ContactMethod.Call, "+8613900000000", at);
                var clearance = new Clearance(loanId, request, [], at, TimeSpan.FromMinutes(15));
                attempts.Insert(new ContactAttempt(clearance, at, Outcomes[random.Next(Outcomes.Length)], "", consented: false, Shanghai));
            }

            transaction.Commit();
            if ((start + chunk) % 1_000_000 == 0)
            {
                progress(start + chunk);
            }
        }

        return loans;
    }
}
