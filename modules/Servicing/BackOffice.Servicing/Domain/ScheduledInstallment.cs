namespace BackOffice.Servicing.Domain;

/// <summary>One line of a schedule before it belongs to an account: also what a plan preview shows.</summary>
internal sealed record ScheduledInstallment(int Number, DateOnly DueDate, decimal Principal, decimal Interest, decimal Fee = 0m)
{
    public decimal Payment => Principal + Interest + Fee;
}
