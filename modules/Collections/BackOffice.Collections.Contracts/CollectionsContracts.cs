using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Collections.Contracts;

/// <summary>The conduct guard refused a contact; <see cref="Rule"/> names the rule (e.g. "CN.quiet-hours").</summary>
public sealed record ContactBlockedIntegrationEvent(Guid AttemptId, string CollectorId, string Channel, string Rule, string LoanReference) : IntegrationEvent;

/// <summary>A manager let a blocked contact go ahead; always reviewed by Compliance.</summary>
public sealed record OverrideGrantedIntegrationEvent(Guid AttemptId, string CollectorId, string ManagerId, string Rule, string Reason, string LoanReference) : IntegrationEvent;

/// <summary>Language screening flagged a note or message (threat, insult, banned practice).</summary>
public sealed record LanguageFlaggedIntegrationEvent(Guid MessageId, string CollectorId, string Rule, string Excerpt, string LoanReference) : IntegrationEvent;
