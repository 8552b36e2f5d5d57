using System.Security.Cryptography;
using System.Text;

namespace BackOffice.Compliance.Domain;

/// <summary>One HMAC-SHA256 key of the audit trail and the id it is recorded under.</summary>
internal sealed class AuditKey
{
    public const int MinimumBytes = 32;

    private readonly byte[] secret;

    public AuditKey(string id, byte[] secret)
    {
        if (secret.Length < MinimumBytes)
        {
            throw new ArgumentException($"An audit key has at least {MinimumBytes} bytes.", nameof(secret));
        }

        Id = id;
        this.secret = secret;
    }

    public string Id { get; }

    /// <summary>The keyed hash of fields joined with unit separators, so field boundaries are unambiguous ("ab"+"c" ≠ "a"+"bc").</summary>
    public string Seal(params string[] fields) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(string.Join('\u001f', fields))));

    /// <summary>Compares in constant time, so timing does not tell a forger how much of a guess was right.</summary>
    public bool Verifies(string seal, params string[] fields) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Seal(fields)), Encoding.ASCII.GetBytes(seal));
}
