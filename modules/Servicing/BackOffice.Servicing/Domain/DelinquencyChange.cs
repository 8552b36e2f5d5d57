namespace BackOffice.Servicing.Domain;

/// <summary>One move between delinquency buckets, kept for the loan page and the portfolio report.</summary>
internal sealed class DelinquencyChange
{
    private DelinquencyChange()
    {
    }

    public DelinquencyChange(Guid loanId, DateOnly businessDate, string fromBucket, string toBucket, int daysPastDue)
    {
        LoanId = loanId;
        BusinessDate = businessDate;
        FromBucket = fromBucket;
        ToBucket = toBucket;
        DaysPastDue = daysPastDue;
    }

    public long Id { get; private set; }

    public Guid LoanId { get; private set; }

    public DateOnly BusinessDate { get; private set; }

    public string FromBucket { get; private set; } = "";

    public string ToBucket { get; private set; } = "";

    public int DaysPastDue { get; private set; }
}
