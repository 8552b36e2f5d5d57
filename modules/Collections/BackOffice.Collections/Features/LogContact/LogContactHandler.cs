using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Domain.Conduct.Screening;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.LogContact;

internal sealed class LogContactHandler(
    CollectionsDbContext db, IOptions<ScreeningLists> lists, IOptions<ConductPolicy> policy, TimeProvider clock)
    : ICommandHandler<LogContactCommand, LogContactResult>
{
    public async ValueTask<LogContactResult> Handle(LogContactCommand command, CancellationToken cancellationToken)
    {
        var clearance = await db.Clearances
            .FirstOrDefaultAsync(c => c.Id == command.ClearanceId && c.CollectorId == command.CollectorId, cancellationToken)
            ?? throw new NotFoundException("Clearance");
        // A care-team contact may be on a loan that is not in collections: no account, the debtor alone.
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.LoanId == clearance.LoanId, cancellationToken);
        var debtor = await db.Debtors.FirstAsync(d => d.LoanId == clearance.LoanId, cancellationToken);
        var now = clock.GetUtcNow();
        var flags = LanguageScreen.Check(command.Note, lists.Value);
        if (flags.Count > 0)
        {
            foreach (var flag in flags)
            {
                db.Publish(new ConductFlagRaisedIntegrationEvent(
                    clearance.Id, command.CollectorId, flag.Rule, Excerpt(command.Note!),
                    debtor.LoanNumber) { OccurredAt = now });
            }

            return new LogContactResult(false, clearance.LoanId, flags);
        }

        if (command.Outcome == ContactOutcome.Pending)
        {
            throw RequestValidationException.For(nameof(command.Outcome), "Say what came of the contact.");
        }

        if (command.Outcome == ContactOutcome.PromiseToPay
            && (command.PromisedAmount is not > 0m || command.PromisedFor is null || command.PromisedFor < DateOnly.FromDateTime(now.UtcDateTime)))
        {
            throw RequestValidationException.For(nameof(command.PromisedAmount), "A promise to pay needs an amount and a date from today on.");
        }

        var visit = clearance.Method == ContactMethod.Visit
            ? await db.Visits.FirstOrDefaultAsync(v => v.LoanId == clearance.LoanId && v.Status == VisitStatus.NoticeSent, cancellationToken)
            : null;
        if (command.Outcome == ContactOutcome.VehicleRepossessed && visit?.RepossessionAllowed != true)
        {
            throw new BusinessRuleException("repossession-not-approved", "Repossession needs a visit whose approval allowed it.");
        }

        clearance.Use(command.CollectorId, now);
        visit?.Complete(command.Outcome.Code());
        if (command.Outcome == ContactOutcome.VehicleRepossessed)
        {
            db.Publish(new VehicleRepossessedIntegrationEvent(
                clearance.LoanId, visit!.Id, DateOnly.FromDateTime(now.UtcDateTime), visit.DecidedBy!) { OccurredAt = now });
            account?.Close(DateOnly.FromDateTime(now.UtcDateTime), "repossessed");
        }

        var attempt = new ContactAttempt(
            clearance, now, command.Outcome, command.Note, command.Consented, TimeZoneInfo.FindSystemTimeZoneById(debtor.TimeZone),
            command.IdentifiedCompanyAndSelf);
        var conversation = attempt.ToPast() is { Party: Party.Debtor, Connected: true };

        // CN pack: at the first conversation the collector states the company they collect for and who they are — the
        // positive side of the CN guidelines' ban on posing as police, courts or officials (domain.md); the log records it.
        if (!policy.Value.IsUnitedStates && conversation && debtor.FirstCommunicationAt is null && !command.IdentifiedCompanyAndSelf)
        {
            throw RequestValidationException.For(
                nameof(command.IdentifiedCompanyAndSelf),
                "The first conversation with the borrower: confirm that you told them the company's name and your own.");
        }

        db.Attempts.Add(attempt);
        ApplyOutcome(debtor, clearance, attempt, command, now);
        if (conversation)
        {
            debtor.Communicated(now);
        }

        db.Publish(new ContactAttemptLoggedIntegrationEvent(
            attempt.Id, attempt.LoanId, attempt.CollectorId, attempt.Method, attempt.Outcome.Code(), now) { OccurredAt = now });
        return new LogContactResult(true, clearance.LoanId, []);
    }

    private void ApplyOutcome(Debtor debtor, Clearance clearance, ContactAttempt attempt, LogContactCommand command, DateTimeOffset now)
    {
        switch (command.Outcome)
        {
            case ContactOutcome.PromiseToPay:
                db.Promises.Add(new PromiseToPay(
                    clearance.LoanId, attempt.Id, command.CollectorId, command.PromisedAmount!.Value, command.PromisedFor!.Value, now));
                break;
            case ContactOutcome.WrongNumber:
                debtor.Contacts.FirstOrDefault(c => c.Value == clearance.Destination)?.MarkInvalid();
                break;
            case ContactOutcome.Hardship:
                db.Publish(
                    new HardshipReferredIntegrationEvent(clearance.LoanId, command.CollectorId, command.Note?.Trim() ?? "") { OccurredAt = now });
                break;
            case ContactOutcome.DisputeRaised:
                debtor.Choose(c => c.Record(ChoiceKind.Dispute, new ChoiceAct(now, command.CollectorId, ChoiceChannels.Of(clearance.Method))));
                break;
            case ContactOutcome.Refused when clearance.Party == Party.ThirdParty && clearance.ThirdPartyId is { } refused:
                debtor.Choose(c => c.Record(
                    ChoiceKind.RefusedThirdParty, new ChoiceAct(now, command.CollectorId, ChoiceChannels.Of(clearance.Method)),
                    thirdPartyId: refused));
                break;
        }
    }

    private static string Excerpt(string note) => note.Length > 200 ? note[..200] : note;
}
