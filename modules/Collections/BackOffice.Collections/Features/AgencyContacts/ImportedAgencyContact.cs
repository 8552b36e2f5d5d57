using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Features.AgencyContacts;

/// <summary>An imported agency contact as the page lists it, with the rules it broke and who imported it (by name).</summary>
internal sealed record ImportedAgencyContact(
    DateTimeOffset At,
    string Agency,
    string Reference,
    Guid LoanId,
    ContactMethod Method,
    ContactOutcome Outcome,
    string BreachedRules,
    string ImportedBy);
