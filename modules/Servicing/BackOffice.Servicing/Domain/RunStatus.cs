namespace BackOffice.Servicing.Domain;

internal enum RunStatus
{
    Running,
    Completed,
    Failed,
}
