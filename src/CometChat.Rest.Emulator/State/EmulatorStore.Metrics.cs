using System;
using System.Globalization;
using System.Linq;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

// Metrics computed from the state.
internal sealed partial class EmulatorStore
{
    /// <summary>The width of one message-metrics data point (CometChat's example uses five minutes).</summary>
    public static readonly TimeSpan MessageMetricsInterval = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Usage between two Unix-millisecond times: active users are the users created by the end of the range and
    /// not deactivated; call minutes add up the calls that started in the range. Nobody is connected, so the peak of
    /// concurrent users is 0.
    /// </summary>
    public UsageStats GetUsage(long fromDateMs, long toDateMs)
    {
        lock (_gate)
        {
            var to = toDateMs / 1000;
            var (audio, video, recorded) = CallMinutes(fromDateMs / 1000, to);
            return new UsageStats
            {
                Metrics = new UsageMetrics
                {
                    AudioMinutes = audio,
                    VideoMinutes = video,
                    RecordedMinutes = recorded,
                    ActiveUsers = _users.Values.Count(user => user.IsActive && user.CreatedAt <= to),
                    ConcurrentUsers = 0,
                },
                TimeRange = new MetricsTimeRange { FromDate = fromDateMs, ToDate = toDateMs },
            };
        }
    }

    /// <summary>
    /// Message counts over the last hour in five-minute data points. The emulator has no messages yet, so every
    /// count is 0; the shape and time range are CometChat's.
    /// </summary>
    public MessageMetrics GetMessageMetrics(string appId)
    {
        var interval = (long)MessageMetricsInterval.TotalMilliseconds;
        var end = _time.GetUtcNow().ToUnixTimeMilliseconds() / interval * interval;
        var start = end - (12 * interval);
        var points = Enumerable.Range(0, 12).Select(i => new MessageMetricsDataPoint
        {
            MessagesSent = 0,
            ReadReceipts = 0,
            DeliveryReceipts = 0,
            StartTime = Text(start + (i * interval)),
            EndTime = Text(start + ((i + 1) * interval)),
        });
        return new MessageMetrics { AppId = appId, StartTime = Text(start), EndTime = Text(end), DataPoints = [.. points] };
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
