using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Persistence;

/// <summary>Carries the SQLite migrations.</summary>
internal sealed class ComplianceSqliteDbContext(DbContextOptions<ComplianceSqliteDbContext> options) : ComplianceDbContext(options);
