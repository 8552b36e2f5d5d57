using BackOffice.BuildingBlocks.Web;
using BackOffice.Origination.Domain.Underwriting;
using Microsoft.Extensions.Options;

namespace BackOffice.Origination;

/// <summary>The affordability limits underwriting decides with, for the administrators' policy page.</summary>
internal sealed class OriginationPolicyDescription(IOptions<UnderwritingPolicy> policy) : IPolicyDescription
{
    public IEnumerable<PolicySetting> Describe() => PolicySettings.Of("Origination", UnderwritingPolicy.SectionName, policy.Value);
}
