using BackOffice.Compliance.Contracts;
using Mediator;

namespace BackOffice.Host.Shell;

/// <summary><c>audit verify</c>: the same verification as the compliance page's button, for an operator or a scheduled check.</summary>
internal static class AuditVerifyCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new VerifyAuditTrailQuery(), cancellationToken);
        if (result.IsIntact)
        {
            await output.WriteLineAsync(
                $"The audit trail is intact: {result.EntriesChecked} entries checked; the chain ends at sequence {result.LastSequence}.");
            return ShellCommand.Succeeded;
        }

        await output.WriteLineAsync($"The audit trail is NOT intact ({result.EntriesChecked} entries verified up to sequence {result.LastSequence}):");
        foreach (var finding in result.Findings)
        {
            await output.WriteLineAsync($"  - {finding}");
        }

        return ShellCommand.Found;
    }
}
