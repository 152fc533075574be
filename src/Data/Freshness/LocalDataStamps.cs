using System.Collections.Concurrent;

namespace TargetsDashboard.Data.Freshness;

/// <summary>
/// The data-version stamps this process wrote itself. Its own saves already raise <see cref="DataChangeSignal"/> on
/// commit; the watcher skips these stamps so that a local save does not rebuild the KPI engine a second time.
/// </summary>
public sealed class LocalDataStamps
{
    /// <summary>Stamps a rolled-back save never committed are never seen again; past this many the set starts over.</summary>
    private const int MaxRemembered = 1024;

    private readonly ConcurrentDictionary<Guid, byte> _stamps = new();

    public void Remember(Guid stamp)
    {
        if (_stamps.Count >= MaxRemembered)
        {
            _stamps.Clear();
        }

        _stamps[stamp] = 0;
    }

    /// <summary>True (once) when <paramref name="stamp"/> was written by this process.</summary>
    public bool Forget(Guid stamp) => _stamps.TryRemove(stamp, out _);
}
