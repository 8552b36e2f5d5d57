namespace BackOffice.Collections.Domain;

/// <summary>What a collector's scorecard counts besides contacts: money paid on their accounts, and complaints upheld against them.</summary>
internal enum CollectorRecordKind
{
    Collected,
    ComplaintUpheld,
}
