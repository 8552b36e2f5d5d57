using BackOffice.Compliance.Domain;

namespace BackOffice.Compliance.Features.Complaints;

internal sealed record ComplaintRow(
    Guid Id, string Reference, ComplaintSource Source, ComplaintCategory Category, DateTimeOffset ReceivedAt, DateTimeOffset Deadline,
    TimeSpan TimeLeft, bool Overdue, ComplaintStatus Status, ComplaintOutcome? Outcome);
