using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BackOffice.Compliance.Domain;

/// <summary>
/// The rules of the hash chain: each entry's hash covers its own fields and the previous entry's hash, so
/// changing, removing or reordering any entry breaks every link after it.
/// </summary>
internal static class AuditChain
{
    public static readonly string GenesisHash = new('0', 64);

    public static string HashOf(AuditEntry entry)
    {
        // Unit separators keep field boundaries unambiguous ("ab"+"c" ≠ "a"+"bc").
        var canonical = string.Join('\u001f',
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.OccurredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            entry.Action,
            entry.Actor,
            entry.Subject ?? "",
            entry.Details ?? "",
            entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Walks the entries in stored order and reports the first one that does not fit the chain.</summary>
    public static ChainCheck Verify(IEnumerable<AuditEntry> entriesInOrder)
    {
        var verifier = new ChainVerifier();
        foreach (var entry in entriesInOrder)
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Result;
    }
}
