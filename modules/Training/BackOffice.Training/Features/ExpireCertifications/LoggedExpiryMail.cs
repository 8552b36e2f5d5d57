using Microsoft.Extensions.Logging;

namespace BackOffice.Training.Features.ExpireCertifications;

/// <summary>The stand-in until an installation wires its mail relay: it logs what it would have sent.</summary>
internal sealed class LoggedExpiryMail(ILogger<LoggedExpiryMail> logger) : IExpiryMail
{
    public Task SendAsync(string staffId, string subject, string body, CancellationToken cancellationToken)
    {
        logger.LogInformation("Expiry mail to {StaffId}: {Subject} — {Body}", staffId, subject, body);
        return Task.CompletedTask;
    }
}
