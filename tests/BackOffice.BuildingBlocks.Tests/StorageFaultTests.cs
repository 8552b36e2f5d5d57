using BackOffice.BuildingBlocks.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.BuildingBlocks.Tests;

public sealed class StorageFaultTests
{
    [Theory]
    [InlineData(5)]    // SQLITE_BUSY
    [InlineData(6)]    // SQLITE_LOCKED
    [InlineData(8)]    // SQLITE_READONLY
    [InlineData(10)]   // SQLITE_IOERR
    [InlineData(11)]   // SQLITE_CORRUPT
    [InlineData(13)]   // SQLITE_FULL
    [InlineData(14)]   // SQLITE_CANTOPEN
    [InlineData(26)]   // SQLITE_NOTADB
    [InlineData(522)]  // SQLITE_IOERR_SHORT_READ: an extended code of a storage fault
    [InlineData(1032)] // SQLITE_READONLY_DBMOVED
    public void A_sqlite_error_of_the_storage_is_a_storage_fault(int code) =>
        Assert.True(StorageFault.IsStorageFault(new SqliteException("storage", code)));

    [Theory]
    [InlineData(1)]    // SQLITE_ERROR: a bad statement or a missing table is a defect, not the disk
    [InlineData(19)]   // SQLITE_CONSTRAINT: a duplicate key is the request's (or a race's) affair
    [InlineData(2067)] // SQLITE_CONSTRAINT_UNIQUE
    public void A_sqlite_error_of_the_request_is_not_a_storage_fault(int code) =>
        Assert.False(StorageFault.IsStorageFault(new SqliteException("request", code)));

    [Fact]
    public void A_storage_fault_is_found_inside_the_exception_EF_wraps_it_in() =>
        Assert.True(StorageFault.IsStorageFault(new DbUpdateException("save failed", new SqliteException("database or disk is full", 13))));

    [Fact]
    public void A_fault_the_host_finds_itself_is_a_storage_fault() =>
        Assert.True(StorageFault.IsStorageFault(new StorageUnavailableException("The database file is no longer there.")));

    [Fact]
    public void A_lost_race_and_other_failures_are_not_storage_faults()
    {
        Assert.False(StorageFault.IsStorageFault(new DbUpdateConcurrencyException("changed meanwhile")));
        Assert.False(StorageFault.IsStorageFault(new InvalidOperationException("a defect")));
    }
}
