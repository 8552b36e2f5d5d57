using BackOffice.BuildingBlocks.Web;

namespace BackOffice.Collections.Features.Home;

/// <summary>
/// A collector's accounts by priority; or, for a manager, the unassigned accounts, the queues, the collectors to
/// assign to, the visits waiting for a decision and the contacts the guard blocked.
/// </summary>
internal sealed record CollectionsHome(
    IReadOnlyList<QueuedAccount> Accounts,
    IReadOnlyList<QueueCount> Queues,
    IReadOnlyList<BlockedContact> Blocked,
    IReadOnlyList<StaffMember> Collectors,
    IReadOnlyList<VisitToDecide> VisitsToDecide);
