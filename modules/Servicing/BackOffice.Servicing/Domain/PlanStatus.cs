namespace BackOffice.Servicing.Domain;

internal enum PlanStatus
{
    AwaitingApproval,
    InForce,
    Broken,
    Rejected,
    Completed,
}
