using Microsoft.EntityFrameworkCore;

namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>Puts every table of a context in the module's schema (SQL Server) or behind its prefix (SQLite). See ADR 0003.</summary>
public static class ModuleTableNaming
{
    public static void Apply(ModelBuilder modelBuilder, string module, bool isSqlite)
    {
        if (!isSqlite)
        {
            modelBuilder.HasDefaultSchema(module);
            return;
        }

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            // Owned types share their owner's table and follow its name.
            if (entity.IsOwned())
            {
                continue;
            }

            var table = entity.GetTableName();
            if (table is not null && !table.StartsWith(module + "_", StringComparison.Ordinal))
            {
                entity.SetTableName($"{module}_{table}");
            }
        }
    }

    public static string HistoryTable(string module) => $"__EFMigrationsHistory_{module}";
}
