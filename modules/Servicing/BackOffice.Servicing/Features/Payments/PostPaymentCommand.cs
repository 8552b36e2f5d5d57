using BackOffice.Servicing.Features.Shared;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Payments;

/// <summary>
/// Posts a payment to a loan. The external reference (bank or gateway) makes it idempotent: the same reference
/// with the same loan, amount and date returns the payment already posted; with anything else it is refused.
/// </summary>
internal sealed record PostPaymentCommand(
    string LoanNumber, string ExternalReference, decimal Amount, DateOnly ValueDate, PaymentChannel Channel, string PostedBy)
    : ICommand<PostedPayment>;

internal sealed class PostPaymentValidator : AbstractValidator<PostPaymentCommand>
{
    public PostPaymentValidator(BusinessCalendar calendar)
    {
        RuleFor(c => c.LoanNumber).NotEmpty().MaximumLength(20);
        RuleFor(c => c.ExternalReference).NotEmpty().MaximumLength(100)
            .Matches("^[A-Za-z0-9._:/-]+$").WithMessage("The reference may hold letters, digits and . _ : / - only.");
        RuleFor(c => c.Amount).GreaterThan(0m).LessThanOrEqualTo(100_000_000m).PrecisionScale(18, 2, ignoreTrailingZeros: true);
        RuleFor(c => c.ValueDate).Must(date => date <= calendar.Today).WithMessage("A payment cannot be dated in the future.");
    }
}

internal sealed class PostPaymentHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy, TimeProvider clock)
    : ICommandHandler<PostPaymentCommand, PostedPayment>
{
    public async ValueTask<PostedPayment> Handle(PostPaymentCommand command, CancellationToken cancellationToken)
    {
        if (await PaymentViews.ByReferenceAsync(db, command.ExternalReference, cancellationToken) is { } earlier)
        {
            return Replay(command, earlier);
        }

        var loan = await db.WholeLoans.FirstOrDefaultAsync(l => l.LoanNumber == command.LoanNumber, cancellationToken)
            ?? throw RequestValidationException.For(nameof(command.LoanNumber), $"There is no loan {command.LoanNumber}.");
        var before = loan.ArrearsFigures;
        var payment = FieldRefusal.Beside(
            () => loan.Post(
                command.ExternalReference, command.Amount, command.ValueDate, command.Channel, command.PostedBy, clock.GetUtcNow(), policy.Value),
            (LoanRefusals.PaymentNotPositive, nameof(command.Amount)),
            (LoanRefusals.PaymentDecimals, nameof(command.Amount)),
            (LoanRefusals.PaymentBeforeBooking, nameof(command.ValueDate)));
        if (loan.Status == LoanStatus.PaidOff)
        {
            await PlanEnds.CompleteAsync(db, loan, cancellationToken);
        }

        db.Publish(new PaymentPostedIntegrationEvent(
            loan.Id, loan.LoanNumber, payment.Id, payment.ExternalReference, payment.Amount, payment.ValueDate, payment.Channel, payment.PostedBy)
        { OccurredAt = clock.GetUtcNow() });
        ArrearsNews.PublishIfChanged(db, loan, before, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException taken) when (UniqueKeys.Violated(taken))
        {
            // The same reference posted at the same moment by another request: answer as a replay of that one.
            db.ChangeTracker.Clear();
            var winner = await PaymentViews.ByReferenceAsync(db, command.ExternalReference, cancellationToken);
            return winner is null
                ? throw new ConflictException("payment-conflict", "The loan changed while the payment was posted; post it again.")
                : Replay(command, winner);
        }

        return new PostedPayment(PaymentViews.ToDto(loan, payment), Replayed: false);
    }

    private static PostedPayment Replay(PostPaymentCommand command, PaymentDto earlier) =>
        earlier.LoanNumber == command.LoanNumber && earlier.Amount == command.Amount && earlier.ValueDate == command.ValueDate
            ? new PostedPayment(earlier, Replayed: true)
            : throw new BusinessRuleException("reference-used", $"Reference {command.ExternalReference} was already posted for another payment.");
}
