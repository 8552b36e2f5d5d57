using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Persistence;

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class OriginationSqlServerDbContext(DbContextOptions<OriginationSqlServerDbContext> options) : OriginationDbContext(options);
