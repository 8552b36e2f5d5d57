using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Loans;

/// <summary>A repayment plan on the loan page; who proposed and decided it by name.</summary>
internal sealed record PlanLine(PlanKind Kind, int Size, PlanStatus Status, string ProposedBy, string? DecidedBy, string Reason, string? Note);
