using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using BackOffice.Training.Features.ExpireCertifications;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Host.Tests.Training;

/// <summary>The daily run on the business clock: warn 30 days ahead, expire at the moment, tell the other modules.</summary>
public sealed class CertificationExpiryTests(CertificationExpiryTests.Factory factory) : IClassFixture<CertificationExpiryTests.Factory>
{
    public sealed class Factory : BackOfficeFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

        protected override void ConfigureServices(IServiceCollection services)
        {
            services.AddSingleton<TimeProvider>(Clock);
            // The test runs the daily job itself, at the moments it chooses.
            services.Remove(services.Single(d => d.ImplementationType == typeof(CertificationExpiryWorker)));
        }
    }

    [Fact]
    public async Task A_certification_is_warned_thirty_days_ahead_and_expires_at_its_moment()
    {
        const string collector = "collector-under-test";
        Guid id;
        DateTimeOffset expiresAt;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            var course = await db.Courses.FirstAsync(c => c.Code == "CONDUCT-CN", TestContext.Current.CancellationToken);
            var certification = Certification.Grant(collector, course, course.Channel, 1, factory.Clock.GetUtcNow(), new BackOffice.Training.Domain.CertificationTerm(12, TimeZoneInfo.Utc));
            db.Certifications.Add(certification);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            (id, expiresAt) = (certification.Id, certification.ExpiresAt);
        }

        factory.Clock.SetUtcNow(expiresAt.AddDays(-30));
        Assert.Equal(0, await RunAsync());
        Assert.Contains("expires on", string.Join(" ", await NoticesAsync(collector)), StringComparison.Ordinal);
        Assert.True(await CertifiedAsync(collector, expiresAt.AddTicks(-1)));

        factory.Clock.SetUtcNow(expiresAt.AddTicks(-1));
        Assert.Equal(0, await RunAsync());
        factory.Clock.SetUtcNow(expiresAt);
        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());

        Assert.False(await CertifiedAsync(collector, expiresAt));
        await using var check = factory.Services.CreateAsyncScope();
        var outbox = await check.ServiceProvider.GetRequiredService<TrainingDbContext>().OutboxMessages
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Single(outbox.Select(m => m.ToEvent()).OfType<CertificationExpiredIntegrationEvent>(), e => e.CertificationId == id);
    }

    private async Task<int> RunAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new ExpireCertificationsCommand(), TestContext.Current.CancellationToken);
    }

    private async Task<List<string>> NoticesAsync(string staffId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Notices
            .Where(n => n.StaffId == staffId).Select(n => n.Text)
            .ToListAsync(TestContext.Current.CancellationToken);
    }

    private async Task<bool> CertifiedAsync(string staffId, DateTimeOffset at)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new IsCollectorCertifiedQuery(staffId, ContactChannel.PhoneAndSms, at), TestContext.Current.CancellationToken);
    }
}
