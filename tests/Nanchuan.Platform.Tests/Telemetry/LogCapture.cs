using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Nanchuan.Platform.Tests.Telemetry;

/// <summary>A log record as a structured sink sees it: category, message, the scopes' named values and the exception logged.</summary>
public sealed record CapturedLog(string Category, string Message, IReadOnlyDictionary<string, object?> Scope, Exception? Exception);

/// <summary>Keeps every log record with the values of its scopes, as a JSON console or an OTLP log exporter would write them.</summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> records = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Records => [.. records];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(string category, LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => capture.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new Dictionary<string, object?>();
            capture.scopes.ForEachScope((scope, into) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    foreach (var (key, value) in pairs) into[key] = value;
            }, values);
            capture.records.Enqueue(new CapturedLog(category, formatter(state, exception), values, exception));
        }
    }
}
