using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Benchmarks;

/// <summary>
/// The KPI engine for one month of all units, on an engine already built: both peer groups ranked (which also
/// ranks the previous month, for the change column) and the total of every indicator. The engine keeps the
/// rankings it computed, so every call gets a fresh engine without them: one call per iteration.
/// </summary>
[MemoryDiagnoser(displayGenColumns: false)]
[InvocationCount(1)]
public class EngineMonthBenchmarks
{
    private Period _month = null!;
    private List<UnitInfo> _units = null!;
    private List<IndicatorInfo> _indicators = null!;
    private List<TargetRule> _targets = null!;
    private List<Kpi.Measurement> _measurements = null!;
    private KpiSettings _settings = null!;
    private KpiEngine _fresh = null!;

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "province";

    public static IEnumerable<string> Sizes() => KpiBenchmarks.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        var file = BenchDatabases.FileFor(Size);
        using var services = BenchDatabases.Services(file);
        var engine = services.GetRequiredService<KpiDataSource>().GetAsync().GetAwaiter().GetResult().Engine;
        _month = Period.ForMonth(engine.LatestMonthWithData ?? throw new InvalidOperationException($"{file} has no figures."));
        _settings = engine.Settings;

        using var db = services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContext();
        var codes = db.Indicators.AsNoTracking().ToDictionary(i => i.Id, i => i.Code);
        _units = [.. engine.Units];
        _indicators = [.. engine.Indicators];
        _targets = [.. db.Targets.AsNoTracking().AsEnumerable().Select(t => KpiDataSource.ToTargetRule(t, codes[t.IndicatorId]))];
        _measurements = [.. db.Measurements.AsNoTracking()
            .Select(m => new { m.UnitId, m.IndicatorId, m.Month, m.Numerator, m.Denominator })
            .AsEnumerable()
            .Select(m => new Kpi.Measurement(m.UnitId, codes[m.IndicatorId], YearMonth.FromDate(m.Month), m.Numerator, m.Denominator))];
    }

    [IterationSetup]
    public void FreshEngine() => _fresh = new KpiEngine(_units, _indicators, _targets, _measurements, _settings);

    [Benchmark(Description = "(b) engine: one month, all units")]
    public decimal EngineOneMonth()
    {
        decimal check = 0;
        foreach (var group in new[] { PeerGroup.Departments, PeerGroup.CommunesAndWards })
        {
            check += _fresh.Rank(group, _month).Entries.Count;
        }

        foreach (var indicator in _fresh.Indicators)
        {
            check += _fresh.Total(indicator.Code, null, _month).UnitsReported;
        }

        return check;
    }
}
