using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Persistence;

/// <summary>Carries the SQL Server migrations.</summary>
internal sealed class CollectionsSqlServerDbContext(DbContextOptions<CollectionsSqlServerDbContext> options) : CollectionsDbContext(options);
