using BackOffice.Compliance.Domain;

namespace BackOffice.Compliance.Features.Violations;

/// <summary>One entry of the register as its page lists it; the collector by name where staff know them.</summary>
internal sealed record ViolationRow(
    Guid Id, DateTimeOffset OccurredAt, ViolationSource Source, string Rule, string Collector, string Reference, string Detail,
    ViolationStatus Status, string? ReviewReason);
