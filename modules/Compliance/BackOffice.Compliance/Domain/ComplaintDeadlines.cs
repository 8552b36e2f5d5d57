using BackOffice.BuildingBlocks.Errors;

namespace BackOffice.Compliance.Domain;

/// <summary>
/// Complaint deadlines by pack. CN (CBIRC complaint rules 2020): simple complaints resolved within 15 days,
/// complex within 30, one approved extension of 30 more. US (CFPB portal): answered in 15 days, closed in 60.
/// </summary>
internal sealed record ComplaintDeadlines(int? RespondDays, int SimpleDays, int ComplexDays, int ExtensionDays)
{
    public static ComplaintDeadlines China { get; } = new(null, 15, 30, 30);

    public static ComplaintDeadlines UnitedStates { get; } = new(15, 60, 60, 0);

    public DateTimeOffset? RespondBy(DateTimeOffset received) => RespondDays is { } days ? received.AddDays(days) : null;

    public static ComplaintDeadlines For(bool unitedStates) => unitedStates ? UnitedStates : China;

    public DateTimeOffset ResolveBy(DateTimeOffset received, bool complex) => received.AddDays(complex ? ComplexDays : SimpleDays);

    public DateTimeOffset Extend(DateTimeOffset deadline) =>
        ExtensionDays > 0
            ? deadline.AddDays(ExtensionDays)
            : throw new BusinessRuleException("no-extension", "This policy pack allows no extension.");
}
