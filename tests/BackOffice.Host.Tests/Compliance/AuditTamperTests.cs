using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Features.Reports;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Compliance;

/// <summary>
/// Someone with write access to the database but not the audit key tampers with the trail the way ADR 5 says they
/// might: cutting the newest entries, altering one and re-sealing the rest, forging the retention anchor, rolling
/// the chain back behind a frozen report. Each is found by the verification and named.
/// </summary>
public sealed class AuditTamperTests
{
    private static readonly AuditKey NotTheKey = new(AuditKeyOptions.DemoKeyId, RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task Deleting_the_last_entries_is_found_and_a_restarted_host_does_not_reuse_their_sequence()
    {
        var folder = BackOfficeFactory.NewDataFolder();
        long[] recorded;
        using (var before = new RestartedHostFactory(folder, ownsData: false))
        {
            recorded = await RecordAsync(before, 5);
            await SqlAsync(before, "DELETE FROM compliance_AuditEntries WHERE Sequence >= {0}", recorded[3]);

            var cut = await VerifyAsync(before);
            Assert.False(cut.IsIntact);
            Assert.Equal(recorded[3], cut.FirstBrokenSequence);
            Assert.Contains($"entries {recorded[3]}..{recorded[4]} are missing", cut.Problem, StringComparison.Ordinal);
        }

        using var restarted = new RestartedHostFactory(folder, ownsData: true);
        await restarted.Services.GetRequiredService<IAuditTrail>().RecordAsync(
            new AuditRecord("test.after-restart", "auditor@backoffice.local"), TestContext.Current.CancellationToken);

        var next = await WithComplianceAsync(restarted, db => db.AuditEntries.SingleAsync(e => e.Action == "test.after-restart"));
        Assert.True(next.Sequence > recorded[4], $"entry {next.Sequence} reuses a number of the deleted entries (up to {recorded[4]})");
        var afterRestart = await VerifyAsync(restarted);
        Assert.False(afterRestart.IsIntact);
        Assert.Contains($"entries {recorded[3]}..{recorded[4]} are missing", afterRestart.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Altering_an_entry_and_resealing_every_later_one_with_plain_sha256_is_found_at_the_altered_entry()
    {
        using var factory = new BackOfficeFactory();
        var target = (await RecordAsync(factory, 5))[1];

        await ResealFromAsync(factory, target, "nothing to see", PlainSha256);

        var result = await VerifyAsync(factory);
        Assert.Equal(target, result.FirstBrokenSequence);
        Assert.Contains($"entry {target} does not match its keyed hash: it was altered", result.Findings);
    }

    [Fact]
    public async Task Altering_an_entry_and_resealing_every_later_one_with_a_wrong_key_is_found_at_the_altered_entry()
    {
        using var factory = new BackOfficeFactory();
        var target = (await RecordAsync(factory, 5))[1];

        await ResealFromAsync(factory, target, "nothing to see", (entry, previous) =>
            AuditEntry.AppendAfter(previous, NotTheKey, entry.OccurredAt, entry.Action, entry.Actor, entry.Subject, entry.Details).Hash);

        var result = await VerifyAsync(factory);
        Assert.Equal(target, result.FirstBrokenSequence);
        Assert.Contains($"entry {target} does not match its keyed hash: it was altered", result.Findings);
    }

    [Fact]
    public async Task A_forged_retention_anchor_is_found()
    {
        using var factory = new BackOfficeFactory();
        var recorded = await RecordAsync(factory, 4);
        var lastRemoved = await WithComplianceAsync(factory, db => db.AuditEntries.SingleAsync(e => e.Sequence == recorded[1]));
        // Recent entries removed as if retention had pruned them, and an anchor written for them without the key.
        var forged = new AuditAnchor(lastRemoved.Link, DateTimeOffset.UtcNow, NotTheKey);
        await SqlAsync(factory, "DELETE FROM compliance_AuditEntries WHERE Sequence <= {0}", recorded[1]);
        await SqlAsync(factory,
            "INSERT INTO compliance_AuditAnchors (Id, Sequence, Hash, PrunedAt, KeyId, Mac) VALUES (1, {0}, {1}, {2}, {3}, {4})",
            forged.Sequence, forged.Hash, forged.PrunedAt.UtcTicks, forged.KeyId, forged.Mac);

        var result = await VerifyAsync(factory);
        Assert.False(result.IsIntact);
        Assert.Contains(result.Findings, f => f.StartsWith("the retention anchor of", StringComparison.Ordinal)
            && f.EndsWith("does not match its keyed seal: it was forged or altered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_frozen_report_names_entries_cut_after_it_even_when_the_head_is_put_back_to_an_earlier_copy()
    {
        using var factory = new WithoutCheckpointJob();
        var kept = (await RecordAsync(factory, 2))[^1];
        // The tamperer copied the head row while the chain ended here; the head's seal is genuine.
        var oldHead = await WithComplianceAsync(factory, db => db.AuditChainHeads.AsNoTracking().SingleAsync());
        Assert.Equal(kept, oldHead.Sequence);
        await RecordAsync(factory, 2);
        await SendAsync(factory, new FreezeReportCommand(new DateOnly(2020, 1, 1), new DateOnly(2020, 2, 1), "auditor@backoffice.local"));
        var frozen = await WithComplianceAsync(factory, db => db.FrozenReports.AsNoTracking().SingleAsync());
        Assert.True(frozen.ChainSequence > kept);

        var officer = StaffClient.For(factory);
        await officer.SignInAsync(DemoStaff.Compliance);
        var page = await officer.GetPageAsync("/compliance/Reports?from=2020-01-01&to=2020-02-01");
        Assert.Equal($"Frozen with the audit trail at entry {frozen.ChainSequence}, hash {frozen.ChainHash}.",
            page.QuerySelector("#frozen-chain")!.TextContent.Trim());

        await SqlAsync(factory, "DELETE FROM compliance_AuditEntries WHERE Sequence > {0}", kept);
        await SqlAsync(factory, "UPDATE compliance_AuditChainHeads SET Sequence = {0}, Hash = {1}, KeyId = {2}, Mac = {3}",
            oldHead.Sequence, oldHead.Hash, oldHead.KeyId, oldHead.Mac);

        var result = await VerifyAsync(factory);
        Assert.False(result.IsIntact);
        Assert.Contains(
            $"the CN report 2020-01-01..2020-02-01 frozen on {frozen.FrozenAt.UtcDateTime:yyyy-MM-dd} says sequence {frozen.ChainSequence} "
            + $"hash {frozen.ChainHash[..12]}…; the chain ends at {kept}: ",
            result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_takers_of_the_days_checkpoint_at_once_record_one_and_the_others_find_it_taken()
    {
        using var factory = new WithoutCheckpointJob();
        await RecordAsync(factory, 2);

        var takers = await AtOnce.SendAsync(factory.Services, 20, _ => new TakeAuditCheckpointCommand());

        Assert.All(takers, t => Assert.True(t.Succeeded, $"Taker {t.Index}: {t.Error}"));
        Assert.Single(takers, t => t.Value is not null);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().AuditCheckpoints.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_daily_checkpoint_is_taken_once_a_day_and_names_entries_cut_after_it()
    {
        using var factory = new WithoutCheckpointJob();
        var officer = StaffClient.For(factory);
        await officer.SignInAsync(DemoStaff.Compliance);
        var recorded = await RecordAsync(factory, 3);
        var checkpoint = await SendAsync(factory, new TakeAuditCheckpointCommand());
        Assert.NotNull(checkpoint);
        Assert.Equal(recorded[^1], checkpoint.Sequence);
        Assert.Null(await SendAsync(factory, new TakeAuditCheckpointCommand()));

        await SqlAsync(factory, "DELETE FROM compliance_AuditEntries WHERE Sequence > {0}", recorded[0]);
        await SqlAsync(factory, "DELETE FROM compliance_AuditChainHeads");

        var result = await VerifyAsync(factory);
        Assert.Contains(
            $"checkpoint of {checkpoint.Day:yyyy-MM-dd} says sequence {checkpoint.Sequence} hash {checkpoint.Hash[..12]}…; the chain ends at {recorded[0]}: "
            + $"entries {recorded[1]}..{recorded[2]} are missing: they were removed",
            result.Findings);
        Assert.Contains(result.Findings, f => f.StartsWith("the chain's head is missing", StringComparison.Ordinal));

        var page = await officer.GetPageAsync("/compliance?verify=true");
        Assert.Equal("The audit trail is not intact. Verification found:", page.QuerySelector("#verification")!.TextContent.Trim());
        Assert.Equal(result.Findings, page.QuerySelectorAll("#findings li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Retention_removes_nothing_while_the_entries_it_would_remove_do_not_verify()
    {
        using var factory = new BackOfficeFactory();
        var target = (await RecordAsync(factory, 3))[0];
        // Back-dating entries past the retention period, to have them pruned with the evidence, alters them.
        await SqlAsync(factory, "UPDATE compliance_AuditEntries SET OccurredAt = {0} WHERE Sequence <= {1}",
            new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks, target);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SendAsync(factory, new ApplyAuditRetentionCommand()).AsTask());

        Assert.Contains("does not match its keyed hash", refused.Message, StringComparison.Ordinal);
        Assert.Equal(target, await WithComplianceAsync(factory, db => db.AuditEntries.CountAsync(e => e.Sequence <= target)));
        Assert.False((await VerifyAsync(factory)).IsIntact);
    }

    /// <summary>The host without its daily checkpoint job, so a test decides when checkpoints are taken.</summary>
    private sealed class WithoutCheckpointJob : BackOfficeFactory
    {
        protected override void ConfigureServices(IServiceCollection services) =>
            services.Remove(services.Single(d => d.ImplementationType == typeof(AuditCheckpointWorker)));
    }

    private delegate string Sealer(AuditEntry entry, ChainLink previous);

    /// <summary>The pre-key chain's hash: SHA-256 over the fields, which anyone can compute.</summary>
    private static string PlainSha256(AuditEntry entry, ChainLink previous) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
            entry.Sequence.ToString(CultureInfo.InvariantCulture), entry.OccurredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            entry.Action, entry.Actor, entry.Subject ?? "", entry.Details ?? "", previous.Hash))));

    /// <summary>Rewrites one entry's details and re-links and re-seals it and every later entry, as a forger without the key would.</summary>
    private static async Task ResealFromAsync(BackOfficeFactory factory, long from, string details, Sealer seal)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence >= from - 1).OrderBy(e => e.Sequence)
            .ToListAsync(TestContext.Current.CancellationToken);
        var previous = entries[0].Link;
        foreach (var entry in entries.Skip(1))
        {
            if (entry.Sequence == from)
            {
                await SqlAsync(factory, "UPDATE compliance_AuditEntries SET Details = {0} WHERE Sequence = {1}", details, entry.Sequence);
            }

            var altered = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == entry.Sequence, TestContext.Current.CancellationToken);
            var hash = seal(altered, previous);
            await SqlAsync(factory, "UPDATE compliance_AuditEntries SET PreviousHash = {0}, Hash = {1} WHERE Sequence = {2}",
                previous.Hash, hash, entry.Sequence);
            previous = new ChainLink(entry.Sequence, hash);
        }
    }

    internal static async Task<long[]> RecordAsync(BackOfficeFactory factory, int count)
    {
        var audit = factory.Services.GetRequiredService<IAuditTrail>();
        var marker = $"test.tamper.{Guid.NewGuid():N}";
        for (var i = 0; i < count; i++)
        {
            await audit.RecordAsync(new AuditRecord(marker, "auditor@backoffice.local", $"record:{i}", $"change {i}"),
                TestContext.Current.CancellationToken);
        }

        return await WithComplianceAsync(factory, db => db.AuditEntries.Where(e => e.Action == marker).OrderBy(e => e.Sequence)
            .Select(e => e.Sequence).ToArrayAsync());
    }

    private static async Task<AuditTrailVerification> VerifyAsync(BackOfficeFactory factory) => await SendAsync(factory, new VerifyAuditTrailQuery());

    private static async ValueTask<T> SendAsync<T>(BackOfficeFactory factory, IQuery<T> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, TestContext.Current.CancellationToken);
    }

    private static async ValueTask<T> SendAsync<T>(BackOfficeFactory factory, ICommand<T> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, TestContext.Current.CancellationToken);
    }

    private static async Task<T> WithComplianceAsync<T>(BackOfficeFactory factory, Func<ComplianceDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ComplianceDbContext>());
    }

    private static async Task<int> SqlAsync(BackOfficeFactory factory, string sql, params object[] parameters)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().Database
            .ExecuteSqlRawAsync(sql, parameters, TestContext.Current.CancellationToken);
    }
}
