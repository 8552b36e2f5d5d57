namespace BackOffice.BuildingBlocks.Auditing;

/// <summary>A sensitive action to keep: who did what to which record, and the outcome.</summary>
public sealed record AuditRecord(string Action, string Actor, string? Subject = null, string? Details = null);

/// <summary>
/// The tamper-evident audit trail. Compliance owns and stores it (hash-chained); every module and the host
/// write to it through this interface only.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default);
}
