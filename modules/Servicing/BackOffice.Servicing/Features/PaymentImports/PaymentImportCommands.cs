using System.Security.Cryptography;
using System.Text;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.CloseOfBusiness;
using BackOffice.Servicing.Features.Payments;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.PaymentImports;

/// <summary>Keeps an uploaded bank file for preview; nothing is posted yet.</summary>
public sealed record UploadPaymentFileCommand(string FileName, string Content, string By) : ICommand<Guid>;

public sealed class UploadPaymentFileHandler(ServicingDbContext db, TimeProvider clock) : ICommandHandler<UploadPaymentFileCommand, Guid>
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public ValueTask<Guid> Handle(UploadPaymentFileCommand command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Content))
        {
            throw RequestValidationException.For("File", "Choose a CSV file with payments.");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(command.Content)));
        var import = new PaymentImport(Path.GetFileName(command.FileName), hash, command.Content, command.By, clock.GetUtcNow());
        db.PaymentImports.Add(import);
        return ValueTask.FromResult(import.Id);
    }
}

public enum RowOutcome
{
    Ready,
    Invalid,
    AlreadyPosted,
    Posted,
}

public sealed record PreviewRow(PaymentFileRow Row, RowOutcome Outcome, string? Message);

public sealed record PaymentFilePreview(PaymentImport Import, IReadOnlyList<PreviewRow> Rows, IReadOnlyList<PaymentImport> SameFileBefore)
{
    public int Ready => Rows.Count(r => r.Outcome == RowOutcome.Ready);

    public decimal ReadyAmount => Rows.Where(r => r.Outcome == RowOutcome.Ready).Sum(r => r.Row.Amount);
}

/// <summary>What posting the file would do, row by row: ready, invalid (and why), or already posted.</summary>
public sealed record PaymentFilePreviewQuery(Guid ImportId) : IQuery<PaymentFilePreview>;

public sealed class PaymentFilePreviewHandler(ServicingDbContext db, BusinessCalendar calendar) : IQueryHandler<PaymentFilePreviewQuery, PaymentFilePreview>
{
    public async ValueTask<PaymentFilePreview> Handle(PaymentFilePreviewQuery query, CancellationToken cancellationToken)
    {
        var import = await db.PaymentImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == query.ImportId, cancellationToken) ?? throw new NotFoundException("Payment file");
        var rows = PaymentFile.Parse(import.Content);
        var references = rows.Select(r => r.Reference).ToList();
        var posted = (await db.Payments.AsNoTracking().Where(p => references.Contains(p.ExternalReference)).Select(p => p.ExternalReference).ToListAsync(cancellationToken)).ToHashSet();
        var numbers = rows.Select(r => r.LoanNumber).Distinct().ToList();
        var loans = (await db.Loans.AsNoTracking().Where(l => numbers.Contains(l.LoanNumber)).Select(l => new { l.LoanNumber, l.Status, l.BookedOn }).ToListAsync(cancellationToken))
            .ToDictionary(l => l.LoanNumber);
        var before = await db.PaymentImports.AsNoTracking().Where(i => i.Sha256 == import.Sha256 && i.Id != import.Id).OrderBy(i => i.UploadedAt).ToListAsync(cancellationToken);
        return new PaymentFilePreview(import, [.. rows.Select(Judge)], before);

        PreviewRow Judge(PaymentFileRow row) =>
            row.Error is { } error ? new PreviewRow(row, RowOutcome.Invalid, error)
            : posted.Contains(row.Reference) ? new PreviewRow(row, RowOutcome.AlreadyPosted, null)
            : !loans.TryGetValue(row.LoanNumber, out var loan) ? new PreviewRow(row, RowOutcome.Invalid, $"There is no loan {row.LoanNumber}.")
            : loan.Status is LoanStatus.ChargedOff or LoanStatus.Repossessed ? new PreviewRow(row, RowOutcome.Invalid, $"Loan {row.LoanNumber} is {loan.Status}.")
            : row.ValueDate > calendar.Today ? new PreviewRow(row, RowOutcome.Invalid, "A payment cannot be dated in the future.")
            : row.ValueDate < loan.BookedOn ? new PreviewRow(row, RowOutcome.Invalid, "A payment cannot be dated before the loan was booked.")
            : new PreviewRow(row, RowOutcome.Ready, null);
    }
}

/// <summary>
/// Posts the ready rows of a previewed file, each on its own: a row that fails posts nothing and is reported;
/// a row whose reference is already posted (the same file again) is skipped, never posted twice.
/// </summary>
public sealed record PostPaymentFileCommand(Guid ImportId, string By) : ICommand<PaymentFileResult>;

public sealed record PaymentFileResult(int Posted, int Skipped, IReadOnlyList<string> Failures);

public sealed class PostPaymentFileHandler(ServicingDbContext db, ISender sender, IAuditTrail audit, TimeProvider clock) : ICommandHandler<PostPaymentFileCommand, PaymentFileResult>
{
    public async ValueTask<PaymentFileResult> Handle(PostPaymentFileCommand command, CancellationToken cancellationToken)
    {
        var preview = await sender.Send(new PaymentFilePreviewQuery(command.ImportId), cancellationToken);
        var (posted, failures) = (0, new List<string>());
        foreach (var row in preview.Rows.Where(r => r.Outcome == RowOutcome.Ready).Select(r => r.Row))
        {
            try
            {
                var result = await sender.Send(new PostPaymentCommand(row.LoanNumber, row.Reference, row.Amount, row.ValueDate, PaymentChannel.BankFile, command.By), cancellationToken);
                posted += result.Replayed ? 0 : 1;
            }
            catch (Exception refused) when (refused is BusinessRuleException or RequestValidationException or ConflictException)
            {
                db.ChangeTracker.Clear();
                failures.Add($"line {row.Line}: {(refused is RequestValidationException invalid ? invalid.Errors.Values.First()[0] : refused.Message)}");
            }
        }

        var import = await db.PaymentImports.FirstAsync(i => i.Id == command.ImportId, cancellationToken);
        var skipped = preview.Rows.Count - posted;
        import.Record(posted, skipped, clock.GetUtcNow());
        await audit.RecordAsync(
            new AuditRecord(AuditActions.PaymentFileImported, command.By, $"payment-file:{import.Sha256[..12]}", $"{import.FileName}: {posted} posted, {skipped} not posted"),
            cancellationToken);
        return new PaymentFileResult(posted, skipped, failures);
    }
}

/// <summary>The files uploaded lately, newest first.</summary>
public sealed record RecentPaymentFilesQuery : IQuery<IReadOnlyList<PaymentImport>>;

public sealed class RecentPaymentFilesHandler(ServicingDbContext db) : IQueryHandler<RecentPaymentFilesQuery, IReadOnlyList<PaymentImport>>
{
    public async ValueTask<IReadOnlyList<PaymentImport>> Handle(RecentPaymentFilesQuery query, CancellationToken cancellationToken) =>
        await db.PaymentImports.AsNoTracking().OrderByDescending(i => i.UploadedAt).Take(20).ToListAsync(cancellationToken);
}
