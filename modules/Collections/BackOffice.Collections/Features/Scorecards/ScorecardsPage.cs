using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Collections.Features.Scorecards;

internal sealed record ScorecardsPage(IReadOnlyList<CollectorScore> Collectors, IReadOnlyList<AgencyScore> Agencies);
