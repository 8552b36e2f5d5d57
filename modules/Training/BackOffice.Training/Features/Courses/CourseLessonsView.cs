using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Courses;

internal sealed record CourseLessonsView(
    Guid Id, string Code, Bilingual Title, ContactChannel Channel, int Version, ExamRules Rules, IReadOnlyList<LessonView> Lessons);
