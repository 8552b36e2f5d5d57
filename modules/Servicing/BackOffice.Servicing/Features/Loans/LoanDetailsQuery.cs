using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.Ledger;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Loans;

/// <summary>Everything the loan page shows, with a payoff quote for <see cref="PayoffOn"/> (by default the next date to close) and a page of its ledger (by default the last).</summary>
internal sealed record LoanDetailsQuery(Guid LoanId, DateOnly? PayoffOn = null, int? LedgerPage = null) : IQuery<LoanDetails>;

internal sealed class LoanDetailsHandler(ServicingDbContext db, BusinessCalendar calendar, IStaffDirectory staff)
    : IQueryHandler<LoanDetailsQuery, LoanDetails>
{
    public async ValueTask<LoanDetails> Handle(LoanDetailsQuery query, CancellationToken cancellationToken)
    {
        var loan = await db.WholeLoans.AsNoTracking().FirstOrDefaultAsync(l => l.Id == query.LoanId, cancellationToken)
            ?? throw new NotFoundException("Loan");
        var history = await db.DelinquencyChanges.AsNoTracking().Where(c => c.LoanId == loan.Id).OrderByDescending(c => c.BusinessDate).Take(50)
            .Select(c => new DelinquencyLine(c.BusinessDate, c.FromBucket, c.ToBucket, c.DaysPastDue))
            .ToListAsync(cancellationToken);
        var plans = await db.Plans.AsNoTracking().Where(p => p.LoanId == loan.Id).OrderByDescending(p => p.ProposedAt)
            .Select(p => new PlanLine(p.Kind, p.Size, p.Status, p.ProposedBy, p.DecidedBy, p.Reason, p.Note))
            .ToListAsync(cancellationToken);
        var names = await StaffNames.LookUpAsync(
            staff, [.. loan.Payments.Select(p => p.PostedBy), .. plans.Select(p => p.ProposedBy),
                .. plans.Select(p => p.DecidedBy)], cancellationToken);
        var payments = loan.Payments.OrderByDescending(p => p.ValueDate).ThenByDescending(p => p.Sequence)
            .Select(p => new PaymentLine(p.Id, p.ValueDate, p.ExternalReference, p.Channel, p.Amount, names.Of(p.PostedBy), p.IsReversed,
                p.ReversalReason))
            .ToList();
        var today = calendar.Today;

        // Tomorrow's business date may already be closed (a catch-up run); a quote is never for a closed date.
        var payoffDate = query.PayoffOn ?? (today > loan.AsOf ? today : loan.AsOf);
        var (payoff, refused) = Quote(loan, payoffDate);
        return new LoanDetails(
            LoanFacts.Of(loan),
            [.. loan.Installments.OrderBy(i => i.DueDate).ThenBy(i => i.Number).Select(InstallmentLine.Of)],
            payments,
            history,
            [.. plans.Select(p => p with { ProposedBy = names.Of(p.ProposedBy), DecidedBy = names.OfOptional(p.DecidedBy) })],
            loan.EarlyWarningReasons.Split(',', StringSplitOptions.RemoveEmptyEntries),
            today,
            payoffDate,
            payoff,
            refused,
            await LoanLedger.ReadAsync(db, loan, query.LedgerPage, cancellationToken));
    }

    /// <summary>A date the quote cannot be for is shown beside the date field, not answered with an error page.</summary>
    private static (PayoffQuote? Quote, string? Refused) Quote(LoanAccount loan, DateOnly date)
    {
        if (loan.IsClosed)
        {
            return (null, null);
        }

        try
        {
            return (loan.QuotePayoff(date), null);
        }
        catch (BusinessRuleException refused) when (refused.Code == LoanRefusals.PayoffDatePassed)
        {
            return (null, refused.Message);
        }
    }
}
