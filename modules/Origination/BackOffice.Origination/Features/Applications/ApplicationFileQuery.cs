using BackOffice.BuildingBlocks.Errors;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Domain.Underwriting;
using BackOffice.Origination.Features.ApplicationsApi;
using BackOffice.Origination.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Features.Applications;

/// <summary>Everything an underwriter needs on one page: the file, every rule with the numbers behind it, the offer.</summary>
internal sealed record ApplicationFileQuery(Guid ApplicationId) : IQuery<ApplicationFile>;

internal sealed class ApplicationFileHandler(OriginationDbContext db, ApplicationPresenter presenter) : IQueryHandler<ApplicationFileQuery, ApplicationFile>
{
    public async ValueTask<ApplicationFile> Handle(ApplicationFileQuery query, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == query.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("Application");
        var dealer = await db.Dealers.AsNoTracking().Where(d => d.Id == application.DealerId).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var rules = application.RuleResults
            .Select(r => new RuleLine(r.Code, r.Outcome, r.Value, r.Limit, r.Outcome == RuleOutcome.Pass ? "" : presenter.Explain(r)))
            .ToList();
        return new ApplicationFile(application, dealer, rules);
    }
}
