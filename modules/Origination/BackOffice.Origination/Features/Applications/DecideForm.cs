namespace BackOffice.Origination.Features.Applications;

public sealed class DecideForm
{
    public bool Approve { get; set; }

    public decimal? Amount { get; set; }

    public int? TermMonths { get; set; }

    public string? Reason { get; set; }
}
