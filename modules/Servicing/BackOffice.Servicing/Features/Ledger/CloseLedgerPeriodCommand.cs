using System.Globalization;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Domain.Ledger;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>
/// An accountant closes a month of the books: no entry is carried on its dates any more. Allowed when the close of
/// business has completed its last day and the latest reconciliation found the ledger and the loans agreeing;
/// months close in order. The month is the period's key, so two closes at once make one.
/// </summary>
internal sealed record CloseLedgerPeriodCommand(DateOnly Month, string By) : ICommand<LedgerPeriod>;

internal sealed class CloseLedgerPeriodHandler(ServicingDbContext db, TimeProvider clock) : ICommandHandler<CloseLedgerPeriodCommand, LedgerPeriod>
{
    public async ValueTask<LedgerPeriod> Handle(CloseLedgerPeriodCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var period = new LedgerPeriod(command.Month, command.By, now);
        var name = period.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (await db.LedgerPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Month == period.Month, cancellationToken) is { } closed)
        {
            throw new BusinessRuleException("period-closed", $"{name} is already closed (since {closed.ClosedAt:yyyy-MM-dd HH:mm} UTC).");
        }

        var next = await NextToCloseAsync(cancellationToken);
        if (next is { } expected && expected != period.Month)
        {
            throw new BusinessRuleException("period-out-of-order", $"Months close in order: the next to close is {expected:yyyy-MM}.");
        }

        var closedThrough = await LedgerDates.LastClosedAsync(db, cancellationToken);
        if (closedThrough is null || closedThrough < period.LastDay)
        {
            throw new BusinessRuleException("period-not-ended",
                $"{name} cannot be closed before the close of business has completed {period.LastDay:yyyy-MM-dd}; it has completed "
                + (closedThrough is { } through ? $"{through:yyyy-MM-dd}." : "no business date yet."));
        }

        var check = await db.LedgerReconciliations.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (check is null || !check.Balanced)
        {
            throw new BusinessRuleException("period-unreconciled", check is null
                ? $"{name} cannot be closed: the ledger has not been reconciled to the loans yet."
                : $"{name} cannot be closed: the latest reconciliation (after {check.BusinessDate:yyyy-MM-dd}) found {check.DifferenceCount} differences between the ledger and the loans.");
        }

        db.LedgerPeriods.Add(period);
        db.Audit(new AuditRecord(ServicingAuditActions.LedgerPeriodClosed, command.By, $"ledger-period:{name}",
            $"reconciled after {check.BusinessDate:yyyy-MM-dd}"), now);
        return period;
    }

    /// <summary>The month after the last one closed; before any is, the month of the first entry (null: the books are empty).</summary>
    private async Task<DateOnly?> NextToCloseAsync(CancellationToken cancellationToken)
    {
        var lastClosed = await db.LedgerPeriods.MaxAsync(p => (DateOnly?)p.Month, cancellationToken);
        if (lastClosed is { } last)
        {
            return last.AddMonths(1);
        }

        var first = await db.JournalEntries.MinAsync(e => (DateOnly?)e.BusinessDate, cancellationToken);
        return first is { } day ? new DateOnly(day.Year, day.Month, 1) : null;
    }
}
