using System;
using System.Threading;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>
/// A clock that stands still until told to move, and that moves forward by the whole wait whenever someone waits on
/// it (a retry delay, the emulator's injected latency) instead of sleeping. It starts at a minute boundary, so
/// rate-limit windows are predictable.
/// </summary>
internal sealed class SkippingTimeProvider : TimeProvider
{
    private static readonly DateTimeOffset s_start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => s_start + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            Advance(dueTime);
            dueTime = TimeSpan.Zero;
        }

        return base.CreateTimer(callback, state, dueTime, period);
    }
}
