using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Contracts;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests;

/// <summary>The audit trail as stored: tampering with the database itself is found by the verify operation.</summary>
public sealed class AuditTrailTests
{
    [Fact]
    public async Task An_untouched_trail_verifies_and_the_compliance_page_says_so()
    {
        using var factory = new BackOfficeFactory();
        await RecordAsync(factory, 3);
        Assert.True((await VerifyAsync(factory)).IsIntact);

        var officer = StaffClient.For(factory);
        await officer.SignInAsync(DemoStaff.Compliance);
        var page = await officer.GetPageAsync("/compliance?verify=true");
        Assert.StartsWith("The chain is intact", page.QuerySelector("#verification")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The trail records people by staff id; the page names them, a disabled person included (records keep who
    /// acted), and leaves what is not a member of staff as recorded.
    /// </summary>
    [Fact]
    public async Task The_audit_page_names_each_actor_a_disabled_one_too_and_keeps_other_actors_as_recorded()
    {
        using var factory = new BackOfficeFactory();
        var trainerId = await DemoStaff.IdOfAsync(factory.Services, DemoStaff.Trainer);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            await audit.RecordAsync(new AuditRecord("test.by-staff", trainerId, "test:named"), TestContext.Current.CancellationToken);
            await audit.RecordAsync(new AuditRecord("test.by-system", "schedule", "test:named"), TestContext.Current.CancellationToken);
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Access.StaffUser>>();
            var trainer = (await users.FindByIdAsync(trainerId))!;
            trainer.IsDisabled = true;
            await users.UpdateAsync(trainer);
        }

        var officer = StaffClient.For(factory);
        await officer.SignInAsync(DemoStaff.Compliance);
        var page = await officer.GetPageAsync("/compliance?subject=test:named");
        var actors = page.QuerySelectorAll("tbody tr td:nth-child(4)").Select(td => td.TextContent.Trim()).ToList();

        Assert.Equal(["schedule", "Tao Trainer"], actors);
    }

    [Fact]
    public async Task Altering_an_entry_in_the_database_is_detected_at_that_entry()
    {
        using var factory = new BackOfficeFactory();
        var target = (await RecordAsync(factory, 5))[2];

        await SqlAsync(factory, "UPDATE compliance_AuditEntries SET Details = 'nothing to see' WHERE Sequence = {0}", target);

        var result = await VerifyAsync(factory);
        Assert.False(result.IsIntact);
        Assert.Equal(target, result.FirstBrokenSequence);
        Assert.Contains("altered", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_an_entry_is_detected_at_the_gap()
    {
        using var factory = new BackOfficeFactory();
        var sequences = await RecordAsync(factory, 5);

        await SqlAsync(factory, "DELETE FROM compliance_AuditEntries WHERE Sequence = {0}", sequences[1]);

        var result = await VerifyAsync(factory);
        Assert.Equal(sequences[2], result.FirstBrokenSequence);
        Assert.Contains("removed", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reordering_two_entries_is_detected()
    {
        using var factory = new BackOfficeFactory();
        var s = await RecordAsync(factory, 5);

        // Swap the numbers of two entries, as someone hiding the order of events would.
        await SqlAsync(factory, "UPDATE compliance_AuditEntries SET Sequence = -1 WHERE Sequence = {0}", s[1]);
        await SqlAsync(factory, "UPDATE compliance_AuditEntries SET Sequence = {0} WHERE Sequence = {1}", s[1], s[2]);
        await SqlAsync(factory, "UPDATE compliance_AuditEntries SET Sequence = {0} WHERE Sequence = -1", s[2]);

        var result = await VerifyAsync(factory);
        Assert.Equal(s[1], result.FirstBrokenSequence);
    }

    [Fact]
    public async Task The_trail_is_searched_by_actor_action_and_day_and_a_range_exports_as_csv_that_runs_no_formula()
    {
        using var factory = new BackOfficeFactory();
        var audit = factory.Services.GetRequiredService<IAuditTrail>();
        await audit.RecordAsync(
            new AuditRecord("test.search", "=cmd|' /C calc'!A0", "record:x", "formula in the actor"),
            TestContext.Current.CancellationToken);
        await audit.RecordAsync(
            new AuditRecord("test.search", "someone@backoffice.local", "record:y", "plain"),
            TestContext.Current.CancellationToken);
        var officer = StaffClient.For(factory);
        await officer.SignInAsync(DemoStaff.Compliance);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var found = await officer.GetPageAsync($"/compliance?action=test.search&actor=someone&from={today}&to={today}");
        Assert.Single(found.QuerySelectorAll("tbody tr"));
        var none = await officer.GetPageAsync("/compliance?action=test.search&from=2001-01-01&to=2001-01-02");
        Assert.Empty(none.QuerySelectorAll("tbody tr"));

        var export = await officer.GetAsync("/compliance/Home/Export?action=test.search");
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var csv = (await export.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("sequence,occurred_at_utc,action,actor,subject,details", csv[0]);
        Assert.Equal(3, csv.Length);
        Assert.Contains("\"'=cmd", csv[1], StringComparison.Ordinal);
    }

    private static async Task<long[]> RecordAsync(BackOfficeFactory factory, int count)
    {
        var audit = factory.Services.GetRequiredService<IAuditTrail>();
        for (var i = 0; i < count; i++)
        {
            await audit.RecordAsync(
                new AuditRecord("test.action", "auditor@backoffice.local", $"record:{i}", $"change {i}"),
                TestContext.Current.CancellationToken);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().AuditEntries
            .Where(e => e.Action == "test.action").OrderBy(e => e.Sequence).Select(e => e.Sequence)
            .ToArrayAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<AuditTrailVerification> VerifyAsync(BackOfficeFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new VerifyAuditTrailQuery(), TestContext.Current.CancellationToken);
    }

    private static async Task SqlAsync(BackOfficeFactory factory, string sql, params object[] parameters)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var changed = await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().Database
            .ExecuteSqlRawAsync(sql, parameters, TestContext.Current.CancellationToken);
        Assert.Equal(1, changed);
    }
}
