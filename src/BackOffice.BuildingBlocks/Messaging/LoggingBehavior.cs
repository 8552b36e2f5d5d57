using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace BackOffice.BuildingBlocks.Messaging;

/// <summary>Logs each message's name, outcome and duration; never its content, which may hold personal data.</summary>
public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            logger.LogInformation("{Message} handled in {Elapsed} ms", typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception error)
        {
            logger.LogWarning(
                "{Message} failed after {Elapsed} ms: {Error}",
                typeof(TMessage).Name,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                error.GetType().Name);
            throw;
        }
    }
}
