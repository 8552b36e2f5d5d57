using BackOffice.Compliance.Domain;

namespace BackOffice.Compliance.Features.Complaints;

internal sealed record ComplaintView(Complaint Complaint, TimeSpan TimeLeft, bool Overdue);
