using System.Globalization;

namespace BackOffice.Compliance.Domain;

/// <summary>
/// The rules of the hash chain: each entry's keyed hash (HMAC-SHA256) covers its own fields, the id of the key and
/// the previous entry's hash, so changing, removing or reordering any entry breaks every link after it, and only
/// the holder of the key can seal an entry anew.
/// </summary>
internal static class AuditChain
{
    public static readonly string GenesisHash = new('0', 64);

    public static string HashOf(AuditEntry entry, AuditKey key) => key.Seal(Fields(entry));

    /// <summary>True when the entry's hash is the keyed hash of its fields under the key it names.</summary>
    public static bool IsSealed(AuditEntry entry, AuditKeyRing keys) => keys.Verifies(entry.KeyId, entry.Hash, Fields(entry));

    /// <summary>The first characters of a hash, enough to compare by eye.</summary>
    public static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;

    private static string[] Fields(AuditEntry entry) =>
    [
        "entry",
        entry.Sequence.ToString(CultureInfo.InvariantCulture),
        entry.OccurredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        entry.Action,
        entry.Actor,
        entry.Subject ?? "",
        entry.Details ?? "",
        entry.KeyId,
        entry.PreviousHash,
    ];
}
