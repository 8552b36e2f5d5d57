using BackOffice.BuildingBlocks.Errors;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Testing;

/// <summary>
/// Race tests: N attempts released at the same moment, each answer or exception kept for the test to count.
/// Nothing is thrown out of here, so a test sees every loser, not only the first failure.
/// </summary>
public static class AtOnce
{
    public static async Task<IReadOnlyList<Attempt<T>>> RunAsync<T>(int count, Func<int, Task<T>> attempt)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                return new Attempt<T>(i, await attempt(i), null);
            }
            catch (Exception error)
            {
                return new Attempt<T>(i, default, error);
            }
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(attempts);
    }

    /// <summary>Sends each command through the real mediator pipeline in a DI scope of its own, as separate requests would.</summary>
    public static Task<IReadOnlyList<Attempt<T>>> SendAsync<T>(IServiceProvider services, int count, Func<int, ICommand<T>> command) =>
        RunAsync(count, async i =>
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command(i), TestContext.Current.CancellationToken);
        });
}

/// <summary>What one of the concurrent attempts got: its answer, or the exception it ended in.</summary>
public sealed record Attempt<T>(int Index, T? Value, Exception? Error)
{
    public bool Succeeded => Error is null;

    /// <summary>The message a loser was given; anything but a refusal (a crash, a bare concurrency error) fails the test.</summary>
    public string Refusal => Error switch
    {
        ConflictException conflict => conflict.Message,
        BusinessRuleException refused => refused.Message,
        _ => throw new Xunit.Sdk.XunitException($"Attempt {Index} ended in {Error?.GetType().Name ?? "success"} instead of a refusal: {Error}"),
    };

    /// <summary>
    /// The code of the rule that refused this attempt, whether it lost the race at commit and was decided again (a
    /// conflict) or started after the winner had committed (the rule itself); null for a success or any other exception.
    /// </summary>
    public string? RefusalCode => Error switch
    {
        ConflictException conflict => conflict.Code,
        BusinessRuleException rule => rule.Code,
        _ => null,
    };
}
