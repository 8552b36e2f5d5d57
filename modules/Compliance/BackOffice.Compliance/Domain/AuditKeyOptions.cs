namespace BackOffice.Compliance.Domain;

/// <summary>
/// The secret that seals the audit trail (section "Audit"). It is kept out of the database on purpose: someone
/// who can write the tables but does not hold the key cannot re-seal what they changed.
/// </summary>
internal sealed class AuditKeyOptions
{
    public const string SectionName = "Audit";

    /// <summary>The published demo key's id (appsettings.Development.json); refused outside Development.</summary>
    public const string DemoKeyId = "demo";

    /// <summary>Names the key each entry is sealed with, so a key can be replaced and older entries still verify.</summary>
    public string ChainKeyId { get; set; } = "";

    /// <summary>At least 32 random bytes, base64 (<c>openssl rand -base64 32</c>).</summary>
    public string? ChainKey { get; set; }

    /// <summary>A file holding the base64 key instead of <see cref="ChainKey"/>, e.g. a mounted secret.</summary>
    public string? ChainKeyFile { get; set; }

    /// <summary>Keys no longer used for new entries, by id (base64), so the entries they sealed still verify.</summary>
    public Dictionary<string, string> RetiredKeys { get; set; } = [];
}
