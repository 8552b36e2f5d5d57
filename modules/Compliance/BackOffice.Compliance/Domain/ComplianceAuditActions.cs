namespace BackOffice.Compliance.Domain;

/// <summary>
/// Names of the actions Compliance records in the audit trail: its own, and the other modules' decisions it keeps
/// on record from their events. Stable, because reports and reviewers search by them.
/// </summary>
internal static class ComplianceAuditActions
{
    public const string ComplaintRegistered = "complaint.registered";
    public const string ComplaintExtended = "complaint.extended";
    public const string ComplaintClosed = "complaint.closed";
    public const string ViolationConfirmed = "violation.confirmed";
    public const string ViolationDismissed = "violation.dismissed";
    public const string ReportFrozen = "report.frozen";
    public const string AuditExported = "audit.exported";
    public const string ApplicationDecided = "application.decided";
    public const string LoanBooked = "loan.booked";
    public const string PaymentPosted = "payment.posted";
    public const string PaymentReversed = "payment.reversed";
    public const string RepaymentPlanActivated = "repayment-plan.activated";
    public const string RepaymentPlanBroken = "repayment-plan.broken";
    public const string EarlyWarningRaised = "early-warning.raised";
    public const string CertificationGranted = "certification.granted";
    public const string CertificationExpired = "certification.expired";
    public const string CertificationSuspended = "certification.suspended";
    public const string CertificationReinstated = "certification.reinstated";
}
