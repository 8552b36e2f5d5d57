namespace BackOffice.Host.Access;

/// <summary>
/// The host's audited actions: staff sign-in and accounts, and the partner API clients. Stable, because reports
/// and reviewers search by them. Each module names its own.
/// </summary>
internal static class StaffAuditActions
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
    public const string ApiClientCreated = "api-client.created";
    public const string ApiClientSecretRotated = "api-client.secret-rotated";
    public const string ApiClientRevoked = "api-client.revoked";

    /// <summary>The actor of a sign-in attempt for an e-mail that belongs to no account.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>What a typed e-mail may take in a record: enough to investigate, not a way to fill the disk.</summary>
    public static string UserSubject(string? email) => "user:" + (email is { Length: > 256 } ? email[..256] : email);
}
