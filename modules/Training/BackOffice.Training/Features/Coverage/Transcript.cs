using BackOffice.Training.Features.Home;

namespace BackOffice.Training.Features.Coverage;

internal sealed record Transcript(
    string Name, IReadOnlyList<MyCourse> Courses, IReadOnlyList<AttemptLine> Attempts, IReadOnlyList<MyCertification> Certifications);
