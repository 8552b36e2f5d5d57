using System.Net;
using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Compliance.Contracts;
using BackOffice.Origination.Contracts;
using BackOffice.Origination.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Origination;

/// <summary>The whole origination lifecycle over HTTP, as the dealer's system and the underwriter meet it.</summary>
public sealed class OriginationJourneyTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task Token_quote_application_referred_underwriter_approves_dealer_reads_contract_booked_once()
    {
        var dealer = await DealerApi.ConnectAsync(factory);
        var quote = await DealerApi.ReadAsync(await dealer.PostAsync(
            "/api/v1/quotes", new { productCode = "NEW-STD", requestedAmount = 100000, termMonths = 24, downPayment = 50000 }));
        Assert.True(quote.GetProperty("apr").GetDecimal() > 0m);

        var submitted = await dealer.SubmitOkAsync(Applications.Referable());
        var id = submitted.GetProperty("id").GetGuid();
        Assert.Equal("Referred", submitted.GetProperty("status").GetString());

        var underwriter = StaffClient.For(factory);
        await underwriter.SignInAsync(DemoStaff.Underwriter);
        var queue = await underwriter.GetPageAsync("/origination");
        Assert.NotNull(queue.QuerySelector($"#queue a[href='/origination/Applications/Details/{id}']"));
        var file = await underwriter.GetPageAsync($"/origination/Applications/Details/{id}");
        Assert.Contains("alert", file.QuerySelector("#rules tr[data-rule='PTI']")!.ClassName, StringComparison.Ordinal);

        var noReason = await underwriter.FollowAsync(await underwriter.SubmitAsync(
            file, "#decide-form", new Dictionary<string, string> { ["Approve"] = "true", ["Amount"] = "100000", ["TermMonths"] = "36" }));
        Assert.False(string.IsNullOrWhiteSpace(noReason.QuerySelector("[data-valmsg-for='Reason']")!.TextContent));

        var decided = await underwriter.SubmitAsync(file, "#decide-form", new Dictionary<string, string>
        {
            ["Approve"] = "true", ["Amount"] = "100000", ["TermMonths"] = "36",
            ["Reason"] = "Payslips confirm income; 36 months keeps the installment under 15 %.",
        });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        var read = await DealerApi.ReadAsync(await dealer.GetAsync($"/api/v1/applications/{id}"));
        Assert.Equal("Approved", read.GetProperty("status").GetString());
        Assert.Equal("underwriter", read.GetProperty("decision").GetProperty("decidedBy").GetString());
        Assert.Equal(36, read.GetProperty("offer").GetProperty("termMonths").GetInt32());

        var booked = await DealerApi.ReadAsync(await dealer.PostAsync($"/api/v1/applications/{id}/contract"));
        var again = await DealerApi.ReadAsync(await dealer.PostAsync($"/api/v1/applications/{id}/contract"));
        Assert.Equal("Booked", booked.GetProperty("status").GetString());
        var loanId = booked.GetProperty("booking").GetProperty("loanId").GetGuid();
        Assert.Equal(loanId, again.GetProperty("booking").GetProperty("loanId").GetGuid());

        var events = await BookingEventsAsync(id);
        var booking = Assert.Single(events);
        Assert.Equal(loanId, booking.LoanId);
        Assert.Equal(100_000m, booking.Principal);
        Assert.Equal(36, booking.TermMonths);
        Assert.Equal(InterestMethod.DecliningBalance, booking.InterestMethod);
        Assert.Equal(booking.BookedOn.AddMonths(1), booking.FirstDueDate);
        Assert.StartsWith("+86", booking.Borrower.Phone, StringComparison.Ordinal);
        Assert.Equal("Asia/Shanghai", booking.Borrower.TimeZone);
    }

    [Fact]
    public async Task Underwriter_verifies_a_lower_income_the_rules_run_again_and_the_decline_reaches_the_dealer()
    {
        var dealer = await DealerApi.ConnectAsync(factory);
        var id = (await dealer.SubmitOkAsync(Applications.Referable())).GetProperty("id").GetGuid();
        var underwriter = StaffClient.For(factory);
        await underwriter.SignInAsync(DemoStaff.Underwriter);
        var details = $"/origination/Applications/Details/{id}";

        var verified = await underwriter.FollowAsync(await underwriter.SubmitAsync(
            details, "#verify-form", new Dictionary<string, string> { ["VerifiedIncome"] = "15000", ["VerifiedDebts"] = "4000" }));

        Assert.Equal("15,000.00 / 4,000.00", verified.QuerySelector("#verified")!.TextContent.Trim());
        Assert.Equal("Decline", verified.QuerySelector("#rules tr[data-rule='PTI'] td:nth-child(4)")!.TextContent);
        await underwriter.SubmitAsync(details, "#decide-form", new Dictionary<string, string>
        {
            ["Approve"] = "false", ["Reason"] = "Verified income cannot carry the installment.",
        });

        var read = await DealerApi.ReadAsync(await dealer.GetAsync($"/api/v1/applications/{id}"));
        Assert.Equal("Declined", read.GetProperty("status").GetString());
        Assert.Equal("Verified income cannot carry the installment.", read.GetProperty("decision").GetProperty("note").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.GetProperty("offer").ValueKind);
    }

    [Fact]
    public async Task Every_decision_reaches_the_audit_trail_through_the_outbox()
    {
        var dealer = await DealerApi.ConnectAsync(factory);
        var id = (await dealer.SubmitOkAsync(Applications.Approvable())).GetProperty("id").GetGuid();

        foreach (var dispatcher in factory.Services.GetServices<IOutboxDispatcher>())
        {
            await dispatcher.DispatchPendingAsync(TestContext.Current.CancellationToken);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new AuditEntriesQuery($"application:{id}"), TestContext.Current.CancellationToken);
        var entry = Assert.Single(entries.Items);
        Assert.Equal("application.decided", entry.Action);
        Assert.Equal("automated", entry.Actor);
        Assert.StartsWith("Approve; policy standard-", entry.Details, StringComparison.Ordinal);
    }

    private async Task<List<LoanBookedIntegrationEvent>> BookingEventsAsync(Guid applicationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var messages = await scope.ServiceProvider.GetRequiredService<OriginationDbContext>().OutboxMessages
            .ToListAsync(TestContext.Current.CancellationToken);
        return [.. messages.Select(m => m.ToEvent()).OfType<LoanBookedIntegrationEvent>().Where(e => e.ApplicationId == applicationId)];
    }
}
