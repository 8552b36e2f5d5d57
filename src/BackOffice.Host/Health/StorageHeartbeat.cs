namespace BackOffice.Host.Health;

/// <summary>
/// The one row the readiness probe rewrites. Updating it in place is a real committed write (it meets a read-only
/// file, a full disk, a lock held past the timeout, a missing file) that never grows the database.
/// </summary>
public sealed class StorageHeartbeat
{
    public const int TheRow = 1;

    public int Id { get; set; }

    public DateTimeOffset WrittenAt { get; set; }
}
