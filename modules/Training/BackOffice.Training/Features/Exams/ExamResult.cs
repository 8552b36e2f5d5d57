namespace BackOffice.Training.Features.Exams;

internal sealed record ExamResult(decimal Score, bool Passed, bool TimedOut, DateTimeOffset? CertifiedUntil);
