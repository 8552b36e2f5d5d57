using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Persistence;

/// <summary>Carries the SQLite migrations.</summary>
public sealed class OriginationSqliteDbContext(DbContextOptions<OriginationSqliteDbContext> options) : OriginationDbContext(options);
