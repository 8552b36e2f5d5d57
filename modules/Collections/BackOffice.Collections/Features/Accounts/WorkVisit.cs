using BackOffice.Collections.Domain;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>The account's latest field visit; while it is open no other may be asked for.</summary>
internal sealed record WorkVisit(VisitStatus Status, DateOnly? VisitFrom, bool RepossessionAllowed, bool IsOpen);
