using System.Net.Http.Headers;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.CloseOfBusiness;
using BackOffice.Servicing.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Servicing;

/// <summary>Loans booked the way they are in production (dealer API, outbox), and the servicing side of the host.</summary>
internal static class ServicingHost
{
    public const string GatewayClientId = "demo-gateway";
    public const string GatewaySecret = "demo-gateway-secret";

    /// <summary>A dealer books an approvable application; the outbox carries the booking to Servicing.</summary>
    public static async Task<LoanAccount> BookLoanAsync(WebApplicationFactory<Access.AccessDbContext> factory)
    {
        var dealer = await DealerApi.ConnectAsync(factory);
        var id = (await dealer.SubmitOkAsync(Applications.Approvable())).GetProperty("id").GetGuid();
        var booked = await DealerApi.ReadAsync(await dealer.PostAsync($"/api/v1/applications/{id}/contract"));
        var loanId = booked.GetProperty("booking").GetProperty("loanId").GetGuid();
        await DeliverEventsAsync(factory);
        return await LoanAsync(factory, loanId);
    }

    public static Task DeliverEventsAsync(WebApplicationFactory<Access.AccessDbContext> factory) =>
        factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken);

    public static async Task<LoanAccount> LoanAsync(WebApplicationFactory<Access.AccessDbContext> factory, Guid loanId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServicingDbContext>().WholeLoans.AsNoTracking().FirstAsync(l => l.Id == loanId,
            TestContext.Current.CancellationToken);
    }

    public static async Task<T> WithServicingAsync<T>(WebApplicationFactory<Access.AccessDbContext> factory, Func<ServicingDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ServicingDbContext>());
    }

    public static async Task<IReadOnlyList<CloseOfBusinessRun>> CloseThroughAsync(WebApplicationFactory<Access.AccessDbContext> factory,
        DateOnly date)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CloseOfBusinessRunner>().RunThroughAsync(date, "test",
            TestContext.Current.CancellationToken);
    }

    public static async Task<HttpClient> GatewayAsync(WebApplicationFactory<Access.AccessDbContext> factory)
    {
        var http = factory.CreateClient();
        var token = await DealerTokens.GetAsync(http, GatewayClientId, GatewaySecret, "payments:write");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
