using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Operations;

/// <summary>The operations page: business dates, open loans and the latest runs.</summary>
internal sealed record OperationsView(
    DateOnly Today, DateOnly? LastClosed, DateOnly DueToClose, int OpenLoans, IReadOnlyList<RunLine> Runs)
{
    public bool AnyRunning => Runs.Any(r => r.Status == RunStatus.Running);
}
