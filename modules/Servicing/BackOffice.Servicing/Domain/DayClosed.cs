namespace BackOffice.Servicing.Domain;

/// <summary>What closing a day did to a loan, for the run to tell the other modules.</summary>
internal sealed record DayClosed(bool Changed, string PreviousBucket, bool BucketChanged, bool Cured, bool PlanBroken, bool EarlyWarningRaised,
    decimal FeesCharged, bool ArrearsChanged)
{
    public static readonly DayClosed Nothing = new(false, DelinquencyBuckets.Current, false, false, false, false, 0m, false);
}
