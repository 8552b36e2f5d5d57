using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Plans;

/// <summary>One installment under the plan, with its due date and payment before it (none for a month the plan adds).</summary>
internal sealed record PlanPreviewLine(
    int Number, DateOnly DueDate, decimal Principal, decimal Interest, decimal Fee, decimal Payment, DateOnly? DueBefore, decimal? PaymentBefore)
{
    public bool Changed => DueBefore != DueDate || PaymentBefore != Payment;
}
