using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Operations;

/// <summary>One close-of-business run as the operations page shows it; who started it by name.</summary>
internal sealed record RunLine(
    DateOnly BusinessDate,
    RunStatus Status,
    string? Error,
    int PercentDone,
    int LoansClosed,
    int LoansToClose,
    int? ResumedAt,
    int BucketChanges,
    int Cures,
    int EarlyWarnings,
    int PlansBroken,
    decimal LateFees,
    string StartedBy)
{
    public static RunLine Of(CloseOfBusinessRun run) => new(
        run.BusinessDate, run.Status, run.Error, run.PercentDone, run.LoansClosed, run.LoansToClose, run.ResumedAt, run.BucketChanges, run.Cures, run.EarlyWarnings,
        run.PlansBroken, run.LateFees, run.StartedBy);
}
