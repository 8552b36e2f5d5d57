namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>One page of a long list, with what a pager needs.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int PageCount => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

public static class Paging
{
    public const int DefaultPageSize = 20;

    /// <summary>Reads one page of an ordered query; a page number below 1 reads the first.</summary>
    public static async Task<PagedResult<T>> ToPageAsync<T>(
        this IQueryable<T> ordered, int page, CancellationToken cancellationToken, int pageSize = DefaultPageSize)
    {
        page = Math.Max(1, page);
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(ordered, cancellationToken);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            ordered.Skip((page - 1) * pageSize).Take(pageSize), cancellationToken);
        return new PagedResult<T>(items, page, pageSize, total);
    }
}
