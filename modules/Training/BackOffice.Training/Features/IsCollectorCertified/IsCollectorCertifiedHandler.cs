using BackOffice.Training.Contracts;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.IsCollectorCertified;

internal sealed class IsCollectorCertifiedHandler(TrainingDbContext db) : IQueryHandler<IsCollectorCertifiedQuery, bool>
{
    public async ValueTask<bool> Handle(IsCollectorCertifiedQuery query, CancellationToken cancellationToken)
    {
        var certification = await db.Certifications.AsNoTracking()
            .FirstOrDefaultAsync(c => c.StaffId == query.CollectorId && c.Channel == query.Channel, cancellationToken);
        return certification?.IsValidAt(query.At) == true;
    }
}
