using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections;

/// <summary>The conduct guard's values, the placement strategy and visits, for the administrators' policy page.</summary>
internal sealed class CollectionsPolicyDescription(
    IOptions<ConductPolicy> conduct, IOptions<CollectionStrategy> strategy, IOptions<VisitOptions> visits) : IPolicyDescription
{
    public IEnumerable<PolicySetting> Describe() =>
    [
        .. PolicySettings.Of("Collections", ConductPolicy.SectionName, conduct.Value),
        .. PolicySettings.Of("Collections", CollectionStrategy.SectionName, strategy.Value),
        .. PolicySettings.Of("Collections", VisitOptions.SectionName, visits.Value),
    ];
}
