using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Loans;

/// <summary>One line of the schedule: interest net of what was waived, what was paid on it and what is still owed.</summary>
internal sealed record InstallmentLine(
    int Number, DateOnly DueDate, decimal Principal, decimal Interest, decimal Fee, decimal Paid, decimal Owed, InstallmentStatus Status)
{
    public static InstallmentLine Of(Installment i) => new(
        i.Number, i.DueDate, i.Principal + i.PrincipalCarried, i.Interest - i.InterestWaived, i.Fee, i.PrincipalPaid + i.InterestPaid + i.FeePaid, i.Owed, i.Status);
}
