using BackOffice.Servicing.Features.Payments;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Servicing.Features.PaymentsApi;

/// <summary>Payments from a payment gateway's client (scope payments:write).</summary>
[ApiController]
[Route("api/v1/payments")]
[Authorize(Policy = ApiScopes.PaymentsWrite)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class PaymentsApiController(ISender sender) : ControllerBase
{
    /// <summary>
    /// Posts a payment. The external reference makes it idempotent: the same reference, loan, amount and date
    /// answer 200 with the payment already posted; the same reference with anything else is 422.
    /// </summary>
    [HttpPost]
    [ProducesResponseType<PaymentDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<PaymentDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json",
        Description = "The loan kept changing under the posting (many payments to it at the same moment); nothing was saved. " +
            "Post it again with the same external reference: a payment already posted is answered, never posted twice.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<IActionResult> Post(GatewayPayment payment, CancellationToken cancellationToken)
    {
        var client = User.FindFirst("sub")?.Value ?? "gateway";
        var posted = await sender.Send(
            new PostPaymentCommand(payment.LoanNumber ?? "", payment.ExternalReference ?? "", payment.Amount, payment.ValueDate,
                PaymentChannel.Gateway, client),
            cancellationToken);
        return posted.Replayed ? Ok(posted.Payment) : StatusCode(StatusCodes.Status201Created, posted.Payment);
    }
}
