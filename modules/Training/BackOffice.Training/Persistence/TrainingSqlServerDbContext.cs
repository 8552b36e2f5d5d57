using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Persistence;

/// <summary>Carries the SQL Server migrations.</summary>
internal sealed class TrainingSqlServerDbContext(DbContextOptions<TrainingSqlServerDbContext> options) : TrainingDbContext(options);
