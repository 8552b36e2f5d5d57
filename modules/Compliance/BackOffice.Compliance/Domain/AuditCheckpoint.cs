using System.Globalization;

namespace BackOffice.Compliance.Domain;

/// <summary>
/// The chain's head as it stood on a day, written by the daily checkpoint job and sealed with the audit key. Cutting
/// entries off the end after a checkpoint, or re-sealing them, no longer matches it.
/// </summary>
internal sealed class AuditCheckpoint : IChainAnchor
{
    private AuditCheckpoint()
    {
    }

    public AuditCheckpoint(DateOnly day, ChainLink head, DateTimeOffset takenAt, AuditKey key)
    {
        (Day, Sequence, Hash, TakenAt, KeyId) = (day, head.Sequence, head.Hash, takenAt, key.Id);
        Mac = key.Seal(Fields());
    }

    public DateOnly Day { get; private set; }

    public long Sequence { get; private set; }

    public string Hash { get; private set; } = "";

    public DateTimeOffset TakenAt { get; private set; }

    public string KeyId { get; private set; } = "";

    public string Mac { get; private set; } = "";

    public string Source => $"checkpoint of {Day:yyyy-MM-dd}";

    public ChainLink Link => new(Sequence, Hash);

    public bool IsSealed(AuditKeyRing keys) => keys.Verifies(KeyId, Mac, Fields());

    private string[] Fields() =>
    [
        "checkpoint", Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Sequence.ToString(CultureInfo.InvariantCulture), Hash,
        TakenAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), KeyId,
    ];
}
