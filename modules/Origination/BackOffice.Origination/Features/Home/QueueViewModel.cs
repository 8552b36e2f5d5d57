using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Origination.Domain.Applications;

namespace BackOffice.Origination.Features.Home;

internal sealed record QueueViewModel(PagedResult<QueueRow> Rows, ApplicationStatus Status, string? Search, string? Product);
