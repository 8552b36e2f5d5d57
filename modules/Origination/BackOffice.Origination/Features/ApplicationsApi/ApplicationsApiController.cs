using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Features.ConfirmContract;
using BackOffice.Origination.Features.DealerApplications;
using BackOffice.Origination.Features.QuoteLoan;
using BackOffice.Origination.Features.SubmitApplication;
using BackOffice.Origination.Features.WithdrawApplication;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Origination.Features.ApplicationsApi;

/// <summary>The dealer's side of origination. The dealer is read from the token only.</summary>
[ApiController]
[Route("api/v1")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class ApplicationsApiController(ISender sender) : ControllerBase
{
    private const string IdempotencyKeyHeader = "Idempotency-Key";

    private const string LostRace =
        "Another request changed the application at the same moment (a withdrawal and a contract confirmation met) and won; " +
        "nothing this request asked was saved. The problem's code says why. GET the application to see its status now before deciding what to send.";

    /// <summary>Prices a deal without applying: installment, total interest, fees, total cost and the APR.</summary>
    [HttpPost("quotes")]
    [Authorize(Policy = ApiScopes.ApplicationsRead)]
    [ProducesResponseType<QuoteDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<QuoteDto> Quote(QuoteLoanQuery quote, CancellationToken cancellationToken) =>
        await sender.Send(quote, cancellationToken);

    /// <summary>
    /// Submits an application and answers with the automated decision. Needs an Idempotency-Key header: a retry
    /// with the same key and body returns the first answer; the same key with another body is 422.
    /// </summary>
    [HttpPost("applications")]
    [Authorize(Policy = ApiScopes.ApplicationsWrite)]
    [ProducesResponseType<ApplicationDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ApplicationDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json",
        Description = "Another request with the same Idempotency-Key was processed at the same moment; nothing of this one was saved. Retry with the same key and body: the answer is the application stored by the other.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<IActionResult> Submit(
        SubmitApplicationCommand application,
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 100)
        {
            throw RequestValidationException.For(
                IdempotencyKeyHeader, "Send an Idempotency-Key header (1 to 100 characters) that is unique to this application.");
        }

        var result = await sender.Send(application with { DealerId = Dealer, IdempotencyKey = idempotencyKey }, cancellationToken);
        Response.Headers["Idempotent-Replayed"] = result.Replayed ? "true" : "false";
        return result.Replayed
            ? Ok(result.Application)
            : CreatedAtAction(nameof(Get), new { id = result.Application.Id }, result.Application);
    }

    [HttpGet("applications/{id:guid}")]
    [Authorize(Policy = ApiScopes.ApplicationsRead)]
    [ProducesResponseType<ApplicationDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ApplicationDto> Get(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new DealerApplicationQuery(Dealer, id), cancellationToken);

    [HttpGet("applications")]
    [Authorize(Policy = ApiScopes.ApplicationsRead)]
    [ProducesResponseType<PagedResult<ApplicationDto>>(StatusCodes.Status200OK)]
    public async Task<PagedResult<ApplicationDto>> List(ApplicationStatus? status, int page = 1, CancellationToken cancellationToken = default) =>
        await sender.Send(new DealerApplicationsQuery(Dealer, status, page), cancellationToken);

    [HttpPost("applications/{id:guid}/withdraw")]
    [Authorize(Policy = ApiScopes.ApplicationsWrite)]
    [ProducesResponseType<ApplicationDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json", Description = LostRace)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<ApplicationDto> Withdraw(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new WithdrawApplicationCommand(Dealer, id), cancellationToken);

    /// <summary>The borrower signed the contract of the approved offer: the loan is booked (once).</summary>
    [HttpPost("applications/{id:guid}/contract")]
    [Authorize(Policy = ApiScopes.ApplicationsWrite)]
    [ProducesResponseType<ApplicationDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json", Description = LostRace)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<ApplicationDto> ConfirmContract(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new ConfirmContractCommand(Dealer, id), cancellationToken);

    private Guid Dealer => User.FindDealerId() ?? throw new NotFoundException("Dealer");
}
