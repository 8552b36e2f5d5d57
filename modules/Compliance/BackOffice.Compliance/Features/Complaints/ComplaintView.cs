using BackOffice.Compliance.Domain;

namespace BackOffice.Compliance.Features.Complaints;

public sealed record ComplaintView(Complaint Complaint, TimeSpan TimeLeft, bool Overdue);
