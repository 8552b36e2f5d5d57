using BackOffice.Compliance.Domain;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackOffice.Compliance.Features.AuditTrail;

/// <summary>
/// Refuses to start without a usable audit key, with what to set: a trail sealed with no key, or with the demo key
/// every clone has, could be re-sealed by anyone who can write the database.
/// </summary>
internal sealed class AuditKeyOptionsValidator(IHostEnvironment environment) : IValidateOptions<AuditKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditKeyOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ChainKeyFile) && !File.Exists(options.ChainKeyFile))
        {
            return ValidateOptionsResult.Fail($"Audit:ChainKeyFile names '{options.ChainKeyFile}', which does not exist.");
        }

        if (AuditKeyRing.Problem(options) is { } problem)
        {
            return ValidateOptionsResult.Fail(problem);
        }

        return options.ChainKeyId == AuditKeyOptions.DemoKeyId && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail(
                "Audit:ChainKeyId is 'demo': the demo audit key is published with the source and serves Development only; "
                + "set Audit:ChainKeyId and Audit:ChainKey (openssl rand -base64 32) to a key of your own.")
            : ValidateOptionsResult.Success;
    }
}
