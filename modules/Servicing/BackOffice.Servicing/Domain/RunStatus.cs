namespace BackOffice.Servicing.Domain;

public enum RunStatus
{
    Running,
    Completed,
    Failed,
}
