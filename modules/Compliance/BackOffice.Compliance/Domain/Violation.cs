using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Errors;

namespace BackOffice.Compliance.Domain;

/// <summary>One entry of the violations register, whatever its source, until a compliance officer reviews it.</summary>
internal sealed class Violation : IVersioned
{
    private Violation()
    {
    }

    public Violation(
        ViolationSource source, string collectorId, string rule, string reference, string detail, DateTimeOffset occurredAt, Guid sourceId)
    {
        Id = Guid.CreateVersion7();
        Source = source;
        CollectorId = collectorId;
        Rule = rule;
        Reference = reference;
        Detail = detail;
        OccurredAt = occurredAt;
        SourceId = sourceId;
        Status = ViolationStatus.Open;
    }

    public Guid Id { get; private set; }

    public Guid Version { get; private set; }

    public ViolationSource Source { get; private set; }

    /// <summary>The attempt, message or complaint it came from; one violation per source record.</summary>
    public Guid SourceId { get; private set; }

    public string CollectorId { get; private set; } = "";

    public string Rule { get; private set; } = "";

    public string Reference { get; private set; } = "";

    public string Detail { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    public ViolationStatus Status { get; private set; }

    public string? ReviewedBy { get; private set; }

    public string? ReviewReason { get; private set; }

    /// <summary>Confirmed or dismissed; a dismissal must say why.</summary>
    public void Review(bool confirm, string? reason, string by)
    {
        if (Status != ViolationStatus.Open)
        {
            throw new BusinessRuleException("reviewed", "This violation was already reviewed.");
        }

        if (!confirm && string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleException("dismissal-needs-reason", "Say why the violation is dismissed.");
        }

        Status = confirm ? ViolationStatus.Confirmed : ViolationStatus.Dismissed;
        ReviewReason = reason?.Trim();
        ReviewedBy = by;
    }
}
