using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TargetsDashboard.Data.Index766;
using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data;

/// <summary>Everything the pages need to show figures: the engine over all measurements, and facts about the data.</summary>
/// <param name="IsDemo">The database holds generated demo figures; every page says so.</param>
/// <param name="LastChangedUtc">When the newest figure was written: the as-of time of the data.</param>
/// <param name="FirstMonth">The earliest month with figures, for period pickers.</param>
/// <param name="Index766">The 766 index's own engine over its sub-indicators; null when no rule set is stored.</param>
public sealed record KpiSnapshot(
    KpiEngine Engine,
    bool IsDemo,
    DateTime? LastChangedUtc,
    IReadOnlyDictionary<string, IndicatorDetails> IndicatorDetails,
    YearMonth? FirstMonth = null,
    Index766Snapshot? Index766 = null)
{
    /// <summary>Indicator codes by database id, to place a changed figure; null on a snapshot not read from the database.</summary>
    public IReadOnlyDictionary<int, string>? IndicatorCodes { get; init; }

    /// <summary>The latest month with figures.</summary>
    public YearMonth? LastMonth => Engine.LatestMonthWithData;
}

/// <summary>What the pages show about an indicator beyond what the engine needs.</summary>
public sealed record IndicatorDetails(string Code, string NameVi, string NameEn, string ShortNameVi, string NumeratorVi, string DenominatorVi, bool IsWorkingDefinition, string? DefinitionNoteVi);

/// <summary>
/// Keeps the KPI snapshot current as the data changes (<see cref="DataChangeSignal"/>). Pages never compute ratios
/// themselves: they ask this. A save of figures is applied to the snapshot in place of the changed unit-months
/// (<see cref="KpiEngine.WithFigures"/>: one read of those rows, a few milliseconds even at national scale). A change
/// only a full load can place (units, names, indicators, targets, a removed figure, another process's save) is loaded
/// in the background while pages keep the previous snapshot; a page waits at most
/// <see cref="KpiOptions.RebuildWaitMilliseconds"/> for it. Only the very first snapshot is waited for.
/// </summary>
public sealed class KpiDataSource(
    IDbContextFactory<TargetsDbContext> contextFactory,
    DataChangeSignal changeSignal,
    IOptions<KpiOptions> options,
    ILogger<KpiDataSource>? logger = null) : IDisposable
{
    /// <summary>Past this many changed figures (a large import) one full load is cheaper than reading them by key.</summary>
    public const int MaxFiguresApplied = 20_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Cached? _cached;
    private Task? _rebuild;

    public void Dispose() => _gate.Dispose();

    /// <summary>The current snapshot, or while a full load runs in the background, the previous one.</summary>
    public async Task<KpiSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_cached is { } hit && hit.Version == changeSignal.Version)
        {
            return hit.Snapshot;
        }

        Task rebuild;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is not { } cached)
            {
                var version = changeSignal.Version;
                var first = await LoadAsync(cancellationToken);
                _cached = new Cached(version, first);
                return first;
            }

            if (_rebuild is { IsCompleted: false } running)
            {
                rebuild = running;
            }
            else
            {
                var change = changeSignal.ChangesSince(cached.Version, out var upTo);
                if (!change.IsEverything && change.Figures!.Count == 0)
                {
                    _cached = cached with { Version = upTo };
                    return cached.Snapshot;
                }

                if (!change.IsEverything && change.Figures!.Count <= MaxFiguresApplied
                    && await ApplyAsync(cached.Snapshot, change.Figures, cancellationToken) is { } applied)
                {
                    _cached = new Cached(upTo, applied);
                    return applied;
                }

                rebuild = _rebuild = Task.Run(RebuildAsync, CancellationToken.None);
            }
        }
        finally
        {
            _gate.Release();
        }

        var wait = options.Value.RebuildWaitMilliseconds;
        if (wait > 0)
        {
            await Task.WhenAny(rebuild, Task.Delay(wait, cancellationToken));
        }

        return _cached!.Snapshot;
    }

    /// <summary>Loads everything with the version seen before the load, so that changes during it are applied after.</summary>
    private async Task RebuildAsync()
    {
        try
        {
            var version = changeSignal.Version;
            var snapshot = await LoadAsync(CancellationToken.None);
            await _gate.WaitAsync();
            try
            {
                if (_cached is null || _cached.Version < version)
                {
                    _cached = new Cached(version, snapshot);
                }
            }
            finally
            {
                _gate.Release();
            }
        }
#pragma warning disable CA1031 // A failed background load keeps the previous snapshot; the next page tries again.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger?.LogError(exception, "The KPI snapshot could not be loaded again; pages keep the previous figures.");
        }
    }

    private async Task<KpiSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await KpiSnapshotLoader.LoadAsync(db, options.Value.ToSettings(), cancellationToken);
    }

    private async Task<KpiSnapshot?> ApplyAsync(KpiSnapshot snapshot, IReadOnlySet<FigureKey> keys, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await KpiSnapshotLoader.ApplyAsync(db, snapshot, keys, cancellationToken);
    }

    private sealed record Cached(long Version, KpiSnapshot Snapshot);

    /// <summary>The unit as the engine sees it, with its former names when <see cref="Unit.NameHistory"/> is loaded.</summary>
    public static UnitInfo ToUnitInfo(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new UnitInfo(
            unit.Id,
            unit.Code,
            unit.Name,
            unit.Kind,
            YearMonth.FromDate(unit.ValidFrom),
            unit.ValidTo is { } to ? YearMonth.FromDate(to) : null,
            unit.NameHistory.Count == 0 ? null : [.. unit.NameHistory.OrderBy(h => h.ValidFrom).Select(h => new UnitName(h.Name, h.ValidFrom, h.ValidTo))]);
    }

    public static TargetRule ToTargetRule(Target target, string indicatorCode)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new TargetRule(
            target.Id,
            indicatorCode,
            target.Threshold,
            target.Comparison,
            YearMonth.FromDate(target.EffectiveFrom),
            target.EffectiveTo is { } to ? YearMonth.FromDate(to) : null,
            target.AppliesToKind,
            $"{target.SourceIssuer} số {target.SourceDocumentNumber} ngày {VietnameseFormat.Date(target.SourceDocumentDate)}");
    }
}
