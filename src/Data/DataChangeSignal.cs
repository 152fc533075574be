namespace TargetsDashboard.Data;

/// <summary>A counter raised after every successful save, so caches of computed figures know when to rebuild.</summary>
public sealed class DataChangeSignal
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Raise() => Interlocked.Increment(ref _version);
}
