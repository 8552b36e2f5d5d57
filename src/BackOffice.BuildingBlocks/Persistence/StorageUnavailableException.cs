namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>
/// A storage fault found by the host itself rather than reported by the database: the database file is no longer
/// where it was opened, or the writer ahead held the write lock longer than the busy timeout.
/// </summary>
public sealed class StorageUnavailableException(string message) : Exception(message);
