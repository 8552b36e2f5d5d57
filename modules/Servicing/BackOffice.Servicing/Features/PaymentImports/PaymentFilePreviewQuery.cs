using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.PaymentImports;

/// <summary>What posting the file would do, row by row: ready, invalid (and why), or already posted.</summary>
internal sealed record PaymentFilePreviewQuery(Guid ImportId) : IQuery<PaymentFilePreview>;

internal sealed class PaymentFilePreviewHandler(ServicingDbContext db, BusinessCalendar calendar)
    : IQueryHandler<PaymentFilePreviewQuery, PaymentFilePreview>
{
    public async ValueTask<PaymentFilePreview> Handle(PaymentFilePreviewQuery query, CancellationToken cancellationToken)
    {
        var import = await db.PaymentImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == query.ImportId, cancellationToken)
            ?? throw new NotFoundException("Payment file");
        var rows = PaymentFile.Parse(import.Content);
        var references = rows.Select(r => r.Reference).ToList();
        var posted = (await db.Payments.AsNoTracking().Where(p => references.Contains(p.ExternalReference)).Select(p => p.ExternalReference)
            .ToListAsync(cancellationToken)).ToHashSet();
        var numbers = rows.Select(r => r.LoanNumber).Distinct().ToList();
        var loans = (await db.Loans.AsNoTracking().Where(l => numbers.Contains(l.LoanNumber))
                .Select(l => new { l.LoanNumber, l.Status, l.BookedOn }).ToListAsync(cancellationToken))
            .ToDictionary(l => l.LoanNumber);
        var before = await db.PaymentImports.AsNoTracking().Where(i => i.Sha256 == import.Sha256 && i.Id != import.Id)
            .OrderBy(i => i.UploadedAt).Select(i => (DateTimeOffset?)i.UploadedAt).FirstOrDefaultAsync(cancellationToken);
        return new PaymentFilePreview(import.Id, import.FileName, [.. rows.Select(Judge)], before);

        PreviewRow Judge(PaymentFileRow row) =>
            row.Error is { } error ? new PreviewRow(row, RowOutcome.Invalid, error)
            : posted.Contains(row.Reference) ? new PreviewRow(row, RowOutcome.AlreadyPosted, null)
            : !loans.TryGetValue(row.LoanNumber, out var loan)
                ? new PreviewRow(row, RowOutcome.Invalid, $"There is no loan {row.LoanNumber}.")
            : loan.Status is LoanStatus.ChargedOff or LoanStatus.Repossessed
                ? new PreviewRow(row, RowOutcome.Invalid, $"Loan {row.LoanNumber} is {loan.Status}.")
            : row.ValueDate > calendar.Today ? new PreviewRow(row, RowOutcome.Invalid, "A payment cannot be dated in the future.")
            : row.ValueDate < loan.BookedOn ? new PreviewRow(row, RowOutcome.Invalid, "A payment cannot be dated before the loan was booked.")
            : new PreviewRow(row, RowOutcome.Ready, null);
    }
}
