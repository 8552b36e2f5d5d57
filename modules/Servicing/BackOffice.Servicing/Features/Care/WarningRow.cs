using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Care;

internal sealed record WarningRow(Guid LoanId, string LoanNumber, string Borrower, string Phone, int Score, IReadOnlyList<string> Reasons,
    DateOnly Since);
