using BackOffice.Origination.Domain.Underwriting;

namespace BackOffice.Origination.Features.Applications;

internal sealed record RuleLine(string Code, RuleOutcome Outcome, decimal Value, decimal Limit, string Explanation);
