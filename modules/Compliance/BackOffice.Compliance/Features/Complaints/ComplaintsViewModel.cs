using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Compliance.Domain;

namespace BackOffice.Compliance.Features.Complaints;

internal sealed record ComplaintsViewModel(PagedResult<ComplaintRow> Rows, ComplaintStatus Status, bool OverdueOnly, string? Search);
