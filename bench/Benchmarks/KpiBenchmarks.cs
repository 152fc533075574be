using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TargetsDashboard.Data;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Benchmarks;

/// <summary>
/// The raw aggregation query the overview needs (the baseline: nothing computed from the same figures can be
/// faster than reading them) and the engine's build from the database. Databases come from tools/DataGenerator;
/// the engine's month is in <see cref="EngineMonthBenchmarks"/>, which needs one call per iteration.
/// </summary>
[MemoryDiagnoser(displayGenColumns: false)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: GlobalCleanup disposes, and it needs an unsealed class.")]
public class KpiBenchmarks
{
    private ServiceProvider _services = null!;
    private SqliteConnection _connection = null!;
    private SqliteCommand _aggregate = null!;
    private KpiEngine _engine = null!;
    private Period _month = null!;

    /// <summary>province or national: the database file is in BENCH_PROVINCE_DB or BENCH_NATIONAL_DB.</summary>
    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "province";

    public static IEnumerable<string> Sizes() => BenchDatabases.Available().Select(d => d.Size);

    [GlobalSetup]
    public void Setup()
    {
        var file = BenchDatabases.FileFor(Size);
        _services = BenchDatabases.Services(file);
        var source = _services.GetRequiredService<KpiDataSource>();
        _engine = source.GetAsync().GetAwaiter().GetResult().Engine;
        _month = Period.ForMonth(_engine.LatestMonthWithData ?? throw new InvalidOperationException($"{file} has no figures."));

        // Read-only and shared cache off: the query runs as the app's would, against the file.
        _connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        _connection.Open();
        _aggregate = _connection.CreateCommand();
        _aggregate.CommandText = """
            SELECT "UnitId", "IndicatorId", SUM("Numerator"), SUM("Denominator")
            FROM "Measurements"
            WHERE "Month" = @m
            GROUP BY "UnitId", "IndicatorId"
            """;
        _aggregate.Parameters.AddWithValue("@m", _month.End.FirstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        if (Aggregate() == 0)
        {
            throw new InvalidOperationException($"The aggregation query found nothing for {_month} in {file}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _aggregate?.Dispose();
        _connection?.Dispose();
        _services?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "(a) raw SQL aggregation, one month")]
    public int Aggregate()
    {
        var rows = 0;
        long sum = 0;
        using var reader = _aggregate.ExecuteReader();
        while (reader.Read())
        {
            sum += reader.GetInt64(2) + reader.GetInt64(3) + reader.GetInt32(0) + reader.GetInt32(1);
            rows++;
        }

        return rows + (int)(sum & 1);
    }

    [Benchmark(Description = "(c) engine build from the database")]
    public async Task<int> EngineLoad()
    {
        using var source = new KpiDataSource(
            _services.GetRequiredService<IDbContextFactory<TargetsDbContext>>(),
            new DataChangeSignal(),
            _services.GetRequiredService<IOptions<KpiOptions>>());
        var snapshot = await source.GetAsync();
        return snapshot.Engine.Units.Count;
    }
}
