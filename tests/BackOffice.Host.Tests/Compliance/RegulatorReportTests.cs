using System.Globalization;
using System.Net;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.LogContact;
using BackOffice.Collections.Features.RequestClearance;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.Complaints;
using BackOffice.Compliance.Features.Reports;
using BackOffice.Host.Tests.Collections;
using BackOffice.Host.Tests.Servicing;
using BackOffice.Training.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Compliance;

/// <summary>
/// A night call is blocked, a day call made, a complaint about the night attempt upheld, the collector suspended —
/// and the period's regulator report counts each of these from the module that owns it; frozen, it still matches.
/// </summary>
public sealed class RegulatorReportTests
{
    [Fact]
    public async Task Night_call_complaint_upheld_collector_suspended_and_the_period_report_counts_it_and_stays_frozen()
    {
        await using var factory = new BusinessClockFactory();
        var collectorId = await CollectionsHost.StaffIdAsync(factory, DemoStaff.Collector);
        var officerId = await CollectionsHost.StaffIdAsync(factory, DemoStaff.Compliance);
        await CollectionsHost.CertifyAsync(factory, collectorId, factory.Clock.GetUtcNow());
        var loan = await ServicingHost.BookLoanAsync(factory);
        var firstDue = loan.BookedOn.AddMonths(1);
        await ServicingHost.CloseThroughAsync(factory, firstDue.AddDays(6));
        await ServicingHost.DeliverEventsAsync(factory);
        var phone = await CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors
            .Where(d => d.LoanId == loan.Id).SelectMany(d => d.Contacts)
            .FirstAsync(c => c.Kind == ContactPointKind.Phone, TestContext.Current.CancellationToken));

