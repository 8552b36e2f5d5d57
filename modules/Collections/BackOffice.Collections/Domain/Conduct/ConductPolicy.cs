namespace BackOffice.Collections.Domain.Conduct;

/// <summary>
/// The values of the conduct rules (section "Collections:Conduct"), per pack. The rules themselves are code;
/// these are what a jurisdiction or a compliance officer may tighten. Defaults follow the domain: CN (CBA
/// 2026, NIFA 2024, GB/T 2025) and US (Regulation F).
/// </summary>
internal sealed class ConductPolicy
{
    public const string SectionName = "Collections:Conduct";

    public string Pack { get; set; } = BuildingBlocks.PolicyPackOptions.China;

    public bool IsUnitedStates => string.Equals(Pack, BuildingBlocks.PolicyPackOptions.UnitedStates, StringComparison.OrdinalIgnoreCase);

    /// <summary>CN: no contact from 22:00 to 08:00 borrower time. US: inconvenient before 08:00 and from 21:00.</summary>
    public TimeWindow QuietHours => IsUnitedStates ? new(UsQuietFrom, UsQuietTo) : new(CnQuietFrom, CnQuietTo);

    public TimeOnly CnQuietFrom { get; set; } = new(22, 0);

    public TimeOnly CnQuietTo { get; set; } = new(8, 0);

    public TimeOnly UsQuietFrom { get; set; } = new(21, 0);

    public TimeOnly UsQuietTo { get; set; } = new(8, 0);

    /// <summary>CN: connected calls per debtor per day, every collector and agency together.</summary>
    public int MaxConnectedCallsPerDay { get; set; } = 3;

    /// <summary>CN: unanswered dial attempts per number per day.</summary>
    public int MaxUnansweredDialsPerNumberPerDay { get; set; } = 6;

    /// <summary>CN: failed contacts in a row after which the debtor counts as unreachable.</summary>
    public int FailedContactsForUnreachable { get; set; } = 3;

    /// <summary>US §1006.14(b): calls in 7 consecutive days above which harassment is presumed.</summary>
    public int MaxCallsInSevenDays { get; set; } = 7;

    /// <summary>US §1006.34: days after the first communication within which the validation notice must go out.</summary>
    public int ValidationNoticeDays { get; set; } = 5;

    /// <summary>Visits only in the day, borrower time.</summary>
    public TimeWindow VisitHours { get; set; } = new(new TimeOnly(9, 0), new TimeOnly(18, 0));

    /// <summary>How long a clearance may wait before the contact it allows.</summary>
    public TimeSpan ClearanceLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>CN: contacts with third parties and SMS to the debtor (section "Collections:Conduct:CnLimits").</summary>
    public ContactLimits CnLimits { get; set; } = new();

    /// <summary>US: contacts with third parties and SMS to the debtor (section "Collections:Conduct:UsLimits").</summary>
    public ContactLimits UsLimits { get; set; } = new();

    /// <summary>The pack's limits on third parties and SMS.</summary>
    public ContactLimits Limits => IsUnitedStates ? UsLimits : CnLimits;

    /// <summary>
    /// US: state creditor rules on top of Regulation F, by the debtor's state (USPS code, "MA"), applied when the
    /// debtor's region names the state (section "Collections:Conduct:States:MA").
    /// </summary>
    public Dictionary<string, StateConductRules> States { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MA"] = new() { MaxTelephoneCommunicationsInSevenDays = 2, Citation = "940 CMR 7.04(1)(f)" },
    };

    /// <summary>The state rules that bind contact with a debtor in <paramref name="region"/>, if the US pack has any.</summary>
    public StateConductRules? StateRulesFor(string? region) =>
        IsUnitedStates && region is { Length: > 0 } && States.TryGetValue(region, out var rules) ? rules : null;
}
