namespace BackOffice.Origination.Domain.Underwriting;

public enum RuleOutcome
{
    Pass,
    Refer,
    Decline,
}
