using BackOffice.Collections.Domain.Conduct.Screening;

namespace BackOffice.Collections.Features.LogContact;

internal sealed record LogContactResult(bool Logged, Guid LoanId, IReadOnlyList<ScreeningFlag> Flags);
