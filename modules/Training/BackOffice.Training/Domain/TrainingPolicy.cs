using BackOffice.Training.Contracts;

namespace BackOffice.Training.Domain;

/// <summary>
/// How long a certification lasts, by policy pack: CN (CBA guideline 2026: training and an exam renewed at
/// least yearly) twelve months; US two years by default; a channel may be given its own period. Months are
/// calendar months on the pack's clock (<see cref="TimeZone"/>), so a certification ends on its anniversary.
/// Expiry is warned this many days ahead. The pack is the root "PolicyPack" setting; the host copies it here.
/// </summary>
internal sealed class TrainingPolicy
{
    public const string SectionName = "Training";

    public string PolicyPack { get; set; } = BuildingBlocks.PolicyPackOptions.China;

    private bool IsUnitedStates => string.Equals(PolicyPack, BuildingBlocks.PolicyPackOptions.UnitedStates, StringComparison.OrdinalIgnoreCase);

    public int? CertificationValidityMonths { get; set; }

    /// <summary>A period for one channel instead of the pack's ("Training:ChannelValidityMonths:FieldVisit": 6).</summary>
    public IDictionary<ContactChannel, int> ChannelValidityMonths { get; set; } = new Dictionary<ContactChannel, int>();

    /// <summary>The clock anniversaries are counted on; by default the pack's capital (Asia/Shanghai, America/New_York).</summary>
    public string? TimeZone { get; set; }

    public int ExpiryWarningDays { get; set; } = 30;

    public TimeSpan WarningAhead => TimeSpan.FromDays(ExpiryWarningDays);

    public CertificationTerm TermFor(ContactChannel channel) => new(
        ChannelValidityMonths.TryGetValue(channel, out var months) ? months : CertificationValidityMonths ?? (IsUnitedStates ? 24 : 12),
        TimeZoneInfo.FindSystemTimeZoneById(TimeZone ?? (IsUnitedStates ? "America/New_York" : "Asia/Shanghai")));
}
