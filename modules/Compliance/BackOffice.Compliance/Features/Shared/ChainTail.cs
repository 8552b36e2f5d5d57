using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Features.Shared;

/// <summary>Where the audit chain stands: the link the next entry follows, and what a checkpoint or a frozen report records.</summary>
internal static class ChainTail
{
    /// <summary>
    /// The furthest of the head, the newest entry and the retention anchor. The head is the high-water mark, so
    /// numbers of entries someone deleted are never given out again; the newest entry and the anchor count too, for a
    /// trail that has no head yet.
    /// </summary>
    public static async Task<ChainLink> ReadAsync(ComplianceDbContext db, CancellationToken cancellationToken)
    {
        ChainLink?[] candidates =
        [
            await db.AuditChainHeads.AsNoTracking().OrderBy(h => h.Id).Select(h => new ChainLink(h.Sequence, h.Hash)).FirstOrDefaultAsync(cancellationToken),
            await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
                .Select(e => new ChainLink(e.Sequence, e.Hash)).FirstOrDefaultAsync(cancellationToken),
            await db.AuditAnchors.AsNoTracking().OrderBy(a => a.Id).Select(a => new ChainLink(a.Sequence, a.Hash)).FirstOrDefaultAsync(cancellationToken),
        ];
        return candidates.OfType<ChainLink>().MaxBy(link => link.Sequence) ?? ChainLink.Genesis;
    }
}
