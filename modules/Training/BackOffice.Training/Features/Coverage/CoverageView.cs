using BackOffice.Training.Contracts;

namespace BackOffice.Training.Features.Coverage;

internal sealed record CoverageView(
    IReadOnlyList<CoverageRow> People,
    int ExpiringIn30Days,
    int ExpiringIn60Days,
    IReadOnlyList<CourseStats> Courses,
    IReadOnlyDictionary<ContactChannel, int> CertifiedByChannel);
