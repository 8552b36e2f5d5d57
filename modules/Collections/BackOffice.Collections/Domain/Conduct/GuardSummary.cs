namespace BackOffice.Collections.Domain.Conduct;

/// <summary>The borrower's local time, the contact hours, and the calls left (per day in CN, in 7 days in the US).</summary>
internal sealed record GuardSummary(
    TimeOnly BorrowerTime, TimeOnly AllowedFrom, TimeOnly AllowedUntil, int CallsLeft, int CallsAllowed, bool PerSevenDays);
