using BackOffice.BuildingBlocks.Web;
using BackOffice.Servicing.Domain;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing;

/// <summary>Late fees, buckets, early warning, plan limits and the close of business, for the administrators' policy page.</summary>
internal sealed class ServicingPolicyDescription(IOptions<ServicingPolicy> policy, IOptions<CloseOfBusinessOptions> closeOfBusiness)
    : IPolicyDescription
{
    public IEnumerable<PolicySetting> Describe() =>
        [.. PolicySettings.Of("Servicing", ServicingPolicy.SectionName, policy.Value),
            .. PolicySettings.Of("Servicing", CloseOfBusinessOptions.SectionName, closeOfBusiness.Value)];
}
