namespace BackOffice.Servicing.Domain;

public enum LoanStatus
{
    Active,
    Delinquent,
    InPlan,
    PaidOff,
    ChargedOff,
    Repossessed,
}
