using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Testing;

/// <summary>
/// The widest race there is: once opened for N commands, each of them, after its handler has decided, waits until
/// all N have decided, and only then goes on to commit. Every one of them decided on the same state, so all but
/// the first to commit lose the race. In memory the requests are so short that they rarely overlap by themselves.
/// Only a command's first attempt waits; the unit of work's second look runs straight through.
/// </summary>
public sealed class RaceWindow
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(10);
    private readonly Lock gate = new();
    private int expected;
    private int arrived;
    private TaskCompletionSource? allDecided;

    public void Open(int commands)
    {
        lock (gate)
        {
            (expected, arrived) = (commands, 0);
            allDecided = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    internal async Task DecidedAsync(CancellationToken cancellationToken)
    {
        Task waiting;
        lock (gate)
        {
            if (allDecided is null)
            {
                return;
            }

            waiting = allDecided.Task;
            if (++arrived >= expected)
            {
                allDecided.TrySetResult();
                allDecided = null;
            }
        }

        // A command that never reaches its decision (refused by validation) must not hold the others for ever.
        await Task.WhenAny(waiting, Task.Delay(LongestWait, cancellationToken));
    }
}

/// <summary>Holds a command between its decision and its commit while a <see cref="RaceWindow"/> is open.</summary>
internal sealed class DecideTogetherBehavior<TMessage, TResponse>(RaceWindow window) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private bool decided;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var first = message is IBaseCommand && !decided;
        decided = true;
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch when (first)
        {
            // A handler that commits by itself (a payment) can lose inside its first attempt: it still counts as
            // decided, or the others would wait for it in vain while its second look holds the write gate.
            _ = window.DecidedAsync(cancellationToken);
            throw;
        }

        if (first)
        {
            await window.DecidedAsync(cancellationToken);
        }

        return response;
    }
}

/// <summary>The host with a <see cref="RaceWindow"/> between the handlers and the unit of work.</summary>
public class RaceFactory : BackOfficeFactory
{
    public RaceWindow Window { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(Window);
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(DecideTogetherBehavior<,>));
    }
}
