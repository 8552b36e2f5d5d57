using BackOffice.Compliance.Domain;

namespace BackOffice.Compliance.Features.Complaints;

public sealed class ComplaintForm
{
    public ComplaintSource? Source { get; set; }

    public ComplaintCategory? Category { get; set; }

    public bool IsComplex { get; set; }

    public string? LoanReference { get; set; }

    public List<string> CollectorIds { get; set; } = [];

    public string? Summary { get; set; }
}
