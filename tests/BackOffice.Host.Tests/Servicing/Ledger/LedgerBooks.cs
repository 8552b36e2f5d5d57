using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.Payments;
using Mediator;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Servicing.Ledger;

/// <summary>What the ledger tests set up: a payment posted as an agent would, and the books read back from the tables.</summary>
internal static class LedgerBooks
{
    public static async Task<PostedPayment> PayAsync(WebApplicationFactory<Access.AccessDbContext> factory, LoanAccount loan, decimal amount, DateOnly valueDate)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(
            new PostPaymentCommand(loan.LoanNumber, "CHQ-" + Guid.NewGuid().ToString("N")[..8], amount, valueDate, PaymentChannel.Agent, "agent"),
            TestContext.Current.CancellationToken);
    }

    /// <summary>Each account's debits less credits over the entries carried on or before <paramref name="date"/>, summed here from every line.</summary>
    public static Task<Dictionary<string, decimal>> BalancesAsync(WebApplicationFactory<Access.AccessDbContext> factory, DateOnly date) =>
        ServicingHost.WithServicingAsync(factory, async db =>
        {
            var lines = await (from line in db.JournalLines
                               join entry in db.JournalEntries on line.EntryId equals entry.Id
                               where entry.BusinessDate <= date
                               select new { line.Account, line.Debit, line.Credit }).ToListAsync(TestContext.Current.CancellationToken);
            return lines.GroupBy(l => l.Account).ToDictionary(g => g.Key, g => g.Sum(l => l.Debit - l.Credit));
        });

    public static async Task<StaffClient> SignedInAsync(WebApplicationFactory<Access.AccessDbContext> factory, string email)
    {
        var staff = StaffClient.For(factory);
        await staff.SignInAsync(email);
        return staff;
    }
}
