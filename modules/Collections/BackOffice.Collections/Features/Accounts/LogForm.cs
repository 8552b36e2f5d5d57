using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>What a collector fills in after a contact (the clearance it was made under travels beside it).</summary>
public sealed class LogForm
{
    public ContactOutcome Outcome { get; set; }

    public string? Note { get; set; }

    public bool Consented { get; set; }

    public decimal? PromisedAmount { get; set; }

    public DateOnly? PromisedFor { get; set; }

    /// <summary>CN pack: the collector told the borrower the company's name and their own (required at the first conversation).</summary>
    public bool IdentifiedCompanyAndSelf { get; set; }
}
