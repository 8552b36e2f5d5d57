using BackOffice.Compliance.Contracts;

namespace BackOffice.Compliance.Features.Home;

public sealed record AuditFilter(string? Search, string? Action, string? Actor, string? Subject, DateOnly? From, DateOnly? To)
{
    public AuditEntriesQuery ToQuery(int page, int pageSize = 20) => new(Search, page, Action, Actor, Subject,
        From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        To is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null, pageSize);
}
