using BackOffice.BuildingBlocks.Outbox;
using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.Ledger;
using BackOffice.Servicing.Features.Shared;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>
/// Runs the close of business for a business date over every open loan, in batches. Each batch commits the
/// loans' new figures, the late fees, the delinquency history, the integration events (outbox) and the run's
/// progress in one transaction, so a crash loses at most the batch in flight and a restart resumes with the
/// loans still behind the date: none is closed, or charged, twice.
/// </summary>
internal sealed partial class CloseOfBusinessRunner(
    ServicingDbContext db,
    SqliteWriteGate gate,
    CloseOfBusinessLease lease,
    LedgerReconciler reconciler,
    IServiceScopeFactory scopes,
    IOptions<ServicingPolicy> policy,
    IOptions<CloseOfBusinessOptions> options,
    TimeProvider clock,
    ILogger<CloseOfBusinessRunner> logger)
{
    private static readonly LoanStatus[] OpenStatuses = [LoanStatus.Active, LoanStatus.Delinquent, LoanStatus.InPlan];

    /// <summary>
    /// Closes every business date after the last one closed, through <paramref name="target"/>, in order — on the
    /// host that holds the lease; another host sharing the database does nothing and says so (no runs).
    /// </summary>
    public async Task<IReadOnlyList<CloseOfBusinessRun>> RunThroughAsync(DateOnly target, string startedBy, CancellationToken cancellationToken)
    {
        if (!await lease.TryTakeAsync(cancellationToken))
        {
            LogLeaseHeldElsewhere(target);
            return [];
        }

        return await HoldingLeaseAsync(
            async () =>
            {
                var last = await LastClosedDateAsync(cancellationToken);
                var first = last is { } closed && closed < target ? closed.AddDays(1) : target;
                var runs = new List<CloseOfBusinessRun>();
                for (var date = first; date <= target; date = date.AddDays(1))
                {
                    var run = await CloseDateAsync(date, startedBy, cancellationToken);
                    runs.Add(run);
                    if (run.Status != RunStatus.Completed)
                    {
                        break;
                    }
                }

                return runs;
            });
    }

    public Task<DateOnly?> LastClosedDateAsync(CancellationToken cancellationToken) =>
        db.CloseOfBusinessRuns.Where(r => r.Status == RunStatus.Completed).MaxAsync(r => (DateOnly?)r.BusinessDate, cancellationToken);

    /// <summary>Closes one business date; running it again for a closed date finds nothing behind and changes nothing.</summary>
    public async Task<CloseOfBusinessRun> RunAsync(DateOnly date, string startedBy, CancellationToken cancellationToken)
    {
        if (!await lease.TryTakeAsync(cancellationToken))
        {
            throw new InvalidOperationException("Another host holds the close-of-business lease.");
        }

        return await HoldingLeaseAsync(() => CloseDateAsync(date, startedBy, cancellationToken));
    }

    /// <summary>Runs with the lease taken: a heartbeat keeps it while the work goes on, and it is given back after.</summary>
    private async Task<T> HoldingLeaseAsync<T>(Func<Task<T>> work)
    {
        var heartbeat = LeaseHeartbeat.Start(scopes, options.Value.HeartbeatEvery, clock, logger);
        try
        {
            return await work();
        }
        finally
        {
            await heartbeat.DisposeAsync();
            await lease.ReleaseAsync(CancellationToken.None);
        }
    }

    private async Task<CloseOfBusinessRun> CloseDateAsync(DateOnly date, string startedBy, CancellationToken cancellationToken)
    {
        var run = await BeginAsync(date, startedBy, cancellationToken);
        try
        {
            await CloseEveryBatchAsync(run, date, cancellationToken);

            if (!await lease.RenewAsync(cancellationToken))
            {
                throw new LeaseLostException();
            }

            run.Complete(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            LogCompleted(date, run.LoansClosed, run.BucketChanges);
            await reconciler.ReconcileAsync(date, cancellationToken);
        }
        catch (LeaseLostException)
        {
            // The run is the new holder's now: it stays "Running" under that host, and this one writes nothing more.
            LogLeaseLost(date);
            db.ChangeTracker.Clear();
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // A run that fails is recorded as failed, with its reason, for the operations page; the dates after it
            // are not closed (RunThroughAsync stops there) and starting it again resumes where it stopped.
            LogFailed(failure, date);
            db.ChangeTracker.Clear();
            run = await db.CloseOfBusinessRuns.FirstAsync(r => r.BusinessDate == date, CancellationToken.None);
            run.Fail(failure.Message);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return run;
    }

    /// <summary>Records the run as running (again) with the loans still behind the date.</summary>
    internal async Task<CloseOfBusinessRun> BeginAsync(DateOnly date, string startedBy, CancellationToken cancellationToken)
    {
        var run = await db.CloseOfBusinessRuns.FirstOrDefaultAsync(r => r.BusinessDate == date, cancellationToken);
        if (run is null)
        {
            run = new CloseOfBusinessRun(date, startedBy, clock.GetUtcNow());
            db.CloseOfBusinessRuns.Add(run);
        }

        var resumed = run.Restart(await LoansBehind(date).CountAsync(cancellationToken), startedBy);
        await db.SaveChangesAsync(cancellationToken);
        if (resumed)
        {
            LogResumed(date, run.LoansClosed, run.LoansToClose);
        }

        return run;
    }

    private IQueryable<LoanAccount> LoansBehind(DateOnly date) =>
        db.Loans.Where(l => OpenStatuses.Contains(l.Status) && l.ClosedThrough < date);

    /// <summary>
    /// Closes batch after batch until no loan is left behind the date. While a batch is closed and written, the
    /// next one is read on a connection of its own, on the other core: reading a batch costs about as much as
    /// writing one. The read ahead continues after the last loan of the batch in the index's order; when it finds
    /// nothing, a read from the start finds any loan still behind (one whose status changed meanwhile) or none.
    /// A loan changed between its read and its write is caught by its version and read again whole.
    /// </summary>
    private async Task CloseEveryBatchAsync(CloseOfBusinessRun run, DateOnly date, CancellationToken cancellationToken)
    {
        var batch = await NextBatchAsync(date, cancellationToken);
        while (batch.Count > 0)
        {
            var last = batch[^1];
            var (status, closedThrough, id) = (last.Status, last.ClosedThrough, last.Id);
            var ahead = Task.Run(() => ReadAheadAsync(status, closedThrough, id, date, cancellationToken), cancellationToken);
            try
            {
                await CloseBatchAsync(run, date, batch, cancellationToken);
            }
            catch
            {
                // Not left running behind the failure; its own failure, if any, is not the news (read, so it is observed).
                await Task.WhenAny(ahead);
                _ = ahead.Exception;
                throw;
            }

            batch = await ahead;
            if (batch.Count == 0)
            {
                batch = await NextBatchAsync(date, cancellationToken);
            }
        }
    }

    /// <summary>Closes the next batch of loans behind the date in one transaction; 0 when none is left.</summary>
    internal async Task<int> CloseBatchAsync(CloseOfBusinessRun run, DateOnly date, CancellationToken cancellationToken)
    {
        var batch = await NextBatchAsync(date, cancellationToken);
        return batch.Count == 0 ? 0 : await CloseBatchAsync(run, date, batch, cancellationToken);
    }

    /// <summary>Closes <paramref name="batch"/> in one transaction.</summary>
    private Task<int> CloseBatchAsync(CloseOfBusinessRun run, DateOnly date, List<LoanAccount> batch, CancellationToken cancellationToken) =>
        gate.ExclusiveAsync(
            async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var tally = await CloseAsync(batch, date, cancellationToken);
                run.Count(batch.Count, tally.BucketChanges, tally.Cures, tally.EarlyWarnings, tally.PlansBroken, tally.LateFees);
                await WriteEventsAsync();
                await db.SaveChangesAsync(cancellationToken);

                // The batch's heartbeat, last before the commit: a host that lost the lease cannot commit its batch
                // (the new holder may be closing the same loans), and a long batch commits a fresh heartbeat.
                if (!await lease.RenewAsync(cancellationToken))
                {
                    throw new LeaseLostException();
                }

                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.Clear();
                db.Attach(run);
                return batch.Count;
            },
            cancellationToken);

    /// <summary>The next loans behind the date, one status at a time so the read walks one range of the index.</summary>
    private async Task<List<LoanAccount>> NextBatchAsync(DateOnly date, CancellationToken cancellationToken)
    {
        foreach (var status in OpenStatuses)
        {
            var batch = await InIndexOrder(db.Loans.Where(l => l.Status == status && l.ClosedThrough < date)).ToListAsync(cancellationToken);
            if (batch.Count > 0)
            {
                return batch;
            }
        }

        return [];
    }

    /// <summary>The loans of the same status behind the date that come after the given one in the index's order.</summary>
    private async Task<List<LoanAccount>> ReadAheadAsync(
        LoanStatus status, DateOnly closedThrough, Guid id, DateOnly date, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<ServicingDbContext>();
        var batch = await InIndexOrder(reader.Loans.Where(l => l.Status == status && l.ClosedThrough < date
                && (l.ClosedThrough > closedThrough || (l.ClosedThrough == closedThrough && l.Id.CompareTo(id) > 0))))
            .ToListAsync(cancellationToken);

        // Read apart from their loans, schedules may be newer than the loan read: then so is the loan's version, and
        // its write is refused and the loan read again whole.
        await AttachSchedulesAsync(reader, [.. batch.Where(l => NeedsSchedule(l, date))], cancellationToken);
        return batch;
    }

    private IQueryable<LoanAccount> InIndexOrder(IQueryable<LoanAccount> loans) =>
        loans.AsNoTracking().OrderBy(l => l.ClosedThrough).ThenBy(l => l.Id).Take(options.Value.BatchSize);

    /// <summary>
    /// Closing a day is pure arithmetic on each loan, spread over every core. Loans read on their own (with
    /// their schedule when an installment changes today) are written with one prepared UPDATE per changed row;
    /// loans holding credit, or changed by someone since the read, are read whole and saved through EF.
    /// </summary>
    private async Task<Tally> CloseAsync(List<LoanAccount> batch, DateOnly date, CancellationToken cancellationToken)
    {
        var rules = policy.Value;
        var tally = new Tally();
        var readWhole = batch.Where(l => l.NeedsInstallmentsOn(date) && l.CreditBalance != 0m).Select(l => l.Id).ToHashSet();
        await AttachSchedulesAsync(db, [.. batch.Where(l => NeedsSchedule(l, date) && !readWhole.Contains(l.Id))], cancellationToken);
        var alone = batch.Where(l => !readWhole.Contains(l.Id)).Select(l => new ReadAlone(l, date)).ToArray();
        var days = new DayClosed[alone.Length];
        Parallel.For(0, alone.Length, i => days[i] = alone[i].Loan.CloseDay(date, rules));
        var journal = new CloseOfBusinessJournal(date, clock.GetUtcNow(), rules.Ledger);

        await using (var loans = new RowWriter<LoanAccount>(db, CloseOfBusinessRows.LoanColumns, [nameof(LoanAccount.Id)],
            nameof(LoanAccount.Version)))
        await using (var quietLoans = new RowWriter<LoanAccount>(db, CloseOfBusinessRows.QuietLoanColumns, [nameof(LoanAccount.Id)],
            nameof(LoanAccount.Version)))
        await using (var installments = new RowWriter<Installment>(db, CloseOfBusinessRows.InstallmentColumns,
            [nameof(Installment.LoanId), nameof(Installment.Number)]))
        {
            for (var i = 0; i < alone.Length; i++)
            {
                var (loan, readVersion) = (alone[i].Loan, alone[i].Version);
                var quiet = !alone[i].Reviewed && loan.Journal.Count == 0;
                if (!(quiet ? quietLoans : loans).Write(loan, readVersion))
                {
                    readWhole.Add(loan.Id);
                    continue;
                }

                foreach (var installment in alone[i].Changed())
                {
                    installments.Write(installment);
                }

                journal.Add(loan);

                await ReportAsync(loan, days[i], date, tally, cancellationToken);
            }
        }

        if (readWhole.Count > 0)
        {
            foreach (var loan in await db.WholeLoans.Where(l => readWhole.Contains(l.Id)).ToListAsync(cancellationToken))
            {
                await ReportAsync(loan, loan.CloseDay(date, rules), date, tally, cancellationToken);
                journal.AddPooled(loan);
            }
        }

        await journal.WriteAsync(db);
        return tally;
    }

    /// <summary>
    /// The batch's integration events, written with one prepared INSERT rather than through the change tracker: on
    /// a day when most loans' days past due grow, nearly every loan of the batch tells Collections.
    /// </summary>
    private async Task WriteEventsAsync()
    {
        var published = db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).ToList();
        if (published.Count == 0)
        {
            return;
        }

        await using var rows = RowWriter<OutboxMessage>.Inserting(db);
        foreach (var message in published)
        {
            rows.Write(message.Entity);
            message.State = EntityState.Detached;
        }
    }

    /// <summary>A loan closed on its own whose schedule the day reviews and that was not read with it yet (by the read ahead).</summary>
    private static bool NeedsSchedule(LoanAccount loan, DateOnly date) =>
        loan.NeedsInstallmentsOn(date) && loan.CreditBalance == 0m && loan.Installments.Count == 0;

    private static async Task AttachSchedulesAsync(ServicingDbContext db, List<LoanAccount> loans, CancellationToken cancellationToken)
    {
        if (loans.Count == 0)
        {
            return;
        }

        var ids = loans.Select(l => l.Id).ToList();
        var schedules = (await db.Installments.AsNoTracking().Where(i => ids.Contains(i.LoanId)).ToListAsync(cancellationToken))
            .ToLookup(i => i.LoanId);
        var payments = (await db.Payments.AsNoTracking().Where(p => ids.Contains(p.LoanId)).ToListAsync(cancellationToken)).ToLookup(p => p.LoanId);
        foreach (var loan in loans)
        {
            loan.AttachSchedule(schedules[loan.Id], payments[loan.Id]);
        }
    }

    /// <summary>
    /// A loan read on its own, with what it was before the day closed: its version, its installments' state, and
    /// whether the day reviews them (else it can only be a quiet day, <see cref="CloseOfBusinessRows.QuietLoanColumns"/>).
    /// </summary>
    private sealed class ReadAlone(LoanAccount loan, DateOnly date)
    {
        private readonly (InstallmentStatus, decimal, DateOnly?)[] before = [.. loan.Installments.Select(CloseOfBusinessRows.StateOf)];

        public LoanAccount Loan { get; } = loan;

        public Guid Version { get; } = loan.Version;

        public bool Reviewed { get; } = loan.NeedsInstallmentsOn(date);

        public IEnumerable<Installment> Changed() =>
            Loan.Installments.Where((installment, i) => i >= before.Length || CloseOfBusinessRows.StateOf(installment) != before[i]);
    }

    private async ValueTask ReportAsync(LoanAccount loan, DayClosed day, DateOnly date, Tally tally, CancellationToken cancellationToken)
    {
        if (!day.Changed)
        {
            return;
        }

        var now = clock.GetUtcNow();
        tally.LateFees += day.FeesCharged;
        if (day.BucketChanged)
        {
            tally.BucketChanges++;
            db.DelinquencyChanges.Add(new DelinquencyChange(loan.Id, date, day.PreviousBucket, loan.Bucket, loan.DaysPastDue));
            db.Publish(new DelinquencyChangedIntegrationEvent(
                loan.Id, loan.LoanNumber, date, day.PreviousBucket, loan.Bucket, loan.DaysPastDue, loan.AmountOverdue, loan.OutstandingPrincipal,
                loan.EarlyWarningScore)
            { OccurredAt = now });
        }
        else if (day.ArrearsChanged)
        {
            // Days past due grew or a late fee was charged: the strategy places the account by them every day.
            ArrearsNews.Publish(db, loan, now);
        }

        if (day.Cured)
        {
            tally.Cures++;
            db.Publish(new LoanCuredIntegrationEvent(loan.Id, loan.LoanNumber, date, day.PreviousBucket) { OccurredAt = now });
        }

        if (day.EarlyWarningRaised)
        {
            tally.EarlyWarnings++;
            db.Publish(new EarlyWarningRaisedIntegrationEvent(loan.Id, loan.LoanNumber, date, loan.EarlyWarningScore,
                loan.EarlyWarningReasons.Split(',')) { OccurredAt = now });
        }

        if (day.PlanBroken)
        {
            tally.PlansBroken++;
            var plan = await db.Plans.FirstOrDefaultAsync(p => p.LoanId == loan.Id && p.Status == PlanStatus.InForce, cancellationToken);
            plan?.Break(date, loan.DaysPastDue);
            db.Publish(new RepaymentPlanBrokenIntegrationEvent(loan.Id, loan.LoanNumber, plan?.Id ?? Guid.Empty, date,
                loan.DaysPastDue) { OccurredAt = now });
        }
    }

    private sealed class Tally
    {
        public int BucketChanges { get; set; }

        public int Cures { get; set; }

        public int EarlyWarnings { get; set; }

        public int PlansBroken { get; set; }

        public decimal LateFees { get; set; }
    }

    [LoggerMessage(LogLevel.Information, "Close of business {Date} completed: {Loans} loans closed, {BucketChanges} bucket changes")]
    private partial void LogCompleted(DateOnly date, int loans, int bucketChanges);

    [LoggerMessage(LogLevel.Error, "Close of business {Date} failed; it resumes where it stopped when started again")]
    private partial void LogFailed(Exception failure, DateOnly date);

    [LoggerMessage(LogLevel.Warning, "Close of business {Date} resumed at {Closed} of {Loans} loans")]
    private partial void LogResumed(DateOnly date, int closed, int loans);

    [LoggerMessage(LogLevel.Warning, "Close of business {Date}: another host took the lease over; the run is left to it")]
    private partial void LogLeaseLost(DateOnly date);

    [LoggerMessage(LogLevel.Information, "Close of business through {Date} not started here: another host sharing the database holds the lease")]
    private partial void LogLeaseHeldElsewhere(DateOnly date);
}
