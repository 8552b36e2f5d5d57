using BackOffice.BuildingBlocks.Errors;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Features.Complaints;

internal sealed record ComplaintQuery(Guid ComplaintId) : IQuery<ComplaintView>;

internal sealed class ComplaintHandler(ComplianceDbContext db, TimeProvider clock) : IQueryHandler<ComplaintQuery, ComplaintView>
{
    public async ValueTask<ComplaintView> Handle(ComplaintQuery query, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.ComplaintId, cancellationToken)
            ?? throw new NotFoundException("Complaint");
        var now = clock.GetUtcNow();
        return new ComplaintView(complaint, complaint.Deadline - now, complaint.IsOverdueAt(now));
    }
}
