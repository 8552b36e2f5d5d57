using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Home;

public sealed record LoanRow(Guid Id, string LoanNumber, string Borrower, string Phone, string Vin, LoanStatus Status, string Bucket, int DaysPastDue, decimal OutstandingPrincipal, string Currency);
