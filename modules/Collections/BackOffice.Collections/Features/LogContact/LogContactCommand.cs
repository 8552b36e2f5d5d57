using BackOffice.Collections.Domain.Conduct;
using Mediator;

namespace BackOffice.Collections.Features.LogContact;

/// <summary>
/// Logs the contact a clearance allowed, and its outcome. There is no other way to record a contact: no
/// clearance, no log. A note the language screen flags (docs/screening.md) is not saved; the collector is told
/// why and Compliance is told of the attempt.
/// </summary>
internal sealed record LogContactCommand(
    Guid ClearanceId, string CollectorId, ContactOutcome Outcome, string? Note, bool Consented, decimal? PromisedAmount, DateOnly? PromisedFor)
    : ICommand<LogContactResult>;
