using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Persistence;

/// <summary>Carries the SQL Server migrations.</summary>
internal sealed class ServicingSqlServerDbContext(DbContextOptions<ServicingSqlServerDbContext> options) : ServicingDbContext(options);
