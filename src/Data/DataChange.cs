namespace TargetsDashboard.Data;

/// <summary>One unit-month figure by its key in the database.</summary>
public readonly record struct FigureKey(int UnitId, int IndicatorId, DateOnly Month);

/// <summary>
/// What a committed save changed, as far as the KPI snapshot is concerned: some figures (by key), nothing it reads
/// (notes, audit, accounts, locks), or <see cref="Everything"/> (units, names, indicators, targets, a deleted figure, or a
/// change this process cannot describe: another process's save, statements EF did not track).
/// </summary>
public sealed class DataChange
{
    private DataChange(IReadOnlySet<FigureKey>? figures) => Figures = figures;

    public static DataChange Everything { get; } = new(null);

    public static DataChange None { get; } = new(new HashSet<FigureKey>());

    /// <summary>The figures changed; null when the change is <see cref="Everything"/>.</summary>
    public IReadOnlySet<FigureKey>? Figures { get; }

    public bool IsEverything => Figures is null;

    public static DataChange OfFigures(IEnumerable<FigureKey> figures) => new(figures.ToHashSet());

    /// <summary>Both changes: everything when either is.</summary>
    public DataChange Merge(DataChange other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsEverything || other.IsEverything)
        {
            return Everything;
        }

        if (other.Figures!.Count == 0)
        {
            return this;
        }

        if (Figures!.Count == 0)
        {
            return other;
        }

        var union = new HashSet<FigureKey>(Figures);
        union.UnionWith(other.Figures);
        return new DataChange(union);
    }
}

/// <summary>
/// The changes a context's saves and bulk statements made since its last commit, so that the commit can say what
/// changed (<see cref="Auditing.DataChangeInterceptor"/>). One per context; a context is used by one thread at a time.
/// </summary>
public sealed class DataChangeCollector
{
    private readonly HashSet<FigureKey> _figures = [];
    private bool _everything;
    private bool _described;

    public void AddFigure(FigureKey key)
    {
        _figures.Add(key);
        _described = true;
    }

    public void AddEverything()
    {
        _everything = true;
        _described = true;
    }

    /// <summary>Whether anything was recorded since the last commit.</summary>
    public bool IsDescribed => _described;

    /// <summary>A save that changed nothing the snapshot reads: the commit still counts as described.</summary>
    public void MarkDescribed() => _described = true;

    /// <summary>
    /// What was collected, and starts over. A commit with nothing described (only raw statements, or nothing) is
    /// <see cref="DataChange.Everything"/>: it cannot be told apart from a change.
    /// </summary>
    public DataChange Take()
    {
        var change = !_described || _everything ? DataChange.Everything
            : _figures.Count == 0 ? DataChange.None
            : DataChange.OfFigures(_figures);
        Clear();
        return change;
    }

    public void Clear()
    {
        _figures.Clear();
        _everything = false;
        _described = false;
    }
}
