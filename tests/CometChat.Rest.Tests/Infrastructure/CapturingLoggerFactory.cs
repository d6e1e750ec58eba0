using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>One log event: its formatted message and every structured value.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)
{
    public object? this[string name] => State.FirstOrDefault(p => p.Key == name).Value;

    /// <summary>Everything the event carries, as text, for searching.</summary>
    public string AllText => Message + "\n" + string.Join("\n", State.Select(p => p.Key + "=" + p.Value));
}

/// <summary>A logger factory that records every event at every level.</summary>
public sealed class CapturingLoggerFactory : ILoggerFactory, ILoggerProvider
{
    private readonly List<CapturedLog> _logs = [];

    public IReadOnlyList<CapturedLog> Logs
    {
        get
        {
            lock (_logs)
            {
                return [.. _logs];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerFactory owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            var log = new CapturedLog(category, logLevel, eventId, formatter(state, exception) + (exception is null ? string.Empty : "\n" + exception), [.. values]);
            lock (owner._logs)
            {
                owner._logs.Add(log);
            }
        }
    }
}
