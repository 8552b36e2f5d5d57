using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Origination.Contracts;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.IntegrationEvents;

/// <summary>
/// Opens the loan account when Origination books a loan. The inbox makes a redelivered event a no-op; the
/// loan id (unique) guards against the same booking arriving under another event id.
/// </summary>
internal sealed class OpenLoanAccountOnLoanBookedHandler(ServicingDbContext context, IOptions<ServicingPolicy> policy, TimeProvider clock)
    : IntegrationEventHandler<LoanBookedIntegrationEvent, ServicingDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(LoanBookedIntegrationEvent booked, CancellationToken cancellationToken)
    {
        if (await Context.Loans.AnyAsync(l => l.Id == booked.LoanId, cancellationToken))
        {
            return;
        }

        var method = Enum.Parse<Domain.InterestMethod>(booked.InterestMethod.ToString());
        var terms = new LoanTerms(
            booked.LoanId, LoanNumbers.For(booked.LoanId, booked.BookedOn), booked.ApplicationId, booked.DealerId,
            booked.ProductCode, booked.Currency,
            booked.Principal, booked.AnnualRate, method, booked.TermMonths, booked.Apr, booked.BookedOn, booked.FirstDueDate,
            booked.Fees);
        var person = booked.Borrower;
        var borrower = new Borrower(
            person.FullName, person.IdType.ToString(), person.IdNumber, person.Phone, person.Address, person.TimeZone, person.MonthlyIncome);
        var vehicle = new Vehicle(booked.Vehicle.Vin, booked.Vehicle.Make, booked.Vehicle.Model, booked.Vehicle.Year);
        Context.Loans.Add(LoanAccount.Open(terms, borrower, vehicle, policy.Value));
    }
}
