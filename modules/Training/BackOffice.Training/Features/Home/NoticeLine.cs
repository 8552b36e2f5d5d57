using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Home;

/// <summary>A notice as My training lists it, in the language of the page.</summary>
internal sealed record NoticeLine(DateTimeOffset CreatedAt, Bilingual Message);
