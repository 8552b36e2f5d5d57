using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.PaymentImports;

public sealed record PaymentFilePreview(PaymentImport Import, IReadOnlyList<PreviewRow> Rows, IReadOnlyList<PaymentImport> SameFileBefore)
{
    public int Ready => Rows.Count(r => r.Outcome == RowOutcome.Ready);

    public decimal ReadyAmount => Rows.Where(r => r.Outcome == RowOutcome.Ready).Sum(r => r.Row.Amount);
}
