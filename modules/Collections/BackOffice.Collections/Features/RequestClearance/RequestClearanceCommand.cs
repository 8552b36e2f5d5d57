using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.RequestClearance;

/// <summary>
/// A collector asks the guard before a call, SMS, letter or visit — and a care agent before reaching out to a borrower,
/// delinquent or not. The answer is stored either way: allowed (single use, expiring) or blocked with every rule in
/// words; a block is reported to Compliance. A letter or SMS may name its template; the clearance then sends only that
/// one (after a cease request a letter must name a notice the law allows).
/// </summary>
internal sealed record RequestClearanceCommand(
    Guid LoanId, string CollectorId, Guid ContactPointId, ContactMethod Method, DateTimeOffset? PlannedAt, string? SecondCollectorId,
    string? TemplateKey = null, ContactPurpose Purpose = ContactPurpose.Collection)
    : ICommand<ClearanceDto>;

internal sealed class RequestClearanceHandler(
    CollectionsDbContext db, GuardFactsReader reader, IOptions<ConductPolicy> policy, TimeProvider clock)
    : ICommandHandler<RequestClearanceCommand, ClearanceDto>
{
    // Collectors and care agents asking at once for the last allowed call: the debtor's version lets one allowed decision
    // through; the others are decided again by the unit of work, see that clearance, and are blocked. Only an allowed
    // clearance counts against a limit, so only it marks the debtor: blocked answers do not race each other (when
    // they did, twenty at once ran out of re-runs and some ended in a conflict instead of their blocked answer).
    public async ValueTask<ClearanceDto> Handle(RequestClearanceCommand command, CancellationToken cancellationToken)
    {
        var (account, debtor) = command.Purpose == ContactPurpose.Care
            ? (null, await reader.DebtorAsync(command.LoanId, cancellationToken))
            : await reader.AccountOfAsync(command.LoanId, command.CollectorId, manager: false, cancellationToken);
        var contact = debtor.Contacts.FirstOrDefault(c => c.Id == command.ContactPointId)
            ?? throw RequestValidationException.For(nameof(command.ContactPointId), "Choose one of the borrower's numbers or addresses.");
        if ((contact.Kind == ContactPointKind.Phone) != (command.Method is ContactMethod.Call or ContactMethod.Sms))
        {
            throw RequestValidationException.For(nameof(command.Method), "Calls and SMS go to a number; letters and visits to an address.");
        }

        if (command.Purpose == ContactPurpose.Care && (contact.Party != Party.Debtor || command.Method != ContactMethod.Call))
        {
            throw RequestValidationException.For(nameof(command.ContactPointId), "The care team calls the borrower on the borrower's own numbers.");
        }

        var template = string.IsNullOrEmpty(command.TemplateKey) ? null : command.TemplateKey;
        if (template is not null && (command.Method is not (ContactMethod.Sms or ContactMethod.Letter)
            || MessageTemplates.All.All(t => t.Key != template)))
        {
            throw RequestValidationException.For(nameof(command.TemplateKey), "Name an approved template, for an SMS or a letter.");
        }

        var now = clock.GetUtcNow();
        var request = new ContactRequest(
            command.CollectorId, contact.Party, contact.Party == Party.ThirdParty ? contact.Id : null, command.Method, contact.Value,
            command.PlannedAt ?? now, command.SecondCollectorId, command.Purpose, contact.Origin, template);
        if (request.PlannedAt < now.AddMinutes(-1))
        {
            throw RequestValidationException.For(nameof(command.PlannedAt), "A clearance is for now or later.");
        }

        var refusals = ConductGuard.Check(request, await reader.FactsAsync(account, debtor, request, cancellationToken), policy.Value);
        var clearance = new Clearance(debtor.LoanId, request, refusals, now, policy.Value.ClearanceLifetime);
        db.Clearances.Add(clearance);
        if (clearance.Allowed)
        {
            debtor.Touch();
        }
        foreach (var refusal in refusals)
        {
            db.Publish(new ContactBlockedIntegrationEvent(
                clearance.Id, command.CollectorId, command.Method, refusal.Rule, debtor.LoanNumber) { OccurredAt = now });
        }

        return new ClearanceDto(clearance.Id, clearance.Allowed, clearance.Refusals, clearance.ExpiresAt, clearance.Method, clearance.Destination);
    }
}
