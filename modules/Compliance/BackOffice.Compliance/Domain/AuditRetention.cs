namespace BackOffice.Compliance.Domain;

/// <summary>How long records are kept, by pack: CN at least 2 years, US 3 years.</summary>
internal static class AuditRetention
{
    public static DateTimeOffset KeepFrom(DateTimeOffset now, bool unitedStates) => now.AddYears(unitedStates ? -3 : -2);
}
