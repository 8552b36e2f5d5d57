using BackOffice.Origination.Domain.Applications;

namespace BackOffice.Origination.Features.Applications;

internal sealed record ApplicationFile(LoanApplication Application, string DealerName, IReadOnlyList<RuleLine> Rules)
{
    public bool CanDecide => Application.Status == ApplicationStatus.Referred;
}
