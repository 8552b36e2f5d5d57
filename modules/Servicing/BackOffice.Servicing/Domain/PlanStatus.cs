namespace BackOffice.Servicing.Domain;

public enum PlanStatus
{
    AwaitingApproval,
    InForce,
    Broken,
    Rejected,
    Completed,
}
