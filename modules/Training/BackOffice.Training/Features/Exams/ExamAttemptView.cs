using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Exams;

internal sealed record ExamAttemptView(
    Guid Id,
    Bilingual CourseTitle,
    DateTimeOffset Deadline,
    bool IsOpen,
    decimal? Score,
    bool Passed,
    bool TimedOut,
    IReadOnlyList<QuestionView> Questions);
