using Microsoft.Extensions.Logging;

namespace Nanchuan.BuildingBlocks.Platform.Startup;

/// <summary>
/// The pieces of a start built on pool threads beside the main thread (ADR 0211: the shipped holiday schedules, the metrics
/// provider, the console's page model). A piece that fails is logged at once with its name (ADR 0238), not only when its user
/// takes the result: the calendar begins before the container, and so before any logger, exists; its failure is logged as soon
/// as the logger is given. The piece's task still fails with the exception, so whoever first uses the piece throws it.
/// </summary>
public sealed class StartupPieces
{
    private readonly Lock _gate = new();
    private readonly List<(string Piece, Exception Failure)> _unlogged = [];
    private ILogger? _logger;

    /// <summary>Builds the piece on a pool thread; its task is faulted with the exception if the building throws.</summary>
    public Task<T> Begin<T>(string piece, Func<T> build) => Task.Run(() =>
    {
        try
        {
            return build();
        }
        catch (Exception failure)
        {
            // Logged before the task faults, so a user that takes the result throws after the log line exists.
            Report(piece, failure);
            throw;
        }
    });

    /// <summary>From now on failures are logged here when they happen; those that happened before are logged now.</summary>
    public void LogTo(ILogger logger)
    {
        lock (_gate)
        {
            _logger = logger;
            foreach (var (piece, failure) in _unlogged) Log(logger, piece, failure);
            _unlogged.Clear();
        }
    }

    private void Report(string piece, Exception failure)
    {
        lock (_gate)
        {
            if (_logger is null) _unlogged.Add((piece, failure));
            else Log(_logger, piece, failure);
        }
    }

    private static void Log(ILogger logger, string piece, Exception failure) =>
        logger.LogError(failure, "Start-up piece {StartupPiece} failed; the start fails where it is first used", piece);
}
