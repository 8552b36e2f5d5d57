using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Collections.Features.Scorecards;

public sealed record ScorecardsPage(IReadOnlyList<CollectorScore> Collectors, IReadOnlyList<AgencyScore> Agencies);
