using BackOffice.BuildingBlocks.Errors;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Testing;

/// <summary>What one of several simultaneous attempts was answered: a value, or the exception it ended in.</summary>
public sealed record Outcome<T>(T? Value, Exception? Error)
{
    public bool Succeeded => Error is null;

    /// <summary>
    /// The rule that refused this attempt, whether it lost the race at commit and was decided again (a conflict) or
    /// started after the winner had committed (the rule itself); null for a success or any other exception.
    /// </summary>
    public string? Refusal => Error switch
    {
        ConflictException conflict => conflict.Code,
        BusinessRuleException rule => rule.Code,
        _ => null,
    };
}

/// <summary>
/// Races: the same action started many times at the same moment (each on its own task, released together), with
/// every answer kept, so a test can count one effect and read what each loser was told.
/// </summary>
public static class Concurrently
{
    public static async Task<IReadOnlyList<Outcome<T>>> RunAsync<T>(int times, Func<int, Task<T>> attempt)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, times).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                return new Outcome<T>(await attempt(i), null);
            }
            catch (Exception error)
            {
                return new Outcome<T>(default, error);
            }
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(attempts);
    }

    /// <summary>Sends the commands at once, each in a DI scope of its own, as separate requests would.</summary>
    public static Task<IReadOnlyList<Outcome<T>>> SendAsync<T>(IServiceProvider services, int times, Func<int, ICommand<T>> command) =>
        RunAsync(times, async i =>
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command(i), TestContext.Current.CancellationToken);
        });
}
