using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Persistence;

/// <summary>Carries the SQLite migrations.</summary>
internal sealed class ServicingSqliteDbContext(DbContextOptions<ServicingSqliteDbContext> options) : ServicingDbContext(options);
