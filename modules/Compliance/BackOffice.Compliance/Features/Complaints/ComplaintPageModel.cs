using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Contracts;

namespace BackOffice.Compliance.Features.Complaints;

internal sealed record ComplaintPageModel(
    ComplaintDetails Complaint, IReadOnlyList<StaffMember> Collectors, string Me, IReadOnlyList<ContactAttemptDto> Attempts);
