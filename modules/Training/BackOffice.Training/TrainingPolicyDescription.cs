using BackOffice.BuildingBlocks.Web;
using BackOffice.Training.Domain;
using Microsoft.Extensions.Options;

namespace BackOffice.Training;

/// <summary>How long a certification lasts and when expiry is announced, for the administrators' policy page.</summary>
internal sealed class TrainingPolicyDescription(IOptions<TrainingPolicy> policy) : IPolicyDescription
{
    public IEnumerable<PolicySetting> Describe() => PolicySettings.Of("Training", TrainingPolicy.SectionName, policy.Value);
}
