namespace BackOffice.Servicing.Features.PaymentImports;

/// <summary>
/// The preview page: each row judged, when the same file came before, and after posting the rows that failed
/// (posting answers the page itself, so the failures are shown once and never kept).
/// </summary>
internal sealed record PaymentFilePreview(Guid ImportId, string FileName, IReadOnlyList<PreviewRow> Rows, DateTimeOffset? SameFileUploadedAt)
{
    public IReadOnlyList<string>? Failures { get; init; }

    public int Ready => Rows.Count(r => r.Outcome == RowOutcome.Ready);

    public decimal ReadyAmount => Rows.Where(r => r.Outcome == RowOutcome.Ready).Sum(r => r.Row.Amount);
}
