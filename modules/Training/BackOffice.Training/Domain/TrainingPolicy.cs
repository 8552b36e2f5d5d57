namespace BackOffice.Training.Domain;

/// <summary>
/// How long a certification lasts, by policy pack: CN (CBA guideline 2026: training and an exam renewed at
/// least yearly) twelve months; US two years by default. Expiry is warned this many days ahead.
/// The pack is the root "PolicyPack" setting; the host copies it here.
/// </summary>
internal sealed class TrainingPolicy
{
    public const string SectionName = "Training";

    public string PolicyPack { get; set; } = BuildingBlocks.PolicyPackOptions.China;

    public int? CertificationValidityMonths { get; set; }

    public int ExpiryWarningDays { get; set; } = 30;

    public TimeSpan Validity =>
        TimeSpan.FromDays(30.4375 * (CertificationValidityMonths ?? (PolicyPack == BuildingBlocks.PolicyPackOptions.UnitedStates ? 24 : 12)));

    public TimeSpan WarningAhead => TimeSpan.FromDays(ExpiryWarningDays);
}
