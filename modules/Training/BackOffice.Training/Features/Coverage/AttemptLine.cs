using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Coverage;

internal sealed record AttemptLine(
    Bilingual Course, int Version, DateTimeOffset StartedAt, DateTimeOffset? SubmittedAt, decimal? Score, bool Passed, bool TimedOut);
