using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Home;

internal sealed record LoanRow(Guid Id, string LoanNumber, string Borrower, string Phone, string Vin, LoanStatus Status, string Bucket,
    int DaysPastDue, decimal OutstandingPrincipal, string Currency);
