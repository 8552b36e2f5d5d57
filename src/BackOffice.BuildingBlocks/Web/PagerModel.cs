namespace BackOffice.BuildingBlocks.Web;

/// <summary>What the shared _Pager partial needs; it keeps the other query-string values of the page.</summary>
public sealed record PagerModel(int Page, int PageCount, int TotalCount);
