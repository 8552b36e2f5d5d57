using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Home;

public sealed record MyTrainingView(IReadOnlyList<MyCourse> Courses, IReadOnlyList<MyCertification> Certifications, IReadOnlyList<Notice> Notices);
