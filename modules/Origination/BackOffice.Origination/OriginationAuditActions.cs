namespace BackOffice.Origination;

/// <summary>The names of the actions Origination records in the audit trail; stable, because reports and reviewers search by them.</summary>
internal static class OriginationAuditActions
{
    public const string DealerRegistered = "dealer.registered";
    public const string ApplicationIncomeVerified = "application.income-verified";
}
