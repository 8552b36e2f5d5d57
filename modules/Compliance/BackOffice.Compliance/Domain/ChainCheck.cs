namespace BackOffice.Compliance.Domain;

internal sealed record ChainCheck(long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    public bool IsIntact => FirstBrokenSequence is null;
}
