using BackOffice.Servicing.Features.Shared;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Payments;

/// <summary>Reverses a returned payment; the payments after it are applied again.</summary>
internal sealed record ReversePaymentCommand(Guid PaymentId, string Reason, string By) : ICommand<Guid>;

internal sealed class ReversePaymentValidator : AbstractValidator<ReversePaymentCommand>
{
    public ReversePaymentValidator() => RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the payment is reversed.").MaximumLength(400);
}

internal sealed class ReversePaymentHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy, TimeProvider clock)
    : ICommandHandler<ReversePaymentCommand, Guid>
{
    public async ValueTask<Guid> Handle(ReversePaymentCommand command, CancellationToken cancellationToken)
    {
        var loanId = await db.Payments.Where(p => p.Id == command.PaymentId).Select(p => (Guid?)p.LoanId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Payment");
        var loan = await db.WholeLoans.FirstAsync(l => l.Id == loanId, cancellationToken);
        var before = loan.ArrearsFigures;
        FieldRefusal.Beside(
            () => loan.Reverse(command.PaymentId, command.Reason, command.By, clock.GetUtcNow(), policy.Value),
            (LoanRefusals.ReversalUnexplained, nameof(command.Reason)));
        var payment = loan.Payments.Single(p => p.Id == command.PaymentId);
        db.Publish(new PaymentReversedIntegrationEvent(loan.Id, loan.LoanNumber, payment.Id, payment.ExternalReference, payment.Amount,
            payment.ReversalReason!, command.By)
        { OccurredAt = clock.GetUtcNow() });
        ArrearsNews.PublishIfChanged(db, loan, before, clock.GetUtcNow());
        return loan.Id;
    }
}
