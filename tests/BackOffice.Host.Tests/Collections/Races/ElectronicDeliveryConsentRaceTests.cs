using BackOffice.Collections.Domain;
using BackOffice.Collections.Features.RecordChoice;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Host.Tests.Collections.Races;

/// <summary>A borrower's consent to electronic delivery recorded by twenty at once: one consent, one date, the rest told so.</summary>
public sealed class ElectronicDeliveryConsentRaceTests
{
    private const int Twenty = 20;

    [Fact]
    public async Task Twenty_recordings_of_the_electronic_delivery_consent_at_once_record_it_once_and_refuse_the_rest()
    {
        await using var factory = new BusinessClockFactory(new Dictionary<string, string?> { ["PolicyPack"] = "US" });
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var now = factory.Clock.GetUtcNow();

        var answers = await AtOnce.SendAsync(
            factory.Services, Twenty, _ => new RecordChoiceCommand(loan.Id, collectorId, false, ChoiceKind.ElectronicDeliveryConsent, null, null, null, ChoiceChannel.Email));

        Assert.Single(answers, a => a.Succeeded);
        Assert.All(answers.Where(a => !a.Succeeded), a => Assert.Equal("e-delivery-consent-recorded", a.RefusalCode));
        var consent = await CollectionsHost.WithCollectionsAsync(factory, async db =>
            (await db.Debtors.AsNoTracking().SingleAsync(d => d.LoanId == loan.Id, TestContext.Current.CancellationToken))
                .Choices.ElectronicDeliveryConsentAt);
        Assert.Equal(now, consent);
    }
}
