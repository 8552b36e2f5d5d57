using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Persistence;

/// <summary>Carries the SQLite migrations.</summary>
internal sealed class TrainingSqliteDbContext(DbContextOptions<TrainingSqliteDbContext> options) : TrainingDbContext(options);
