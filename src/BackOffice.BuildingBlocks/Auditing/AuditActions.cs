namespace BackOffice.BuildingBlocks.Auditing;

/// <summary>Names of audited actions; stable, because reports and reviewers search by them.</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "staff.sign-in.succeeded";
    public const string SignInFailed = "staff.sign-in.failed";
    public const string SignInLockedOut = "staff.sign-in.locked-out";
    public const string SignedOut = "staff.signed-out";
    public const string TwoFactorEnabled = "staff.2fa.enabled";
    public const string TwoFactorDisabled = "staff.2fa.disabled";
    public const string RecoveryCodesGenerated = "staff.2fa.recovery-codes-generated";
    public const string PasswordChanged = "staff.password.changed";
    public const string StaffUserCreated = "staff.user.created";
    public const string StaffRolesChanged = "staff.user.roles-changed";
    public const string StaffUserDisabled = "staff.user.disabled";
    public const string StaffUserEnabled = "staff.user.enabled";
    public const string DealerRegistered = "dealer.registered";
    public const string ApiClientCreated = "api-client.created";
    public const string ApiClientSecretRotated = "api-client.secret-rotated";
    public const string ApiClientRevoked = "api-client.revoked";
    public const string ApplicationDecided = "application.decided";
    public const string ApplicationIncomeVerified = "application.income-verified";
    public const string LoanBooked = "loan.booked";
    public const string ContactOverridden = "contact.overridden";
    public const string ReportFrozen = "report.frozen";
    public const string FeesRefunded = "fees.refunded";
    public const string PaymentPosted = "payment.posted";
    public const string PaymentReversed = "payment.reversed";
    public const string RepaymentPlanProposed = "repayment-plan.proposed";
    public const string RepaymentPlanActivated = "repayment-plan.activated";
    public const string RepaymentPlanRejected = "repayment-plan.rejected";
    public const string RepaymentPlanBroken = "repayment-plan.broken";
    public const string EarlyWarningRaised = "early-warning.raised";
    public const string CloseOfBusinessStarted = "close-of-business.started";
    public const string PaymentFileImported = "payment-file.imported";
    public const string CertificationGranted = "certification.granted";
    public const string CertificationExpired = "certification.expired";
    public const string CertificationSuspended = "certification.suspended";
    public const string CertificationReinstated = "certification.reinstated";
}
