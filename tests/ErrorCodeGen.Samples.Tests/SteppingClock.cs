using System;
using System.Collections.Generic;
using System.Threading;

namespace ErrorCodeGen.Samples.Tests;

/// <summary>
/// A fake clock shared by server and client: a timer (Polly's retry delay) does not wait, it moves the clock forward by
/// its due time and fires at once, and the delay is recorded. So a 10 s Retry-After costs no wall time, and the server's
/// rate-limit window really has passed when the retry arrives.
/// </summary>
internal sealed class SteppingClock : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<TimeSpan> _delays = new();
    private DateTimeOffset _now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_gate)
            {
                return _delays.ToArray();
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return new NoTimer();
        }

        lock (_gate)
        {
            _delays.Add(dueTime);
            _now += dueTime;
        }

        ThreadPool.UnsafeQueueUserWorkItem(_ => callback(state), null);
        return new NoTimer();
    }

    private sealed class NoTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public System.Threading.Tasks.ValueTask DisposeAsync() => default;
    }
}
