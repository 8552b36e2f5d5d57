using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Courses;

internal sealed record CourseRow(Guid Id, string Code, Bilingual Title, string Channel, bool IsRemedial, int Version);
