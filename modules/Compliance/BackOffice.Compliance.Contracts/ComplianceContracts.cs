using BackOffice.BuildingBlocks.Persistence;
using Mediator;

namespace BackOffice.Compliance.Contracts;

/// <summary>
/// Checks the whole audit hash chain against its keyed hashes and the records kept outside it (head, daily
/// checkpoints, frozen reports, retention anchor), and names what was altered, removed, reordered or forged.
/// </summary>
public sealed record VerifyAuditTrailQuery : IQuery<AuditTrailVerification>;

/// <summary>
/// The verdict: entries that fit, the last sequence of the chain as found, the first entry that breaks it (or the
/// first one missing), and every finding in words.
/// </summary>
public sealed record AuditTrailVerification(
    bool IsIntact, long EntriesChecked, long LastSequence, long? FirstBrokenSequence, IReadOnlyList<string> Findings)
{
    public string? Problem => Findings.Count == 0 ? null : Findings[0];
}

/// <summary>The newest audit entries, newest first: free text over action, actor and subject, or each field and a time range.</summary>
public sealed record AuditEntriesQuery(
    string? Search = null, int Page = 1, string? Action = null, string? Actor = null, string? Subject = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, int PageSize = 20) : IQuery<PagedResult<AuditEntryDto>>;

public sealed record AuditEntryDto(long Sequence, DateTimeOffset OccurredAt, string Action, string Actor, string? Subject, string? Details);

/// <summary>The contact channel an upheld complaint concerns: the collector's certification for it is what is at stake.</summary>
public enum ComplaintChannel
{
    PhoneAndSms,
    Letters,
}

/// <summary>A complaint against a collector was upheld; Training sends the collector back to remedial training.</summary>
public sealed record ComplaintUpheldIntegrationEvent(Guid ComplaintId, string CollectorId, ComplaintChannel Channel, string Summary)
    : BackOffice.BuildingBlocks.Outbox.IntegrationEvent
{
    public override string OrderingKey => KeyOf("complaint", ComplaintId);
}

/// <summary>
/// A complaint was closed, with the remedies its handler granted: a refund of late fees (Servicing) and an apology
/// letter (Collections). Each module acts on it once, through its inbox, so a remedy is neither lost nor repeated.
/// </summary>
public sealed record ComplaintClosedIntegrationEvent(
    Guid ComplaintId, string Reference, string? LoanReference, decimal FeeRefund, bool Apology, string ClosedBy)
    : BackOffice.BuildingBlocks.Outbox.IntegrationEvent
{
    public override string OrderingKey => KeyOf("complaint", ComplaintId);
}
