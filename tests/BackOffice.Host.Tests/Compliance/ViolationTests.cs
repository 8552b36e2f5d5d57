using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Compliance;

/// <summary>One register fed by every source, each entry reviewed once.</summary>
public sealed class ViolationTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    public static TheoryData<string> Sources =>
        [nameof(ViolationSource.BlockedAttempt), nameof(ViolationSource.Override), nameof(ViolationSource.LanguageFlag)];

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Each_collections_source_enters_the_register_once_however_often_it_is_delivered(string source)
    {
        var id = Guid.NewGuid();
        IntegrationEvent fact = source switch
        {
            nameof(ViolationSource.BlockedAttempt) => new ContactBlockedIntegrationEvent(
                id, "collector-x", ContactMethod.Call, "CN.quiet-hours", "LOAN-7") { OccurredAt = DateTimeOffset.UtcNow },
            nameof(ViolationSource.Override) => new OverrideGrantedIntegrationEvent(
                id, "collector-x", "manager-y", "CN.call-frequency",
                "borrower asked for a call back", "LOAN-7") { OccurredAt = DateTimeOffset.UtcNow },
            _ => new ConductFlagRaisedIntegrationEvent(
                id, "collector-x", "threat", "we know where you live", "LOAN-7") { OccurredAt = DateTimeOffset.UtcNow },
        };

        await PublishAsync(fact);
        await PublishAsync(fact);

        await using var scope = factory.Services.CreateAsyncScope();
        var violations = await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().Violations
            .Where(v => v.SourceId == id).ToListAsync(TestContext.Current.CancellationToken);
        var violation = Assert.Single(violations);
        Assert.Equal(source, violation.Source.ToString());
        Assert.Equal(ViolationStatus.Open, violation.Status);
    }

    [Fact]
    public async Task A_dismissal_needs_a_reason_and_a_confirmation_counts_in_the_trend()
    {
        var blocked = new ContactBlockedIntegrationEvent(
            Guid.NewGuid(), "collector-trend", ContactMethod.Call, "CN.quiet-hours", "LOAN-8") { OccurredAt = DateTimeOffset.UtcNow };
        var flagged = new ConductFlagRaisedIntegrationEvent(
            Guid.NewGuid(), "collector-trend", "insult", "…", "LOAN-8") { OccurredAt = DateTimeOffset.UtcNow };
        await PublishAsync(blocked);
        await PublishAsync(flagged);
        var officer = StaffClient.For(factory);
        await officer.SignInAsync(DemoStaff.Compliance);

        var page = await officer.GetPageAsync("/compliance/Violations?status=Open");
        var refused = await officer.FollowAsync(await officer.SubmitAsync(
            page, "tr[data-rule='insult'] form.dismiss", new Dictionary<string, string> { ["reason"] = "" }));
        Assert.Contains("Say why", refused.QuerySelector("#error-message")!.TextContent, StringComparison.Ordinal);
        await officer.SubmitAsync(page, "tr[data-rule='CN.quiet-hours'] form.confirm");

        var trend = (await officer.GetPageAsync("/compliance/Violations")).QuerySelectorAll("#by-collector tbody tr")
            .Single(r => r.Children[0].TextContent == "collector-trend");
        Assert.Equal(["collector-trend", "1", "1", "0"], trend.Children.Select(c => c.TextContent));
    }

    private async Task PublishAsync(IntegrationEvent fact)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish((object)fact, TestContext.Current.CancellationToken);
    }
}
