namespace BackOffice.Collections.Features.Home;

/// <summary>A field visit a collector asked for, waiting for a manager's decision.</summary>
internal sealed record VisitToDecide(Guid Id, Guid LoanId, string RequestedBy, string Reason);
