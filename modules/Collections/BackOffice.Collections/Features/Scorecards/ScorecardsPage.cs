namespace BackOffice.Collections.Features.Scorecards;

internal sealed record ScorecardsPage(IReadOnlyList<CollectorScore> Collectors, IReadOnlyList<AgencyScore> Agencies);
