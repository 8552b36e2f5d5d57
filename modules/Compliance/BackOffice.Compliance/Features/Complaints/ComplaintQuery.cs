using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Features.Complaints;

internal sealed record ComplaintQuery(Guid ComplaintId) : IQuery<ComplaintDetails>;

internal sealed class ComplaintHandler(ComplianceDbContext db, IStaffDirectory staff, TimeProvider clock)
    : IQueryHandler<ComplaintQuery, ComplaintDetails>
{
    public async ValueTask<ComplaintDetails> Handle(ComplaintQuery query, CancellationToken cancellationToken)
    {
        var c = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.ComplaintId, cancellationToken)
            ?? throw new NotFoundException("Complaint");
        var handlerName = c.HandlerId is { } handler ? (await staff.FindAsync(handler, cancellationToken))?.DisplayName ?? handler : null;
        return new ComplaintDetails(
            c.Id, c.Reference, c.Status, c.Outcome, c.IsRegulatorReferred, c.Category, c.IsComplex, c.ReceivedAt, c.Deadline,
            c.IsOverdueAt(clock.GetUtcNow()), c.ExtensionApproved, c.RespondBy, c.RespondedAt, c.LoanReference, c.CollectorIds,
            c.HandlerId, handlerName, c.Summary, [.. c.Notes.Select(n => new ComplaintNote(n.At, n.Text))], c.Remedy, c.FeeRefund, c.Apology,
            c.Version);
    }
}
