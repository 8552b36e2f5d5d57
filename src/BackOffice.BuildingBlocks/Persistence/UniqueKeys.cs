using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>
/// A save refused because a row with the same unique key is there now: inserted by another request since this one
/// looked (two first certifications for one person and channel, say). Like a changed version, it is a lost race.
/// </summary>
public static class UniqueKeys
{
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;
    private const int SqlServerUniqueIndex = 2601;
    private const int SqlServerPrimaryKey = 2627;

    public static bool Violated(DbUpdateException error) => error.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        SqlException sqlServer => sqlServer.Number is SqlServerUniqueIndex or SqlServerPrimaryKey,
        _ => false,
    };
}
