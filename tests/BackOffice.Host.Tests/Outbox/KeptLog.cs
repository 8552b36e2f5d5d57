using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BackOffice.Host.Tests.Outbox;

internal sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Error);

/// <summary>Keeps what the host logs, for a test to read.</summary>
internal sealed class KeptLog(ConcurrentQueue<LogEntry> entries) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}
