using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.BuildingBlocks.Outbox;

/// <summary>An event whose deliveries all failed, as an operator sees it.</summary>
public sealed record DeadLetter(
    string Module, long Sequence, string EventType, string OrderingKey, int Attempts, string? LastError,
    DateTimeOffset OccurredAt, DateTimeOffset DeadLetteredAt);

/// <summary>The audited actions on dead letters; stable, because reports and reviewers search by them.</summary>
public static class OutboxAuditActions
{
    public const string DeadLetterRetried = "outbox.dead-letter.retried";
    public const string DeadLetterDiscarded = "outbox.dead-letter.discarded";
}

/// <summary>
/// The dead letters of every module's outbox, for operators: listed across modules, retried (delivered again from
/// its first attempt) or discarded with a reason, both audited. Either one releases the later events of the
/// letter's key. Each is one conditional update, so when two operators act on one letter at once exactly one of
/// them changes it and the other is told it was already settled.
/// </summary>
public sealed class DeadLetterDesk(IServiceProvider services, ModuleContexts modules, IAuditTrail audit, TimeProvider clock)
{
    /// <summary>How many dead letters each module holds, modules with none left out.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (module, context) in modules.All)
        {
            var count = await Outbox(context).DeadLetters().CountAsync(cancellationToken);
            if (count > 0)
            {
                counts[module] = count;
            }
        }

        return counts;
    }

    /// <summary>One page of all dead letters, by module and then in the order the events happened.</summary>
    public async Task<PagedResult<DeadLetter>> ListAsync(int page, CancellationToken cancellationToken, int pageSize = Paging.DefaultPageSize)
    {
        page = Math.Max(1, page);
        var counts = await CountsAsync(cancellationToken);
        var skip = (page - 1) * pageSize;
        var items = new List<DeadLetter>();
        foreach (var (module, context) in modules.All.Where(m => counts.ContainsKey(m.Module)))
        {
            // The modules before this page are skipped by their counts, not read.
            if (skip >= counts[module])
            {
                skip -= counts[module];
                continue;
            }

            var rows = await Outbox(context).DeadLetters().OrderBy(m => m.Sequence).Skip(skip).Take(pageSize - items.Count)
                .ToListAsync(cancellationToken);
            items.AddRange(rows.Select(m => new DeadLetter(
                module, m.Sequence, ShortTypeName(m.Type), m.OrderingKey, m.Attempts, m.LastError, m.OccurredAt, m.DeadLetteredAt!.Value)));
            skip = 0;
            if (items.Count == pageSize)
            {
                break;
            }
        }

        return new PagedResult<DeadLetter>(items, page, pageSize, counts.Values.Sum());
    }

    /// <summary>Sends the letter for delivery again, from its first attempt. False when it was no longer a dead letter.</summary>
    public async Task<bool> RetryAsync(string module, long sequence, string actor, CancellationToken cancellationToken)
    {
        var letter = await FindAsync(module, sequence, cancellationToken);
        var changed = await Outbox(module).DeadLetters().Where(m => m.Sequence == sequence).ExecuteUpdateAsync(
            set => set
                .SetProperty(m => m.DeadLetteredAt, (DateTimeOffset?)null)
                .SetProperty(m => m.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(m => m.Attempts, 0),
            cancellationToken);
        if (changed == 0)
        {
            return false;
        }

        await audit.RecordAsync(new AuditRecord(OutboxAuditActions.DeadLetterRetried, actor, Subject(module, letter), Describe(letter)), cancellationToken);
        return true;
    }

    /// <summary>Gives the letter up for good, with the reason; the later events of its key flow again. False when it was no longer a dead letter.</summary>
    public async Task<bool> DiscardAsync(string module, long sequence, string reason, string actor, CancellationToken cancellationToken)
    {
        reason = reason?.Trim() ?? "";
        if (reason.Length is 0 or > OutboxMessage.DiscardReasonLength)
        {
            throw RequestValidationException.For(nameof(reason), $"Say in at most {OutboxMessage.DiscardReasonLength} characters why the event is discarded.");
        }

        var letter = await FindAsync(module, sequence, cancellationToken);
        var changed = await Outbox(module).DeadLetters().Where(m => m.Sequence == sequence).ExecuteUpdateAsync(
            set => set
                .SetProperty(m => m.DiscardedAt, clock.GetUtcNow())
                .SetProperty(m => m.DiscardReason, reason),
            cancellationToken);
        if (changed == 0)
        {
            return false;
        }

        await audit.RecordAsync(
            new AuditRecord(OutboxAuditActions.DeadLetterDiscarded, actor, Subject(module, letter), $"{Describe(letter)}; reason: {reason}"),
            cancellationToken);
        return true;
    }

    private async Task<OutboxMessage> FindAsync(string module, long sequence, CancellationToken cancellationToken) =>
        await Outbox(module).AsNoTracking().FirstOrDefaultAsync(m => m.Sequence == sequence, cancellationToken)
        ?? throw new NotFoundException($"Outbox message {module}/{sequence}");

    private DbSet<OutboxMessage> Outbox(string module) =>
        Outbox(modules.ContextOf(module) ?? throw new NotFoundException($"Module {module}"));

    private DbSet<OutboxMessage> Outbox(Type context) => ((ModuleDbContext)services.GetRequiredService(context)).OutboxMessages;

    private static string Subject(string module, OutboxMessage letter) => $"outbox:{module}/{letter.Sequence}";

    private static string Describe(OutboxMessage letter) =>
        $"{ShortTypeName(letter.Type)} {letter.OrderingKey}, event {letter.Id}, {letter.Attempts} attempts, last error: {letter.LastError}";

    // "BackOffice.Servicing.Contracts.LoanCuredIntegrationEvent, BackOffice.Servicing.Contracts" → "LoanCuredIntegrationEvent"
    private static string ShortTypeName(string storedType)
    {
        var fullName = storedType.Split(',')[0];
        return fullName[(fullName.LastIndexOf('.') + 1)..];
    }
}
