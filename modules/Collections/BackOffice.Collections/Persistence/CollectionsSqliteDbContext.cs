using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Persistence;

/// <summary>Carries the SQLite migrations.</summary>
internal sealed class CollectionsSqliteDbContext(DbContextOptions<CollectionsSqliteDbContext> options) : CollectionsDbContext(options);
