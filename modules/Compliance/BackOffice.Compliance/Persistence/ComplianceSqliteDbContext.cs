using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Persistence;

/// <summary>Carries the SQLite migrations.</summary>
public sealed class ComplianceSqliteDbContext(DbContextOptions<ComplianceSqliteDbContext> options) : ComplianceDbContext(options);
