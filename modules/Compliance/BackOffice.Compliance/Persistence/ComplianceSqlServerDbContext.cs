using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Persistence;

/// <summary>Carries the SQL Server migrations.</summary>
internal sealed class ComplianceSqlServerDbContext(DbContextOptions<ComplianceSqlServerDbContext> options) : ComplianceDbContext(options);
