using BackOffice.Collections.Contracts;

namespace BackOffice.Collections.Domain.Conduct;

/// <summary>
/// What a collector asks the guard before any contact: the person, the method, the number or address, and
/// when. A visit names the second collector who goes along; a letter may name the approved template it will carry
/// (after a cease request it must, and only a notice the law allows or requires is cleared); a care-team contact says
/// so; <see cref="Origin"/> is where the number or address came from (null: the caller did not say, and the
/// contact-source rule has nothing to weigh).
/// </summary>
internal sealed record ContactRequest(
    string CollectorId,
    Party Party,
    Guid? ThirdPartyId,
    ContactMethod Method,
    string Destination,
    DateTimeOffset PlannedAt,
    string? SecondCollectorId = null,
    ContactPurpose Purpose = ContactPurpose.Collection,
    ContactOrigin? Origin = null,
    string? TemplateKey = null);
