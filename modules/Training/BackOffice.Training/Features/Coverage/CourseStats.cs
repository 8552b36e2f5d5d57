using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Coverage;

internal sealed record CourseStats(Bilingual Title, int Enrolled, int Completed, int Attempts, int Passed);
