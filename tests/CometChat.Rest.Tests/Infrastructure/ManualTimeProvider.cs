using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>
/// A fake clock. With <see cref="AutoAdvance"/> (the default) every timer fires at once (shortly, on the thread pool)
/// and moves the clock forward by its due time, so waits cost nothing and are recorded in <see cref="Waits"/>.
/// Without it, timers stay pending until <see cref="Advance"/>.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<FakeTimer> _timers = [];
    private readonly List<TimeSpan> _waits = [];
    private DateTimeOffset _now;

    public ManualTimeProvider(DateTimeOffset? start = null) => _now = start ?? new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public bool AutoAdvance { get; init; } = true;

    /// <summary>The due times timers were started with so far, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_gate)
            {
                return [.. _waits];
            }
        }
    }

    /// <summary>Completes when a timer is created (useful without auto-advance).</summary>
    public TaskCompletionSource TimerCreated { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void Advance(TimeSpan by)
    {
        List<FakeTimer> due;
        lock (_gate)
        {
            _now += by;
            due = _timers.FindAll(t => t.Due <= _now);
            _timers.RemoveAll(t => t.Due <= _now);
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        TimerCreated.TrySetResult();
        return timer;
    }

    private void Schedule(FakeTimer timer, TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        lock (_gate)
        {
            _waits.Add(dueTime);
        }

        if (AutoAdvance)
        {
            // Fire shortly on the thread pool, after the caller has stored the timer.
            _ = Task.Run(async () =>
            {
                await Task.Delay(1);
                lock (_gate)
                {
                    var due = timer.Created + dueTime;
                    if (due > _now)
                    {
                        _now = due;
                    }
                }

                timer.Fire();
            });
            return;
        }

        lock (_gate)
        {
            timer.Due = _now + dueTime;
            _timers.Add(timer);
        }
    }

    private void Remove(FakeTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class FakeTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private bool _disposed;

        public DateTimeOffset Due { get; set; }

        public DateTimeOffset Created { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Remove(this);
            Created = owner.GetUtcNow();
            owner.Schedule(this, dueTime);
            return true;
        }

        public void Fire()
        {
            if (!Volatile.Read(ref _disposed))
            {
                callback(state);
            }
        }

        public void Dispose()
        {
            Volatile.Write(ref _disposed, true);
            owner.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
