using System.Net;
using BackOffice.Servicing.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Host.Tests.Servicing.Ledger;

/// <summary>A difference between a loan and its entries, planted behind the application's back as a faulty script would.</summary>
internal static class Reconciliation
{
    public const decimal Planted = 0.01m;

    public static Task PlantDifferenceAsync(WebApplicationFactory<Access.AccessDbContext> factory, Guid loanId, decimal by = Planted) =>
        ServicingHost.WithServicingAsync(factory, async db =>
        {
            var loan = await db.Loans.AsNoTracking().SingleAsync(l => l.Id == loanId, TestContext.Current.CancellationToken);
            var changed = await db.Loans.Where(l => l.Id == loanId)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Posted.InterestReceivable, loan.Posted.InterestReceivable + by), TestContext.Current.CancellationToken);
            Assert.Equal(1, changed);
            return changed;
        });

    public static async Task<HttpStatusCode> ReadinessAsync(WebApplicationFactory<Access.AccessDbContext> factory) =>
        (await factory.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode;
}