        factory.Clock.SetUtcNow(new DateTimeOffset(firstDue.AddDays(5).ToDateTime(new TimeOnly(14, 30)), TimeSpan.Zero));
        var night = await SendAsync<ClearanceDto>(factory, new RequestClearanceCommand(
            loan.Id, collectorId, phone.Id, ContactMethod.Call, null, null));
        Assert.False(night.Allowed);
        factory.Clock.SetUtcNow(new DateTimeOffset(firstDue.AddDays(6).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        var day = await SendAsync<ClearanceDto>(factory, new RequestClearanceCommand(loan.Id, collectorId, phone.Id, ContactMethod.Call, null, null));
        await SendAsync<LogContactResult>(factory, new LogContactCommand(
            day.Id, collectorId, ContactOutcome.RightParty, "Explained the arrears; borrower will call back.", false, null, null,
            IdentifiedCompanyAndSelf: true));

        var complaint = await SendAsync<Guid>(factory, new RegisterComplaintCommand(
            ComplaintSource.Borrower, ComplaintCategory.ContactAtNight, false,
            loan.LoanNumber, [collectorId], "Tried to call me at 22:30.", officerId));
        await SendAsync<Unit>(factory, new TakeComplaintCommand(complaint, officerId));
        var handler = StaffClient.For(factory);
        await handler.SignInAsync(DemoStaff.Compliance);
        var details = $"/compliance/Complaints/Details/{complaint}";
        var withEvidence = await handler.FollowAsync(await handler.SubmitAsync(
            details, "#evidence-form", new Dictionary<string, string> { ["attemptId"] = night.Id.ToString() }));
        Assert.Contains("blocked by CN.quiet-hours", withEvidence.QuerySelector("#notes")!.TextContent, StringComparison.Ordinal);
        var feesBefore = (await ServicingHost.LoanAsync(factory, loan.Id)).Installments.Sum(i => i.Fee);
        Assert.True(feesBefore > 50m);
        var tooMuch = await handler.FollowAsync(await handler.SubmitAsync(details, "#close-form", new Dictionary<string, string>
        {
            ["outcome"] = "Upheld", ["remedy"] = "Refund more than was charged.", ["refund"] = (feesBefore + 0.01m).ToString(CultureInfo.InvariantCulture),
        }));
        Assert.Contains("late fees to refund; nothing was saved", tooMuch.QuerySelector("#error-message")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Open", tooMuch.QuerySelector("#complaint-status")!.TextContent.Trim(), StringComparison.Ordinal);
        await handler.SubmitAsync(details, "#close-form", new Dictionary<string, string>
        {
            ["outcome"] = "Upheld", ["remedy"] = "Apology letter; collector retrained; fees refunded.", ["refund"] = "50", ["apology"] = "true",
        });
        // The remedies follow the closing through the outboxes, once each however often they are delivered.
        await factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken);
        await factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken);
        Assert.Equal(feesBefore - 50m, (await ServicingHost.LoanAsync(factory, loan.Id)).Installments.Sum(i => i.Fee));
        var apology = await CollectionsHost.WithCollectionsAsync(
            factory, db => db.SentMessages.SingleAsync(m => m.LoanId == loan.Id, TestContext.Current.CancellationToken));
        Assert.Contains($"贷款 {loan.LoanNumber} 的投诉", apology.Text, StringComparison.Ordinal);
        Assert.Contains("我们向您致歉", apology.Text, StringComparison.Ordinal);
        Assert.Contains(BackOffice.Collections.Domain.MessageTemplates.RightsChinese, apology.Text, StringComparison.Ordinal);
        await ServicingHost.DeliverEventsAsync(factory);
        Assert.False(await SendAsync<bool>(factory, new IsCollectorCertifiedQuery(
            collectorId, ContactChannel.PhoneAndSms, factory.Clock.GetUtcNow())));

        var scores = await SendAsync<IReadOnlyList<BackOffice.Collections.Features.Scorecards.CollectorScore>>(
            factory, new BackOffice.Collections.Features.Scorecards.ScorecardsQuery());
        Assert.Equal(1, scores.Single(s => s.CollectorId == collectorId).ComplaintsUpheld);

        var report = await SendAsync<RegulatorReport>(factory, new BuildReportQuery(firstDue, firstDue.AddDays(7)));
        Assert.Equal(1, report.Complaints.Received);
        Assert.Equal(1, report.Complaints.ByCategory["ContactAtNight"]);
        Assert.Equal(100m, report.Complaints.UpheldRatePercent);
        Assert.Equal(1, report.Conduct.BlockedByRule["CN.quiet-hours"]);
        Assert.Equal(1, report.Conduct.ContactsByHour[10]);
        Assert.Equal(1, report.Conduct.ContactsByMethod["Call"]);
        Assert.Equal(1, report.Training.Suspended);
        Assert.Equal(0, report.Training.CertifiedByChannel["PhoneAndSms"]);
        Assert.Equal(2, report.Portfolio.BucketMoves["current→1-29"]);

        factory.Clock.SetUtcNow(new DateTimeOffset(firstDue.AddDays(8).ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero));
        var officer = StaffClient.For(factory);
        await officer.SignInAsync(DemoStaff.Compliance);
        var period = $"from={firstDue:yyyy-MM-dd}&to={firstDue.AddDays(7):yyyy-MM-dd}";
        var page = await officer.GetPageAsync($"/compliance/Reports?{period}");
        Assert.Equal("1", page.QuerySelector("#complaints-received")!.TextContent);
        var frozen = await officer.FollowAsync(await officer.SubmitAsync(page, "#freeze-form"));
        Assert.NotNull(frozen.QuerySelector("#status-message"));
        Assert.Contains("notice", frozen.QuerySelector("#comparison")!.ClassName, StringComparison.Ordinal);
        var csv = await officer.Http.GetStringAsync($"/compliance/Reports/Csv?{period}", TestContext.Current.CancellationToken);
        Assert.Contains("complaints,received,1", csv, StringComparison.Ordinal);
        var xlsx = await officer.GetAsync($"/compliance/Reports/Xlsx?{period}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK",
            System.Text.Encoding.ASCII.GetString((await xlsx.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken))[..2]));
    }

    /// <summary>Sends any command or query through the mediator, as a page or the API would.</summary>
    private static async Task<T> SendAsync<T>(BusinessClockFactory factory, object message)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (T)(await scope.ServiceProvider.GetRequiredService<ISender>().Send(message, TestContext.Current.CancellationToken))!;
    }
}
