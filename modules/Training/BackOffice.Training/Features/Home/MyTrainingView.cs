using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Home;

internal sealed record MyTrainingView(IReadOnlyList<MyCourse> Courses, IReadOnlyList<MyCertification> Certifications, IReadOnlyList<Notice> Notices);
