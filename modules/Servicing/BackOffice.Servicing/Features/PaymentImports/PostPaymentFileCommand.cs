using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.Payments;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.PaymentImports;

/// <summary>
/// Posts the ready rows of a previewed file, each on its own: a row that fails posts nothing and is reported;
/// a row whose reference is already posted (the same file again) is skipped, never posted twice.
/// </summary>
internal sealed record PostPaymentFileCommand(Guid ImportId, string By) : ICommand<PaymentFileResult>;

internal sealed class PostPaymentFileHandler(ServicingDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<PostPaymentFileCommand, PaymentFileResult>
{
    public async ValueTask<PaymentFileResult> Handle(PostPaymentFileCommand command, CancellationToken cancellationToken)
    {
        var preview = await sender.Send(new PaymentFilePreviewQuery(command.ImportId), cancellationToken);
        var (posted, failures) = (0, new List<string>());
        foreach (var row in preview.Rows.Where(r => r.Outcome == RowOutcome.Ready).Select(r => r.Row))
        {
            try
            {
                var result = await sender.Send(new PostPaymentCommand(row.LoanNumber, row.Reference, row.Amount, row.ValueDate,
                    PaymentChannel.BankFile, command.By), cancellationToken);
                posted += result.Replayed ? 0 : 1;
            }
            catch (Exception refused) when (refused is BusinessRuleException or RequestValidationException or ConflictException)
            {
                db.ChangeTracker.Clear();
                var reason = refused is RequestValidationException invalid ? invalid.Errors.Values.First()[0] : refused.Message;
                failures.Add($"line {row.Line}: {reason}");
            }
        }

        var import = await db.PaymentImports.FirstAsync(i => i.Id == command.ImportId, cancellationToken);
        var skipped = preview.Rows.Count - posted;
        import.Record(posted, skipped, clock.GetUtcNow());
        db.Audit(new AuditRecord(ServicingAuditActions.PaymentFileImported, command.By, $"payment-file:{import.Sha256[..12]}",
                $"{import.FileName}: {posted} posted, {skipped} not posted"), clock.GetUtcNow());
        return new PaymentFileResult(posted, failures);
    }
}
