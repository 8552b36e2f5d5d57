using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Persistence;

/// <summary>Carries the SQLite migrations.</summary>
public sealed class TrainingSqliteDbContext(DbContextOptions<TrainingSqliteDbContext> options) : TrainingDbContext(options);
