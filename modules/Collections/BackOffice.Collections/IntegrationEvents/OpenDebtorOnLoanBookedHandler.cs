using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Persistence;
using BackOffice.Origination.Contracts;
using BackOffice.Servicing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.IntegrationEvents;

/// <summary>Keeps the borrower's name, time zone, region, number and address from the booking, for the day the loan falls behind.</summary>
internal sealed class OpenDebtorOnLoanBookedHandler(CollectionsDbContext context, TimeProvider clock)
    : IntegrationEventHandler<LoanBookedIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(LoanBookedIntegrationEvent booked, CancellationToken cancellationToken)
    {
        if (await Context.Debtors.AnyAsync(d => d.LoanId == booked.LoanId, cancellationToken))
        {
            return;
        }

        var debtor = new Debtor(
            booked.LoanId, LoanNumbers.For(booked.LoanId, booked.BookedOn), booked.Borrower.FullName, booked.Borrower.TimeZone, booked.Borrower.Region);
        debtor.AddContact(Party.Debtor, booked.Borrower.FullName, "borrower", ContactPointKind.Phone, booked.Borrower.Phone, ContactOrigin.Application);
        debtor.AddContact(Party.Debtor, booked.Borrower.FullName, "borrower", ContactPointKind.Address, booked.Borrower.Address, ContactOrigin.Application);
        Context.Debtors.Add(debtor);
    }
}
