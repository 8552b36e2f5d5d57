namespace BackOffice.Collections.Domain.Conduct;

/// <summary>
/// A US state's creditor rules on top of the US pack (a record, so the policy page shows it whole). Massachusetts,
/// 940 CMR 7.04(1)(f): a creditor may initiate at most two telephone communications with a debtor — calls, texts,
/// recorded messages — in each seven-day period. The SJC (Armata v. Target, 480 Mass. 14, 2018) counts unanswered
/// calls too; only a call that could neither reach the debtor nor leave a message (not connected) does not count,
/// and a communication the debtor asked for is not initiated by the creditor.
/// </summary>
internal sealed record StateConductRules
{
    /// <summary>Calls and SMS to the debtor in 7 consecutive calendar days, borrower time; null when the state sets none.</summary>
    public int? MaxTelephoneCommunicationsInSevenDays { get; set; }

    /// <summary>Where the rule comes from, named in the refusal.</summary>
    public string Citation { get; set; } = "";
}
