using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>
/// SQLite has no date-time type and cannot order or compare DateTimeOffset text. Every instant is stored as
/// UTC ticks instead: sortable, comparable in SQL, exact. Instants in this code base are UTC (TimeProvider).
/// </summary>
public static class SqliteConventions
{
    public static void Apply(ModelConfigurationBuilder configuration, bool isSqlite)
    {
        if (!isSqlite)
        {
            return;
        }

        configuration.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configuration.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        instant => instant.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
