using System.Text.Json;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Domain.Identification;
using BackOffice.Origination.Domain.Products;
using BackOffice.Origination.Domain.Underwriting;
using BackOffice.Origination.Features.ApplicationsApi;
using BackOffice.Origination.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Origination.Features.SubmitApplication;

/// <summary>
/// Decides and stores an application, its decision event and the answer under its Idempotency-Key in one
/// transaction. A retry with the same key replays the stored answer; a request that raced another with the
/// same key loses on the key's uniqueness and is told so (409), and stores nothing.
/// </summary>
internal sealed class SubmitApplicationHandler(
    OriginationDbContext db,
    IOptions<UnderwritingPolicy> policy,
    ApplicationPresenter presenter,
    TimeProvider clock) : ICommandHandler<SubmitApplicationCommand, SubmissionResult>
{
    private const string DefaultTimeZone = "Asia/Shanghai";

    public async ValueTask<SubmissionResult> Handle(SubmitApplicationCommand command, CancellationToken cancellationToken)
    {
        var bodyHash = command.BodyHash();
        if (await FindAnswerAsync(command, cancellationToken) is { } earlier)
        {
            return Replay(earlier, bodyHash);
        }

        var now = clock.GetUtcNow();
        var application = await DecideAsync(command, now, cancellationToken);
        var answer = presenter.ToDto(application);
        db.Applications.Add(application);
        db.Publish(new ApplicationDecidedIntegrationEvent(
            application.Id, application.DealerId, application.AutomatedDecision, LoanApplication.Automated, application.PolicyVersion,
            [.. application.RuleResults.Where(r => r.Outcome != RuleOutcome.Pass).Select(r => r.Code)])
        { OccurredAt = now });
        db.IdempotentSubmissions.Add(new IdempotentSubmission(command.DealerId, command.IdempotencyKey, bodyHash, application.Id,
            JsonSerializer.Serialize(answer, OriginationJson.Options), now));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException taken) when (UniqueKeys.Violated(taken))
        {
            db.ChangeTracker.Clear();
            if (!await KeyTakenAsync(command, cancellationToken))
            {
                throw;
            }

            throw new ConflictException("idempotency-key-in-flight",
                "Another request with this Idempotency-Key was processed at the same moment; retry to receive its answer.");
        }

        return new SubmissionResult(answer, Replayed: false);
    }

    private async Task<LoanApplication> DecideAsync(SubmitApplicationCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var product = ProductCatalogue.Find(command.ProductCode)!;
        var a = command.Applicant!;
        var e = command.Employment!;
        var v = command.Vehicle!;
        var idNumber = a.IdNumber!.Trim().ToUpperInvariant();
        var vin = Vin.Normalise(v.Vin!);
        var applicant = new Applicant(
            a.FullName!.Trim(), a.IdType!.Value, idNumber, a.DateOfBirth!.Value, PhoneNumberFormat.ToE164(a.Phone)!, a.Address!.Trim(),
            a.TimeZone ?? DefaultTimeZone);
        var employment = new Employment(
            e.EmployerName?.Trim() ?? "", e.EmploymentType!.Value, e.GrossMonthlyIncome!.Value, e.MonthlyDebtPayments!.Value);
        var vehicle = new Vehicle(vin, v.Make!.Trim(), v.Model!.Trim(), v.Year!.Value, v.Price!.Value, v.Condition!.Value);

        var (sameApplicant, sameVehicle) = await db.CountConflictsAsync(idNumber, vin, excluding: null, cancellationToken);
        var facts = new ApplicationFacts(
            DateOnly.FromDateTime(now.UtcDateTime), applicant.DateOfBirth, employment.GrossMonthlyIncome, employment.MonthlyDebtPayments,
            vehicle.Price, vehicle.Year, command.RequestedAmount!.Value, command.TermMonths!.Value, product, sameApplicant, sameVehicle);
        var decision = Underwriter.Decide(facts, policy.Value);
        return LoanApplication.Submit(Guid.CreateVersion7(), command.DealerId, product, applicant, employment, vehicle,
            command.DownPayment!.Value, facts.Amount, facts.TermMonths, decision, now);
    }

    private Task<IdempotentSubmission?> FindAnswerAsync(SubmitApplicationCommand command, CancellationToken cancellationToken) =>
        db.IdempotentSubmissions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.DealerId == command.DealerId && s.Key == command.IdempotencyKey, cancellationToken);

    private async Task<bool> KeyTakenAsync(SubmitApplicationCommand command, CancellationToken cancellationToken) =>
        await FindAnswerAsync(command, cancellationToken) is not null;

    private static SubmissionResult Replay(IdempotentSubmission earlier, string bodyHash) =>
        earlier.RequestHash == bodyHash
            ? new SubmissionResult(JsonSerializer.Deserialize<ApplicationDto>(earlier.Response, OriginationJson.Options)!, Replayed: true)
            : throw new BusinessRuleException("idempotency-key-reused",
                "This Idempotency-Key was already used for a different request; use a new key for a new application.");
}
