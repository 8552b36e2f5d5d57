using System.Security.Cryptography;
using System.Text;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Mediator;

namespace BackOffice.Servicing.Features.PaymentImports;

/// <summary>Keeps an uploaded bank file for preview; nothing is posted yet.</summary>
internal sealed record UploadPaymentFileCommand(string FileName, string Content, string By) : ICommand<Guid>;

internal sealed class UploadPaymentFileHandler(ServicingDbContext db, TimeProvider clock) : ICommandHandler<UploadPaymentFileCommand, Guid>
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
