using BackOffice.Origination.Domain.Underwriting;

namespace BackOffice.Origination.Features.Applications;

/// <summary>One rule as the page lists it: the figure it looked at and its limit, formatted as the rule reads them.</summary>
internal sealed record RuleLine(string Code, RuleOutcome Outcome, string Value, string Limit, string Explanation);
