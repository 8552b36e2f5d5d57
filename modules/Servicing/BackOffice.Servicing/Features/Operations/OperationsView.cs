using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Operations;

public sealed record OperationsView(
    DateOnly Today, DateOnly? LastClosed, DateOnly DueToClose, int OpenLoans, IReadOnlyList<CloseOfBusinessRun> Runs)
{
    public bool AnyRunning => Runs.Any(r => r.Status == RunStatus.Running);
}
