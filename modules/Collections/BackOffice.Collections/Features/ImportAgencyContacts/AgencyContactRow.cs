using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Features.ImportAgencyContacts;

/// <summary>One line of an agency's contact log: what it says, and what is wrong with it if anything.</summary>
internal sealed record AgencyContactRow(
    int Line,
    string Agency,
    string Reference,
    string LoanNumber,
    DateTimeOffset At,
    ContactMethod Method,
    string Destination,
    ContactOutcome Outcome,
    string? Error);
