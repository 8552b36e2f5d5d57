namespace BackOffice.Collections.Domain.Conduct;

/// <summary>
/// The borrower's local time, the contact hours, and the calls left (per day in CN, in 7 days in the US; under a state
/// rule, calls and texts together, with its citation), and the SMS left today.
/// </summary>
internal sealed record GuardSummary(
    TimeOnly BorrowerTime, TimeOnly AllowedFrom, TimeOnly AllowedUntil, int CallsLeft, int CallsAllowed, bool PerSevenDays,
    int SmsLeftToday = 0, int SmsAllowedToday = 0, string? StateRule = null);
