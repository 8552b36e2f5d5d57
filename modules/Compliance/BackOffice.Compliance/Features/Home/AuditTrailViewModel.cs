using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Compliance.Contracts;

namespace BackOffice.Compliance.Features.Home;

internal sealed record AuditTrailViewModel(PagedResult<AuditTrailRow> Entries, AuditFilter Filter, AuditTrailVerification? Verification);
