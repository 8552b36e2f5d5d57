using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Persistence;

/// <summary>Carries the SQLite migrations.</summary>
internal sealed class OriginationSqliteDbContext(DbContextOptions<OriginationSqliteDbContext> options) : OriginationDbContext(options);
