namespace BackOffice.Servicing.Domain;

public static class DelinquencyBuckets
{
    public const string Current = "current";
}
