using BackOffice.Origination.Domain.Underwriting;

namespace BackOffice.Origination.Features.ApplicationsApi;

public sealed record ReasonDto(string Code, RuleOutcome Outcome, decimal Value, decimal Limit, string Message);
