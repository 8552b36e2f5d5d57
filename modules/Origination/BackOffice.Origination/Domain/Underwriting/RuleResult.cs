namespace BackOffice.Origination.Domain.Underwriting;

/// <summary>What one rule found: the number it looked at, the limit it held it to, and the outcome.</summary>
internal sealed record RuleResult(string Code, RuleOutcome Outcome, decimal Value, decimal Limit);
