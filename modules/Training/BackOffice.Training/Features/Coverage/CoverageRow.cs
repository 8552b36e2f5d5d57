using BackOffice.Training.Contracts;
using BackOffice.Training.Features.Home;

namespace BackOffice.Training.Features.Coverage;

internal sealed record CoverageRow(string StaffId, string StaffName, IReadOnlyDictionary<ContactChannel, MyCertification> Certifications);
