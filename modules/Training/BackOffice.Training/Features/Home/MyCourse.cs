using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Home;

internal sealed record MyCourse(Guid CourseId, string Code, Bilingual Title, ContactChannel Channel, bool Completed, string Reason);
