using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Home;

internal sealed record MyCourse(Guid CourseId, Bilingual Title, ContactChannel Channel, bool Completed, string Reason);
