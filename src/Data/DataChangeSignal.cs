namespace TargetsDashboard.Data;

/// <summary>
/// A counter raised after every successful save, with what the save changed, so that caches of computed figures
/// know when and how much to rebuild. The last <see cref="LogCapacity"/> changes are kept; a reader further behind is
/// told <see cref="DataChange.Everything"/>.
/// </summary>
public sealed class DataChangeSignal
{
    public const int LogCapacity = 512;

    private readonly Lock _lock = new();
    private readonly Queue<(long Version, DataChange Change)> _log = new();
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    /// <summary>Something changed that the caller cannot describe: caches rebuild from everything.</summary>
    public void Raise() => Raise(DataChange.Everything);

    public void Raise(DataChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_lock)
        {
            var version = Interlocked.Increment(ref _version);
            _log.Enqueue((version, change));
            if (_log.Count > LogCapacity)
            {
                _log.Dequeue();
            }
        }
    }

    /// <summary>Every change after <paramref name="version"/>, merged, up to <paramref name="upTo"/> (the version now).</summary>
    public DataChange ChangesSince(long version, out long upTo)
    {
        lock (_lock)
        {
            upTo = _version;
            if (version >= upTo)
            {
                return DataChange.None;
            }

            if (_log.Count == 0 || _log.Peek().Version > version + 1)
            {
                return DataChange.Everything;
            }

            var merged = DataChange.None;
            foreach (var (at, change) in _log)
            {
                if (at > version)
                {
                    merged = merged.Merge(change);
                    if (merged.IsEverything)
                    {
                        break;
                    }
                }
            }

            return merged;
        }
    }
}
