using Microsoft.Extensions.Logging;

namespace BackOffice.Training.Features.Certifications;

/// <summary>Sends an expiry warning outside the application. A true edge: the SMTP relay is the installation's.</summary>
public interface IExpiryMail
{
    Task SendAsync(string staffId, string subject, string body, CancellationToken cancellationToken);
}

/// <summary>The stand-in until an installation wires its mail relay: it logs what it would have sent.</summary>
public sealed class LoggedExpiryMail(ILogger<LoggedExpiryMail> logger) : IExpiryMail
{
    public Task SendAsync(string staffId, string subject, string body, CancellationToken cancellationToken)
    {
        logger.LogInformation("Expiry mail to {StaffId}: {Subject} — {Body}", staffId, subject, body);
        return Task.CompletedTask;
    }
}
