using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.CloseOfBusiness;
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
public sealed record PostPaymentCommand(string LoanNumber, string ExternalReference, decimal Amount, DateOnly ValueDate, PaymentChannel Channel, string PostedBy)
    : ICommand<PostedPayment>;

public sealed record PostedPayment(PaymentDto Payment, bool Replayed);

/// <summary>A payment as the API and pages show it, with where its money went.</summary>
public sealed record PaymentDto(
    Guid Id, Guid LoanId, string LoanNumber, string ExternalReference, decimal Amount, DateOnly ValueDate, string Channel, bool Reversed,
    IReadOnlyList<AllocationDto> Allocations);

public sealed record AllocationDto(int? Installment, string Component, decimal Amount);

public sealed class PostPaymentValidator : AbstractValidator<PostPaymentCommand>
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

public sealed class PostPaymentHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy, TimeProvider clock) : ICommandHandler<PostPaymentCommand, PostedPayment>
{
    public async ValueTask<PostedPayment> Handle(PostPaymentCommand command, CancellationToken cancellationToken)
    {
        if (await PaymentViews.ByReferenceAsync(db, command.ExternalReference, cancellationToken) is { } earlier)
        {
            return Replay(command, earlier);
        }

        var loan = await db.WholeLoans.FirstOrDefaultAsync(l => l.LoanNumber == command.LoanNumber, cancellationToken)
            ?? throw RequestValidationException.For(nameof(command.LoanNumber), $"There is no loan {command.LoanNumber}.");
        var payment = loan.Post(command.ExternalReference, command.Amount, command.ValueDate, command.Channel, command.PostedBy, clock.GetUtcNow(), policy.Value);
        if (loan.Status == LoanStatus.PaidOff)
        {
            await PlanEnds.CompleteAsync(db, loan, cancellationToken);
        }

        db.Publish(new PaymentPostedIntegrationEvent(
            loan.Id, loan.LoanNumber, payment.Id, payment.ExternalReference, payment.Amount, payment.ValueDate, payment.Channel.ToString(), payment.PostedBy)
        { OccurredAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same reference posted at the same moment by another request: answer as a replay of that one.
            db.ChangeTracker.Clear();
            var winner = await PaymentViews.ByReferenceAsync(db, command.ExternalReference, cancellationToken);
            return winner is null ? throw new ConflictException("payment-conflict", "The loan changed while the payment was posted; post it again.") : Replay(command, winner);
        }

        return new PostedPayment(PaymentViews.ToDto(loan, payment), Replayed: false);
    }

    private static PostedPayment Replay(PostPaymentCommand command, PaymentDto earlier) =>
        earlier.LoanNumber == command.LoanNumber && earlier.Amount == command.Amount && earlier.ValueDate == command.ValueDate
            ? new PostedPayment(earlier, Replayed: true)
            : throw new BusinessRuleException("reference-used", $"Reference {command.ExternalReference} was already posted for another payment.");
}

internal static class PaymentViews
{
    public static async Task<PaymentDto?> ByReferenceAsync(ServicingDbContext db, string reference, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.ExternalReference == reference, cancellationToken);
        if (payment is null)
        {
            return null;
        }

        var loan = await db.WholeLoans.AsNoTracking().FirstAsync(l => l.Id == payment.LoanId, cancellationToken);
        return ToDto(loan, loan.Payments.Single(p => p.Id == payment.Id));
    }

    public static PaymentDto ToDto(LoanAccount loan, Payment payment) => new(
        payment.Id, loan.Id, loan.LoanNumber, payment.ExternalReference, payment.Amount, payment.ValueDate, payment.Channel.ToString(), payment.IsReversed,
        [.. loan.Allocations.Where(a => a.PaymentId == payment.Id).OrderBy(a => a.InstallmentNumber).ThenBy(a => a.Component)
            .Select(a => new AllocationDto(a.InstallmentNumber, a.Component.ToString(), a.Amount))]);
}

/// <summary>Plans end with the loan: paid off, the plan in force is completed.</summary>
internal static class PlanEnds
{
    public static async Task CompleteAsync(ServicingDbContext db, LoanAccount loan, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.LoanId == loan.Id && p.Status == PlanStatus.InForce, cancellationToken);
        plan?.Complete(loan.AsOf);
    }
}
