using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Operations;

/// <summary>The operations page: business dates, open loans, what the close of business is doing now, the latest runs and the latest ledger check.</summary>
internal sealed record OperationsView(
    DateOnly Today, DateOnly? LastClosed, DateOnly DueToClose, int OpenLoans, CloseOfBusinessSituation Situation, IReadOnlyList<RunLine> Runs,
    LedgerCheckLine? LedgerCheck)
{
    /// <summary>Something is going on or about to (a run here, another host's, a resumption): the page follows it.</summary>
    public bool Live => Situation.Activity != CloseOfBusinessActivity.Idle || Runs.Any(r => r.Status == RunStatus.Running);
}
