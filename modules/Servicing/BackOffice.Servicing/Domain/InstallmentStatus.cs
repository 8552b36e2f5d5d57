namespace BackOffice.Servicing.Domain;

internal enum InstallmentStatus
{
    Scheduled,
    Due,
    Overdue,
    Paid,
}
