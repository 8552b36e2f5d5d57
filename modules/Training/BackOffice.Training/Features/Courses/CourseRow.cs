using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Courses;

internal sealed record CourseRow(Guid Id, string Code, Bilingual Title, string Channel, IReadOnlyList<string> AlsoCertifies, bool IsRemedial, int Version);
