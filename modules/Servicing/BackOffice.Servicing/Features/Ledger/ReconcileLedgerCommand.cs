using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Domain.Ledger;
using BackOffice.Servicing.Persistence;
using Mediator;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>
/// An accountant checks the ledger against the loans now, for the last business date closed: after a correction,
/// so the operations page and /health/ready stop reporting a difference that is gone. The reconciler writes its
/// check on its own consistent read, as in the close of business; running it twice only adds a second check.
/// </summary>
internal sealed record ReconcileLedgerCommand(string By) : ICommand<LedgerReconciliation>;

internal sealed class ReconcileLedgerHandler(ServicingDbContext db, LedgerReconciler reconciler, TimeProvider clock)
    : ICommandHandler<ReconcileLedgerCommand, LedgerReconciliation>
{
    public async ValueTask<LedgerReconciliation> Handle(ReconcileLedgerCommand command, CancellationToken cancellationToken)
    {
        var date = await LedgerDates.LastClosedAsync(db, cancellationToken)
            ?? throw new BusinessRuleException("nothing-to-reconcile", "No business date has been closed yet: there is nothing to reconcile.");
        var check = await reconciler.ReconcileAsync(date, cancellationToken);
        db.Audit(new AuditRecord(ServicingAuditActions.LedgerReconciled, command.By, $"business-date:{date:yyyy-MM-dd}",
            check.Balanced ? "balanced" : $"{check.DifferenceCount} differences"), clock.GetUtcNow());
        return check;
    }
}
