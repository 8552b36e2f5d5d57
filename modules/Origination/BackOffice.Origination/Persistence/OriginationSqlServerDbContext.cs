using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Persistence;

/// <summary>Carries the SQL Server migrations.</summary>
internal sealed class OriginationSqlServerDbContext(DbContextOptions<OriginationSqlServerDbContext> options) : OriginationDbContext(options);
