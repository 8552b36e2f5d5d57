namespace BackOffice.Compliance.Domain;

/// <summary>The key new entries are sealed with, and the retired ones older entries may still carry.</summary>
internal sealed class AuditKeyRing
{
    private readonly Dictionary<string, AuditKey> keys;

    public AuditKeyRing(AuditKey current, IEnumerable<AuditKey>? retired = null)
    {
        Current = current;
        keys = (retired ?? []).ToDictionary(k => k.Id, StringComparer.Ordinal);
        keys[current.Id] = current;
    }

    public AuditKey Current { get; }

    /// <summary>The key recorded as <paramref name="id"/>, or null when it is not configured (unknown or removed).</summary>
    public AuditKey? Find(string id) => keys.GetValueOrDefault(id);

    /// <summary>True when <paramref name="seal"/> was made over <paramref name="fields"/> by the key named <paramref name="keyId"/>.</summary>
    public bool Verifies(string keyId, string seal, params string[] fields) => Find(keyId)?.Verifies(seal, fields) ?? false;

    /// <summary>Reads the configured keys; a missing or malformed one throws with what the operator should set.</summary>
    public static AuditKeyRing From(AuditKeyOptions options)
    {
        if (Problem(options) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var retired = options.RetiredKeys.Select(k => new AuditKey(k.Key, Convert.FromBase64String(k.Value.Trim())));
        return new AuditKeyRing(new AuditKey(options.ChainKeyId, Convert.FromBase64String(options.ChainKey!.Trim())), retired);
    }

    /// <summary>What is wrong with the configured keys, in words an operator can act on; null when they are usable.</summary>
    public static string? Problem(AuditKeyOptions options)
    {
        const string How = "set Audit:ChainKeyId and Audit:ChainKey (base64 of at least 32 random bytes: openssl rand -base64 32), "
            + "for example as the environment variables Audit__ChainKeyId and Audit__ChainKey, or Audit:ChainKeyFile to a file holding the key";
        if (string.IsNullOrWhiteSpace(options.ChainKey))
        {
            return $"The audit trail has no key: {How}.";
        }

        if (string.IsNullOrWhiteSpace(options.ChainKeyId))
        {
            return $"Audit:ChainKeyId is empty: name the key (for example k2026) so a later key can replace it; {How}.";
        }

        if (KeyProblem(options.ChainKey) is { } current)
        {
            return $"Audit:ChainKey {current}; {How}.";
        }

        return options.RetiredKeys
            .Select(k => KeyProblem(k.Value) is { } retired ? $"Audit:RetiredKeys:{k.Key} {retired}." : null)
            .FirstOrDefault(p => p is not null);
    }

    private static string? KeyProblem(string base64)
    {
        var bytes = new byte[base64.Length];
        return !Convert.TryFromBase64String(base64.Trim(), bytes, out var length) ? "is not base64"
            : length < AuditKey.MinimumBytes ? $"has {length} bytes, fewer than {AuditKey.MinimumBytes}"
            : null;
    }
}
