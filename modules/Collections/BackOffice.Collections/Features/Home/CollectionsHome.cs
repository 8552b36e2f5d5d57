using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Domain;

namespace BackOffice.Collections.Features.Home;

internal sealed record CollectionsHome(
    IReadOnlyList<CollectionAccount> Accounts, IReadOnlyList<QueueCount> Queues, IReadOnlyList<Clearance> Blocked, IReadOnlyList<StaffMember> Collectors,
    IReadOnlyList<FieldVisit> VisitsToDecide);
