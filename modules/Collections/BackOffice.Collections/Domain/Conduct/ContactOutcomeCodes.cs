namespace BackOffice.Collections.Domain.Conduct;

/// <summary>Outcomes as other modules and the agencies' logs write them ("no-answer", "right-party", …).</summary>
internal static class ContactOutcomeCodes
{
    public static string Code(this ContactOutcome outcome) =>
        string.Concat(outcome.ToString()
            .Select((ch, i) => i > 0 && char.IsUpper(ch) ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
