using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.Shared;

/// <summary>The contacts a decision weighs: the last week's attempts on the loan, outside agencies' contacts, and the clearances still open.</summary>
public sealed class ContactHistory(CollectionsDbContext db)
{
    /// <summary>Contacts further back than this never change a decision (the longest window is 7 days).</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(8);

    public async Task<IReadOnlyList<PastContact>> AroundAsync(Guid loanId, DateTimeOffset around, CancellationToken cancellationToken)
    {
        var since = around - LookBack;
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.LoanId == loanId && a.At > since).ToListAsync(cancellationToken);
        var open = await db.Clearances.AsNoTracking().Where(c => c.LoanId == loanId && c.UsedAt == null && c.ExpiresAt >= around).ToListAsync(cancellationToken);
        var agencies = await db.AgencyContacts.AsNoTracking().Where(a => a.LoanId == loanId && a.At > since).ToListAsync(cancellationToken);
        return
        [
            .. attempts.Select(a => a.ToPast()),
            .. agencies.Select(a => a.ToPast()),
            .. open.Where(c => c.Allowed).Select(c => new PastContact(c.PlannedAt, c.Method, c.Party, c.ThirdPartyId, c.Destination, ContactOutcome.Pending)),
        ];
    }
}

/// <summary>Gathers what the guard weighs for one account: the debtor, their choices, the last week's contacts and open clearances.</summary>
public sealed class GuardFactsReader(CollectionsDbContext db, ContactHistory history, Assignment assignment)
{
    public async Task<(CollectionAccount Account, Debtor Debtor)> AccountOfAsync(Guid loanId, string collectorId, bool manager, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.LoanId == loanId, cancellationToken);

        // A collector sees only their own accounts: any other id is "not found", not "forbidden".
        if (account is null || (!manager && account.AssignedTo != collectorId))
        {
            throw new NotFoundException("Account");
        }

        var debtor = await db.Debtors.FirstOrDefaultAsync(d => d.LoanId == loanId, cancellationToken) ?? throw new NotFoundException("Debtor");
        return (account, debtor);
    }

    public Task<IReadOnlyList<PastContact>> HistoryAsync(Guid loanId, DateTimeOffset around, CancellationToken cancellationToken) =>
        history.AroundAsync(loanId, around, cancellationToken);

    public async Task<GuardFacts> FactsAsync(CollectionAccount account, Debtor debtor, ContactRequest request, CancellationToken cancellationToken)
    {
        var channel = Assignment.ChannelFor(request.Method);
        var certified = await assignment.IsCertifiedAsync(request.CollectorId, channel, request.PlannedAt, cancellationToken);
        var second = request.SecondCollectorId is { Length: > 0 } other && await assignment.IsCertifiedAsync(other, channel, request.PlannedAt, cancellationToken);
        var visitFrom = request.Method == ContactMethod.Visit
            ? await db.Visits.Where(v => v.LoanId == account.LoanId && v.Status == VisitStatus.NoticeSent).Select(v => v.VisitFrom).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new GuardFacts(
            debtor.TimeZone, debtor.Choices.ToGuard(), account.Status == CollectionAccountStatus.StoodDown, certified, second,
            debtor.AllDebtorNumbersInvalid, await HistoryAsync(account.LoanId, request.PlannedAt, cancellationToken), visitFrom,
            debtor.FirstCommunicationAt, debtor.ValidationNoticeSentAt);
    }
}
