namespace BackOffice.Training.Features.ExpireCertifications;

/// <summary>Sends an expiry warning outside the application. A true edge: the SMTP relay is the installation's.</summary>
internal interface IExpiryMail
{
    Task SendAsync(string staffId, string subject, string body, CancellationToken cancellationToken);
}
