using System;
using System.Threading;
using System.Threading.Tasks;

namespace CometChat.Rest.Core;

/// <summary>
/// Spreads requests evenly over time: each permit gets the next free slot, one interval after the previous one.
/// Written on <see cref="TimeProvider"/> (System.Threading.RateLimiting is not in the net8.0 shared framework, and its
/// limiters run on real timers) so tests drive it with a fake clock.
/// </summary>
internal sealed class ClientRateLimiter
{
    private readonly TimeProvider _timeProvider;
    private readonly object _gate = new();
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;

    public ClientRateLimiter(int permitsPerMinute, TimeProvider timeProvider)
    {
        Interval = TimeSpan.FromTicks(TimeSpan.TicksPerMinute / permitsPerMinute);
        _timeProvider = timeProvider;
    }

    /// <summary>The time between two permits.</summary>
    public TimeSpan Interval { get; }

    /// <summary>Waits for the next free slot. A caller that cancels while waiting gives its slot up unused.</summary>
    public Task AcquireAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            var slot = _nextSlot > now ? _nextSlot : now;
            _nextSlot = slot + Interval;
            wait = slot - now;
        }

        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, _timeProvider, cancellationToken);
    }
}
