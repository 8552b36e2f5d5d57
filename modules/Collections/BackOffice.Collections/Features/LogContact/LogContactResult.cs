using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Features.LogContact;

internal sealed record LogContactResult(bool Logged, Guid LoanId, IReadOnlyList<ScreeningFlag> Flags);
