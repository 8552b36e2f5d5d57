using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Servicing;

/// <summary>What servicing and care agents do on the pages.</summary>
public sealed class ServicingPagesTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Agent_finds_a_loan_posts_a_payment_and_reverses_it()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var agent = StaffClient.For(factory);
        await agent.SignInAsync(DemoStaff.Servicing);

        var byVin = await agent.GetPageAsync($"/servicing?search={loan.Vehicle.Vin}");
        Assert.Single(byVin.QuerySelectorAll("#loans tbody tr"));
        var byPhone = await agent.GetPageAsync($"/servicing?search={Uri.EscapeDataString(loan.Borrower.Phone)}");
        Assert.Contains(byPhone.QuerySelectorAll("#loans tbody tr a"), a => a.TextContent == loan.LoanNumber);

        var page = $"/servicing/Loans/Details/{loan.Id}";
        var missing = await agent.FollowAsync(await agent.SubmitAsync(page, "#pay-form",
            new Dictionary<string, string> { ["Reference"] = "", ["Amount"] = "abc", ["ValueDate"] = Day(loan.BookedOn) }));
        Assert.Contains(missing.QuerySelectorAll(".field-error"), e => e.TextContent.Length > 0);
        Assert.Empty((await ServicingHost.LoanAsync(factory, loan.Id)).Payments);

        var reference = "RCPT-" + Guid.NewGuid().ToString("N")[..8];
        var paid = await agent.FollowAsync(await agent.SubmitAsync(page, "#pay-form",
            new Dictionary<string, string> { ["Reference"] = reference, ["Amount"] = "2000.00", ["ValueDate"] = Day(loan.BookedOn) }));
        Assert.NotNull(paid.QuerySelector("#status-message"));
        Assert.Contains(reference, paid.QuerySelector("#payments")!.TextContent, StringComparison.Ordinal);
        var afterPayment = await ServicingHost.LoanAsync(factory, loan.Id);
        Assert.True(afterPayment.OutstandingPrincipal < loan.OutstandingPrincipal);

        var reversed = await agent.FollowAsync(await agent.SubmitAsync(paid, "#payments form",
            new Dictionary<string, string> { ["reason"] = "cheque returned unpaid" }));
        Assert.Contains("cheque returned unpaid", reversed.QuerySelector("#payments")!.TextContent, StringComparison.Ordinal);
        var afterReversal = await ServicingHost.LoanAsync(factory, loan.Id);
        Assert.Equal(loan.OutstandingPrincipal, afterReversal.OutstandingPrincipal);
        Assert.Empty(afterReversal.Allocations);
    }

    [Fact]
    public async Task Payoff_quote_for_a_date_adds_the_interest_accrued_to_it()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var agent = StaffClient.For(factory);
        await agent.SignInAsync(DemoStaff.Servicing);

        var page = await agent.GetPageAsync($"/servicing/Loans/Details/{loan.Id}?payoffOn={Day(loan.BookedOn.AddDays(10))}");

        var expected = loan.QuotePayoff(loan.BookedOn.AddDays(10));
        Assert.True(expected.AccruedInterest > 0m);
        Assert.Contains(expected.Total.ToString("N2", CultureInfo.GetCultureInfo("en")), page.QuerySelector("#payoff-total")!.TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bank_file_preview_reports_each_bad_row_and_posting_the_file_twice_posts_nothing_twice()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var agent = StaffClient.For(factory);
        await agent.SignInAsync(DemoStaff.Servicing);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = string.Join('\n',
            "reference,loan_number,amount,value_date",
            $"BANK-{tag}-1,{loan.LoanNumber},1500.00,{Day(loan.BookedOn)}",
            $"BANK-{tag}-2,{loan.LoanNumber},12.345,{Day(loan.BookedOn)}",
            $"BANK-{tag}-3,L-0000-UNKNOWN,100.00,{Day(loan.BookedOn)}",
            $"BANK-{tag}-4,{loan.LoanNumber},100.00,31/12/2026",
            $"BANK-{tag}-1,{loan.LoanNumber},1500.00,{Day(loan.BookedOn)}");

        var preview = await UploadAsync(agent, csv);
        var rows = preview.QuerySelectorAll("#rows tbody tr").ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal(4, rows.Count(r => r.ClassList.Contains("alert")));
        Assert.Empty((await ServicingHost.LoanAsync(factory, loan.Id)).Payments);

        var posted = await agent.FollowAsync(await agent.SubmitAsync(preview, "#post-form"));
        Assert.NotNull(posted.QuerySelector("#import-result"));
        var again = await UploadAsync(agent, csv);
        Assert.NotNull(again.QuerySelector("#same-file"));
        Assert.Null(again.QuerySelector("#post-form"));

        var payment = Assert.Single((await ServicingHost.LoanAsync(factory, loan.Id)).Payments);
        Assert.Equal(1500.00m, payment.Amount);
        Assert.Equal(PaymentChannel.BankFile, payment.Channel);
    }

    [Fact]
    public async Task Care_agent_puts_a_plan_in_force_after_a_preview_and_collections_stands_down()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        await ServicingHost.CloseThroughAsync(factory, loan.BookedOn.AddMonths(1).AddDays(3));
        await ServicingHost.DeliverEventsAsync(factory);
        Assert.Equal(CollectionAccountStatus.Open, (await AccountAsync(loan.Id))!.Status);
        var care = StaffClient.For(factory);
        await care.SignInAsync(DemoStaff.Care);

        var preview = await care.GetPageAsync($"/servicing/Loans/Plan/{loan.Id}?kind=Defer&size=1");
        Assert.Null(preview.QuerySelector("#needs-approval"));
        Assert.NotEmpty(preview.QuerySelectorAll("#preview tr.changed"));
        Assert.DoesNotContain((await ServicingHost.LoanAsync(factory, loan.Id)).Installments, i => i.DueDate > loan.Installments.Max(x => x.DueDate));

        var done = await care.FollowAsync(await care.SubmitAsync(preview, "#propose-form",
            new Dictionary<string, string> { ["reason"] = "Hospital stay; salary resumes next month." }));
        Assert.Equal("In plan", done.QuerySelector("#loan-status")!.TextContent);
        await ServicingHost.DeliverEventsAsync(factory);

        Assert.Equal(CollectionAccountStatus.StoodDown, (await AccountAsync(loan.Id))!.Status);
        var planned = await ServicingHost.LoanAsync(factory, loan.Id);
        Assert.Equal(LoanStatus.InPlan, planned.Status);
        Assert.Null(planned.OldestUnpaidDueDate);
    }

    [Fact]
    public async Task Plan_above_the_limits_waits_for_a_second_person_and_its_proposer_cannot_approve_it()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var care = StaffClient.For(factory);
        await care.SignInAsync(DemoStaff.Care);
        var preview = await care.GetPageAsync($"/servicing/Loans/Plan/{loan.Id}?kind=Extend&size=24");
        Assert.NotNull(preview.QuerySelector("#needs-approval"));
        await care.SubmitAsync(preview, "#propose-form", new Dictionary<string, string> { ["reason"] = "Income halved for a year." });

        var worklist = await care.GetPageAsync("/servicing/Care");
        var refused = await care.FollowAsync(await care.SubmitAsync(worklist, "#plans-waiting form",
            new Dictionary<string, string> { ["approve"] = "true" }));

        Assert.NotNull(refused.QuerySelector(".alert"));
        Assert.Equal(LoanStatus.Active, (await ServicingHost.LoanAsync(factory, loan.Id)).Status);
        Assert.NotEmpty(refused.QuerySelectorAll("#plans-waiting tbody tr"));
    }

    private async Task<CollectionAccount?> AccountAsync(Guid loanId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CollectionsDbContext>().Accounts.AsNoTracking().FirstOrDefaultAsync(
            a => a.LoanId == loanId, TestContext.Current.CancellationToken);
    }

    private static async Task<AngleSharp.Dom.IDocument> UploadAsync(StaffClient agent, string csv)
    {
        var index = await agent.GetPageAsync("/servicing/PaymentImports");
        var token = ((IHtmlInputElement)index.QuerySelector("#upload-form input[name='__RequestVerificationToken']")!).Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "bank-2026-11-29.csv" },
        };
        var response = await agent.Http.PostAsync("/servicing/PaymentImports/Upload", content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await agent.FollowAsync(response);
    }
}
