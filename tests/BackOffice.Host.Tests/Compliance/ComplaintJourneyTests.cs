using System.Net;
using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Compliance;

public sealed class ComplaintJourneyTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task A_night_call_complaint_is_investigated_upheld_and_the_collector_is_taken_off_the_phone_until_retrained()
    {
        var collectorId = await StaffIdAsync(DemoStaff.Collector);
        await CertifyAsync(collectorId);
        Assert.True(await IsCertifiedAsync(collectorId));

        var officer = StaffClient.For(factory);
        await officer.SignInAsync(DemoStaff.Compliance);
        var registered = await officer.SubmitAsync("/compliance/Complaints/Register", "#complaint-form", new Dictionary<string, string>
        {
            ["Source"] = "Borrower", ["Category"] = "ContactAtNight", ["LoanReference"] = "LOAN-0001",
            ["CollectorIds"] = collectorId, ["Summary"] = "The borrower was called at 23:10 local time and threatened.",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var details = registered.Headers.Location!.OriginalString;

        var list = await officer.GetPageAsync("/compliance/Complaints");
        Assert.Contains("15 days", list.QuerySelector("#complaints tbody tr")!.TextContent, StringComparison.Ordinal);

        await officer.SubmitAsync(details, "#take-form");
        await officer.SubmitAsync(
            details, "#note-form", new Dictionary<string, string> { ["text"] = "Dialler log: connected call at 23:10 (borrower time), 3 minutes." });
        var closed = await officer.SubmitAsync(
            details, "#close-form", new Dictionary<string, string> { ["outcome"] = "Upheld", ["remedy"] = "Apology letter; collector retrained" });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var page = await officer.GetPageAsync(details);
        Assert.StartsWith("Closed Upheld", page.QuerySelector("#complaint-status")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("#notes li"));
        Assert.Equal("Apology letter; collector retrained", page.QuerySelector("#remedy")!.TextContent);
        Assert.Equal("none", page.QuerySelector("#fee-refund")!.TextContent);

        await factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken);

        Assert.False(await IsCertifiedAsync(collectorId));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var remedial = await db.Enrolments.SingleAsync(
            e => e.StaffId == collectorId && e.Reason.StartsWith("remedial"), TestContext.Current.CancellationToken);
        Assert.Equal("Colin Collector", remedial.StaffName);
        var violations = await scope.ServiceProvider.GetRequiredService<global::BackOffice.Compliance.Persistence.ComplianceDbContext>().Violations
            .Where(v => v.CollectorId == collectorId).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal("complaint.ContactAtNight", Assert.Single(violations).Rule);
    }

    [Fact]
    public async Task A_complaint_without_a_description_is_refused_with_a_message_and_not_registered()
    {
        var officer = StaffClient.For(factory);
        await officer.SignInAsync(DemoStaff.Compliance);

        var page = await officer.FollowAsync(await officer.SubmitAsync(
            "/compliance/Complaints/Register", "#complaint-form", new Dictionary<string, string>
        {
            ["Source"] = "Regulator", ["Category"] = "Fees", ["Summary"] = "",
        }));

        Assert.Equal("Describe the complaint.", page.QuerySelector("[data-valmsg-for='Summary']")!.TextContent);
    }

    private async Task CertifyAsync(string staffId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var course = await db.Courses.FirstAsync(c => c.Code == "CONDUCT-CN", TestContext.Current.CancellationToken);
        db.Certifications.Add(Certification.Grant(staffId, course, course.Channel, 1, DateTimeOffset.UtcNow.AddMinutes(-1), new BackOffice.Training.Domain.CertificationTerm(12, TimeZoneInfo.Utc)));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private async Task<bool> IsCertifiedAsync(string staffId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(
            new IsCollectorCertifiedQuery(staffId, ContactChannel.PhoneAndSms, DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);
    }

    private async Task<string> StaffIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<Access.StaffUser>>().FindByEmailAsync(email))!.Id;
    }
}
