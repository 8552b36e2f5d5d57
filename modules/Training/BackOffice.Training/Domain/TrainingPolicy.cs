namespace BackOffice.Training.Domain;

/// <summary>
/// How long a certification lasts, by policy pack: CN (CBA guideline 2026: training and an exam renewed at
/// least yearly) twelve months; US two years by default. Expiry is warned this many days ahead.
/// </summary>
public sealed class TrainingPolicy
{
    public const string SectionName = "Training";

    public string PolicyPack { get; set; } = "CN";

    public int? CertificationValidityMonths { get; set; }

    public int ExpiryWarningDays { get; set; } = 30;

    public TimeSpan Validity => TimeSpan.FromDays(30.4375 * (CertificationValidityMonths ?? (PolicyPack == "US" ? 24 : 12)));

    public TimeSpan WarningAhead => TimeSpan.FromDays(ExpiryWarningDays);
}
