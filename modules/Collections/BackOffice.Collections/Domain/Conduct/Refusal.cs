namespace BackOffice.Collections.Domain.Conduct;

/// <summary>
/// One rule that refused a contact: a stable code (for reports and violations) and the words a collector reads, in
/// English and Chinese. Refusals stored before the Chinese words existed have none, and read in English.
/// </summary>
internal sealed record Refusal(string Rule, string Reason, string? ReasonZh = null)
{
    public string ReasonIn(System.Globalization.CultureInfo culture) =>
        ReasonZh is not null && culture.Name.StartsWith("zh", StringComparison.Ordinal) ? ReasonZh : Reason;
}
