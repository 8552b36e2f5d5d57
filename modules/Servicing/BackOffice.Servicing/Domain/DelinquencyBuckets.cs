namespace BackOffice.Servicing.Domain;

internal static class DelinquencyBuckets
{
    public const string Current = "current";
}
