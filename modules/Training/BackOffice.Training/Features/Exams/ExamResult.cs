namespace BackOffice.Training.Features.Exams;

public sealed record ExamResult(decimal Score, bool Passed, bool TimedOut, DateTimeOffset? CertifiedUntil);
