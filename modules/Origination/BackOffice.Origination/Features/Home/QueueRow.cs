namespace BackOffice.Origination.Features.Home;

internal sealed record QueueRow(
    Guid Id, DateTimeOffset SubmittedAt, TimeSpan Waiting, string ApplicantName, string DealerName, string ProductCode, decimal Amount,
    int TermMonths);
