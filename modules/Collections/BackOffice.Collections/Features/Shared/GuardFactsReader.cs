using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Persistence;
using BackOffice.Servicing.Contracts;
using BackOffice.Training.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.Shared;

/// <summary>Gathers what the guard weighs for one account: the debtor, their choices, the last week's contacts and open clearances.</summary>
internal sealed class GuardFactsReader(CollectionsDbContext db, ContactHistory history, Assignment assignment, ISender sender)
{
    public async Task<(CollectionAccount Account, Debtor Debtor)> AccountOfAsync(
        Guid loanId, string collectorId, bool manager, CancellationToken cancellationToken)
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

    /// <summary>The borrower of any booked loan, delinquent or not: the care team reaches out before the loan falls behind.</summary>
    public async Task<Debtor> DebtorAsync(Guid loanId, CancellationToken cancellationToken) =>
        await db.Debtors.FirstOrDefaultAsync(d => d.LoanId == loanId, cancellationToken) ?? throw new NotFoundException("Debtor");

    /// <summary>
    /// What the guard allows the borrower's contacts right now, for the pages ("2 of 3 connected calls left today"): the
    /// borrower's choices, state and every team's contacts; certifications are the asker's and weigh nothing here.
    /// </summary>
    public async Task<GuardSummary> AllowedNowAsync(Debtor debtor, ConductPolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var facts = new GuardFacts(
            debtor.TimeZone, debtor.Choices.ToGuard(), false, true, true, false, await HistoryAsync(debtor.LoanId, now, cancellationToken),
            Region: debtor.Region);
        return ConductGuard.Summarise(facts, policy, now);
    }

    public Task<IReadOnlyList<PastContact>> HistoryAsync(Guid loanId, DateTimeOffset around, CancellationToken cancellationToken) =>
        history.AroundAsync(loanId, around, cancellationToken);

    /// <summary>The loan's arrears as Servicing has them now; an account always has its loan, so none is a defect.</summary>
    public async Task<LoanArrears> ArrearsAsync(Guid loanId, CancellationToken cancellationToken) =>
        await sender.Send(new LoanArrearsQuery(loanId), cancellationToken)
            ?? throw new InvalidOperationException($"Servicing has no loan {loanId} for a collection account.");

    /// <summary>The facts for a request on the debtor's loan; <paramref name="account"/> is null for a loan that is not in collections.</summary>
    public async Task<GuardFacts> FactsAsync(CollectionAccount? account, Debtor debtor, ContactRequest request, CancellationToken cancellationToken)
    {
        var channel = request.Purpose == ContactPurpose.Care ? ContactChannel.HardshipCare : Assignment.ChannelFor(request.Method);
        var certified = await assignment.IsCertifiedAsync(request.CollectorId, channel, request.PlannedAt, cancellationToken);
        var second = request.SecondCollectorId is { Length: > 0 } other
            && await assignment.IsCertifiedAsync(other, channel, request.PlannedAt, cancellationToken);
        var visitFrom = request.Method == ContactMethod.Visit
            ? await db.Visits.Where(v => v.LoanId == debtor.LoanId && v.Status == VisitStatus.NoticeSent).Select(v => v.VisitFrom)
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        return new GuardFacts(
            debtor.TimeZone, debtor.Choices.ToGuard(), account?.Status == CollectionAccountStatus.StoodDown, certified, second,
            debtor.AllDebtorNumbersInvalid, await HistoryAsync(debtor.LoanId, request.PlannedAt, cancellationToken), visitFrom,
            debtor.FirstCommunicationAt, debtor.ValidationNoticeSentAt, debtor.Region,
            account is not null && (await ArrearsAsync(debtor.LoanId, cancellationToken)).NothingOverdue);
    }
}
