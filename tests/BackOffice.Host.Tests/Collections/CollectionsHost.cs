using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using BackOffice.Host.Tests.Servicing;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Features.Payments;
using Mediator;
using BackOffice.Training.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Collections;

internal static class CollectionsHost
{
    public static async Task<string> StaffIdAsync(WebApplicationFactory<Access.AccessDbContext> factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Access.StaffUser>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }

    /// <summary>
    /// Certifies someone as passing the course would, for every channel it certifies that they do not hold yet
    /// (CONDUCT-CN: phone and letters, CONDUCT-US: letters, FIELD-VISITS); the exam itself is Training's tests' business.
    /// </summary>
    public static async Task CertifyAsync(
        WebApplicationFactory<Access.AccessDbContext> factory, string staffId, DateTimeOffset now, string courseCode = "CONDUCT-CN")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var course = await db.Courses.FirstAsync(c => c.Code == courseCode, TestContext.Current.CancellationToken);
        var held = await db.Certifications.Where(c => c.StaffId == staffId).Select(c => c.Channel).ToListAsync(TestContext.Current.CancellationToken);
        db.Certifications.AddRange(course.Certifies.Except(held).Select(channel => BackOffice.Training.Domain.Certification.Grant(
            staffId, course, channel, 1, now, new BackOffice.Training.Domain.CertificationTerm(12, TimeZoneInfo.Utc))));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<CollectionAccount?> AccountAsync(WebApplicationFactory<Access.AccessDbContext> factory, Guid loanId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CollectionsDbContext>().Accounts.AsNoTracking()
            .FirstOrDefaultAsync(a => a.LoanId == loanId, TestContext.Current.CancellationToken);
    }

    public static async Task<T> WithCollectionsAsync<T>(
        WebApplicationFactory<Access.AccessDbContext> factory, Func<CollectionsDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<CollectionsDbContext>());
    }

    /// <summary>A loan booked and closed five days past its first due date: delinquent, queued and given to the certified demo collector.</summary>
    public static async Task<(BackOffice.Servicing.Domain.LoanAccount Loan, string CollectorId)> DelinquentAndAssignedAsync(
        BusinessClockFactory factory)
    {
        var collectorId = await StaffIdAsync(factory, DemoStaff.Collector);
        await CertifyAsync(factory, collectorId, factory.Clock.GetUtcNow());
        var loan = await ServicingHost.BookLoanAsync(factory);
        await ServicingHost.CloseThroughAsync(factory, loan.BookedOn.AddMonths(1).AddDays(5));
        await ServicingHost.DeliverEventsAsync(factory);
        return (loan, collectorId);
    }

    /// <summary>The loan's arrears as Servicing answers them at this moment (what a collector sees and a message states).</summary>
    public static async Task<LoanArrears> ArrearsAsync(WebApplicationFactory<Access.AccessDbContext> factory, Guid loanId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new LoanArrearsQuery(loanId), TestContext.Current.CancellationToken))!;
    }

    /// <summary>A payment as an agent posts it, with a reference of its own; answers the payment's id.</summary>
    public static async Task<Guid> PayAsync(WebApplicationFactory<Access.AccessDbContext> factory, string loanNumber, decimal amount, DateOnly valueDate)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var posted = await scope.ServiceProvider.GetRequiredService<ISender>().Send(
            new PostPaymentCommand(loanNumber, "AG-" + Guid.NewGuid().ToString("N"), amount, valueDate, PaymentChannel.Agent, "agent"),
            TestContext.Current.CancellationToken);
        return posted.Payment.Id;
    }
}
