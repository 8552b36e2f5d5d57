namespace BackOffice.Servicing.Domain;

public enum InstallmentStatus
{
    Scheduled,
    Due,
    Overdue,
    Paid,
}
