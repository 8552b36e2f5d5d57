namespace BackOffice.Collections.Features.Scorecards;

/// <summary>A collector's month: conduct (contacts, blocks, overrides, upheld complaints) beside results (promises, money collected).</summary>
internal sealed record CollectorScore(
    string CollectorId,
    string Name,
    int Accounts,
    int Contacts,
    int Blocked,
    int Overridden,
    int ComplaintsUpheld,
    int PromisesKept,
    int PromisesBroken,
    decimal Collected);
