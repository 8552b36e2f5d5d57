namespace BackOffice.Servicing.Features.Ledger;

/// <summary>A month of the books: open, or closed by whom and when.</summary>
internal sealed record PeriodLine(DateOnly Month, string? ClosedBy, DateTimeOffset? ClosedAt)
{
    public bool IsClosed => ClosedAt is not null;
}
