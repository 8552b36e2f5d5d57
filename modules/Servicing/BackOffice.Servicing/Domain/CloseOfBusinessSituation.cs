namespace BackOffice.Servicing.Domain;

/// <summary>What the close of business is doing now, seen from one host.</summary>
internal enum CloseOfBusinessActivity
{
    /// <summary>No run, and no host holds the lease.</summary>
    Idle,

    /// <summary>This host holds the lease and runs.</summary>
    RunningHere,

    /// <summary>Another host holds the lease and has renewed it within the takeover time: alive, or too recently silent to tell.</summary>
    WaitingForHost,

    /// <summary>A run stopped unfinished and no live host holds the lease: the next host to look resumes it.</summary>
    Interrupted,
}

/// <summary>
/// The close of business as the operations page and the Start button tell it: who runs what, how far, and — when
/// another host holds the lease — its last heartbeat and the instant this host may take the run over.
/// </summary>
internal sealed record CloseOfBusinessSituation(
    CloseOfBusinessActivity Activity,
    DateOnly? Date,
    int Closed,
    int ToClose,
    int? ResumedAt,
    string Holder,
    DateTimeOffset HeartbeatAt,
    DateTimeOffset TakeoverAt)
{
    /// <param name="unfinished">The earliest run found "Running", if any.</param>
    public static CloseOfBusinessSituation Of(RunLease lease, CloseOfBusinessRun? unfinished, string thisHost, DateTimeOffset now, TimeSpan takeoverAfter)
    {
        var takeoverAt = lease.TakeoverAt(takeoverAfter);
        var activity = lease switch
        {
            { IsFree: false } when lease.Holder == thisHost => CloseOfBusinessActivity.RunningHere,
            { IsFree: false } when now < takeoverAt => CloseOfBusinessActivity.WaitingForHost,
            _ when unfinished is not null => CloseOfBusinessActivity.Interrupted,
            _ => CloseOfBusinessActivity.Idle,
        };
        return new CloseOfBusinessSituation(
            activity, unfinished?.BusinessDate, unfinished?.LoansClosed ?? 0, unfinished?.LoansToClose ?? 0, unfinished?.ResumedAt, lease.HolderName,
            lease.HeartbeatAt, takeoverAt);
    }
}
