using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Origination.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Origination.Features.DealersApi;

[ApiController]
[Route("api/v1/dealers")]
public sealed class DealersApiController(ISender sender) : ControllerBase
{
    /// <summary>The dealer the calling token speaks for.</summary>
    [HttpGet("me")]
    [Authorize(Policy = ApiScopes.ApplicationsRead)]
    [ProducesResponseType<DealerDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<DealerDto> Me(CancellationToken cancellationToken)
    {
        var dealerId = User.FindDealerId() ?? throw new NotFoundException("Dealer");
        return await sender.Send(new DealerQuery(dealerId), cancellationToken) ?? throw new NotFoundException("Dealer");
    }
}
