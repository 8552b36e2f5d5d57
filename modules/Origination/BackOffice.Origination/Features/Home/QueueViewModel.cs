using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Origination.Domain.Applications;

namespace BackOffice.Origination.Features.Home;

/// <summary>The queue page: one page of rows, the filters as chosen, and the product codes to filter by.</summary>
internal sealed record QueueViewModel(
    PagedResult<QueueRow> Rows, ApplicationStatus Status, string? Search, string? Product, IReadOnlyList<string> ProductCodes);
