using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>One line of the contact history.</summary>
internal sealed record WorkAttempt(DateTimeOffset At, ContactMethod Method, string Destination, ContactOutcome Outcome, string Note);
