using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Contracts;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Host.Tests.Compliance;

/// <summary>CN keeps records at least 2 years: retention never removes one inside that, and what stays still verifies.</summary>
public sealed class AuditRetentionTests(AuditRetentionTests.Factory factory) : IClassFixture<AuditRetentionTests.Factory>
{
    public sealed class Factory : BackOfficeFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

        protected override void ConfigureServices(IServiceCollection services)
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.Remove(services.Single(d => d.ImplementationType == typeof(AuditRetentionWorker)));
        }
    }

    [Fact]
    public async Task Entries_leave_only_after_two_years_and_the_rest_of_the_chain_still_verifies()
    {
        var audit = factory.Services.GetRequiredService<IAuditTrail>();
        await audit.RecordAsync(new AuditRecord("test.old", "officer", "record:1"), TestContext.Current.CancellationToken);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await audit.RecordAsync(new AuditRecord("test.newer", "officer", "record:2"), TestContext.Current.CancellationToken);
        var oldest = await CountAsync(e => e.OccurredAt == new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.True(oldest >= 1);

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await RetainAsync());

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 1, 0, 0, 1, TimeSpan.Zero));
        Assert.Equal(oldest, await RetainAsync());
        Assert.Equal(0, await CountAsync(e => e.Action == "test.old"));
        Assert.Equal(1, await CountAsync(e => e.Action == "test.newer"));

        await audit.RecordAsync(new AuditRecord("test.after-pruning", "officer", "record:3"), TestContext.Current.CancellationToken);
        var check = await VerifyAsync();
        Assert.True(check.IsIntact, check.Problem);
        Assert.Equal(2, check.EntriesChecked);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().Database
                .ExecuteSqlRawAsync("UPDATE compliance_AuditEntries SET Actor = 'someone else' WHERE Action = 'test.newer'",
                    TestContext.Current.CancellationToken);
        }

        Assert.False((await VerifyAsync()).IsIntact);
    }

    private async Task<int> RetainAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(
            new ApplyAuditRetentionCommand(), TestContext.Current.CancellationToken);
    }

    private async Task<AuditTrailVerification> VerifyAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new VerifyAuditTrailQuery(), TestContext.Current.CancellationToken);
    }

    private async Task<int> CountAsync(System.Linq.Expressions.Expression<Func<global::BackOffice.Compliance.Domain.AuditEntry, bool>> filter)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().AuditEntries
            .CountAsync(filter, TestContext.Current.CancellationToken);
    }
}
