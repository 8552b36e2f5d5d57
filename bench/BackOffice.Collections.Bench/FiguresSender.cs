using Mediator;

namespace BackOffice.Collections.Bench;

/// <summary>
/// The benchmark has no generated mediator (that lives in the host): this sender hands the report's queries
/// to the modules' own handlers, which is all the report asks of the mediator.
/// </summary>
internal sealed class FiguresSender(Func<object, CancellationToken, ValueTask<object?>> answer) : ISender
{
    public async ValueTask<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        (TResponse)(await answer(request, cancellationToken))!;

    public async ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default) =>
        (TResponse)(await answer(command, cancellationToken))!;

    public async ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default) =>
        (TResponse)(await answer(query, cancellationToken))!;

    public ValueTask<object?> Send(object message, CancellationToken cancellationToken = default) => answer(message, cancellationToken);

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamQuery<TResponse> query, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamCommand<TResponse> command, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<object?> CreateStream(object message, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
