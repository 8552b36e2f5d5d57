namespace BackOffice.Servicing.Domain;

/// <summary>
/// The close of business for one business date: its progress while it runs and what it did. A run found
/// "Running" at start-up was interrupted and is resumed; loans already closed for the date are not touched again.
/// </summary>
internal sealed class CloseOfBusinessRun
{
    private CloseOfBusinessRun()
    {
    }

    public CloseOfBusinessRun(DateOnly businessDate, string startedBy, DateTimeOffset startedAt)
    {
        BusinessDate = businessDate;
        StartedBy = startedBy;
        StartedAt = startedAt;
        Status = RunStatus.Running;
    }

    public DateOnly BusinessDate { get; private set; }

    public RunStatus Status { get; private set; }

    public string StartedBy { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>Loans the run had to close when it (re)started.</summary>
    public int LoansToClose { get; private set; }

    public int LoansClosed { get; private set; }

    /// <summary>Loans already closed when an interrupted or failed run was last taken up again; null for a run that never stopped.</summary>
    public int? ResumedAt { get; private set; }

    public int BucketChanges { get; private set; }

    public int Cures { get; private set; }

    public int EarlyWarnings { get; private set; }

    public int PlansBroken { get; private set; }

    public decimal LateFees { get; private set; }

    public int Attempts { get; private set; }

    public string? Error { get; private set; }

    public int PercentDone => LoansToClose == 0 ? (Status == RunStatus.Completed ? 100 : 0) : Math.Min(100, LoansClosed * 100 / LoansToClose);

    /// <summary>Starts the run, or starts it again; true when this takes up a run that had stopped unfinished.</summary>
    public bool Restart(int loansToClose, string by)
    {
        var resuming = Attempts > 0 && Status != RunStatus.Completed;
        ResumedAt = resuming ? LoansClosed : ResumedAt;
        Status = RunStatus.Running;
        StartedBy = by;
        LoansToClose = LoansClosed + loansToClose;
        Attempts++;
        Error = null;
        return resuming;
    }

    public void Count(int loans, int bucketChanges, int cures, int earlyWarnings, int plansBroken, decimal lateFees)
    {
        LoansClosed += loans;
        BucketChanges += bucketChanges;
        Cures += cures;
        EarlyWarnings += earlyWarnings;
        PlansBroken += plansBroken;
        LateFees += lateFees;
    }

    public void Complete(DateTimeOffset at)
    {
        Status = RunStatus.Completed;
        CompletedAt = at;
    }

    public void Fail(string error)
    {
        Status = RunStatus.Failed;
        Error = error.Length > 2000 ? error[..2000] : error;
    }
}
