namespace BackOffice.Servicing.Features.Loans;

/// <summary>One move between delinquency buckets.</summary>
internal sealed record DelinquencyLine(DateOnly BusinessDate, string FromBucket, string ToBucket, int DaysPastDue);
