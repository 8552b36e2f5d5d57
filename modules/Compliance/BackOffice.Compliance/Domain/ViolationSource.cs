namespace BackOffice.Compliance.Domain;

public enum ViolationSource
{
    BlockedAttempt,
    Override,
    LanguageFlag,
    UpheldComplaint,
    AgencyContact,
}
