using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Persistence;

/// <summary>Carries the SQLite migrations.</summary>
public sealed class CollectionsSqliteDbContext(DbContextOptions<CollectionsSqliteDbContext> options) : CollectionsDbContext(options);
