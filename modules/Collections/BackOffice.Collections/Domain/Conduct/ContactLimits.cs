namespace BackOffice.Collections.Domain.Conduct;

/// <summary>
/// Limits on third parties and SMS, every collector and agency together; days are the borrower's calendar days and a
/// week is the day asked about and the 6 before it. Neither pack's sources give these numbers (CN: CBA 2026 and NIFA
/// 2024 cap only connected calls to the debtor; US: Reg F §1006.14(b) counts only telephone calls, §1006.10 allows a
/// third party to be asked for location once, and texts fall under the general ban on harassment, §1006.14(a)): the
/// defaults are house policy, not the law, chosen so that no relative, number or inbox is pressed more than a
/// call-capped debtor would be.
/// </summary>
internal sealed class ContactLimits
{
    /// <summary>Contact attempts (any method, answered or not) with one third party on one day.</summary>
    public int ThirdPartyContactsPerPersonPerDay { get; set; } = 1;

    /// <summary>Contact attempts with one third party in 7 calendar days.</summary>
    public int ThirdPartyContactsPerPersonPerWeek { get; set; } = 3;

    /// <summary>Contact attempts with one third party's number on one day, whoever it was entered for.</summary>
    public int ThirdPartyContactsPerNumberPerDay { get; set; } = 1;

    /// <summary>Contact attempts with one third party's number in 7 calendar days.</summary>
    public int ThirdPartyContactsPerNumberPerWeek { get; set; } = 3;

    /// <summary>SMS to the debtor on one day, every number of theirs together.</summary>
    public int SmsPerDebtorPerDay { get; set; } = 1;

    /// <summary>SMS to the debtor in 7 calendar days.</summary>
    public int SmsPerDebtorPerWeek { get; set; } = 3;
}
