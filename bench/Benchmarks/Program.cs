using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TargetsDashboard.Benchmarks;

// Usage:
//   Benchmarks kpi                                       BenchmarkDotNet: (a) raw query, (b) engine month, (c) engine build,
//                                                        on the databases in BENCH_PROVINCE_DB and BENCH_NATIONAL_DB
//   Benchmarks import                                    BenchmarkDotNet: Excel import of 10,000 rows (2,000 units × 5) into a
//                                                        fresh SQLite file: (a) ClosedXML reading every cell (baseline),
//                                                        (b) read + validate, (c) read + validate + commit, (d) raw bulk insert
//   Benchmarks import-worst [N]                          the largest upload the guard accepts, previewed N times (default 5):
//                                                        median time and peak working-set growth
//   Benchmarks memory <Dashboard.dll> <file.db> [N]      memory per interactive circuit, N pages in Chromium (default 20)
return args.FirstOrDefault() switch
{
    "kpi" => RunKpi(),
    "import" => RunImport(),
    "import-worst" => ImportWorstCase.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5),
    "memory" when args.Length >= 3 => await CircuitMemory.RunAsync(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: Benchmarks kpi | import | import-worst [runs] | memory <TargetsDashboard.Dashboard.dll> <file.db> [circuits]");
    return 2;
}

static int RunImport()
{
    // Commits need a fresh database per iteration (IterationSetup), so one invocation per iteration; 5 iterations
    // keep the suite to about two minutes on 2 cores.
    var job = Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1)
        .WithWarmupCount(1)
        .WithIterationCount(5)
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        .WithId("import");
    var config = ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(job)
        .WithOptions(ConfigOptions.DisableLogFile)
        .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "targets-bench-artifacts"));
    var summary = BenchmarkRunner.Run<ImportBenchmarks>(config);
    var rows = summary.Reports.Where(r => r.ResultStatistics is not null)
        .Select(r => (Name: r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''), IsBaseline: r.BenchmarkCase.Descriptor.Baseline, MedianMs: r.ResultStatistics!.Median / 1e6))
        .OrderBy(r => r.Name, StringComparer.Ordinal)
        .ToList();
    var baseline = rows.FirstOrDefault(r => r.IsBaseline).MedianMs;
    Console.WriteLine();
    Console.WriteLine("IMPORT-SUMMARY benchmark | median ms | ratio to (a)");
    foreach (var row in rows)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"IMPORT-SUMMARY {row.Name} | {row.MedianMs:0.#} | {(baseline > 0 ? row.MedianMs / baseline : double.NaN):0.00}×"));
    }

    return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
}

static int RunKpi()
{
    if (!BenchDatabases.Available().Any())
    {
        Console.Error.WriteLine($"Set {BenchDatabases.ProvinceVariable} and/or {BenchDatabases.NationalVariable} to databases from tools/DataGenerator.");
        return 2;
    }

    // In process (no generated project to build) and a short run: the whole suite takes a few minutes on 2 cores.
    var job = Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1)
        .WithWarmupCount(2)
        .WithIterationCount(7)
        .WithId("short");
    var config = ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(job)
        .WithOptions(ConfigOptions.DisableLogFile)
        .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "targets-bench-artifacts"));
    var summaries = BenchmarkRunner.Run([typeof(KpiBenchmarks), typeof(EngineMonthBenchmarks)], config);
    PrintRatios(summaries);
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}

// BenchmarkDotNet's Ratio column stays within one class; the engine's month runs in its own class (one call per
// iteration), so the ratios to the baseline measured in this same run are computed here.
static void PrintRatios(Summary[] summaries)
{
    var rows = summaries.SelectMany(s => s.Reports)
        .Where(r => r.ResultStatistics is not null)
        .Select(r => (
            Size: (string)r.BenchmarkCase.Parameters["Size"],
            Name: r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
            IsBaseline: r.BenchmarkCase.Descriptor.Baseline,
            MedianMs: r.ResultStatistics!.Median / 1e6,
            P95Ms: r.ResultStatistics.Percentiles.P95 / 1e6))
        .ToList();
    Console.WriteLine();
    Console.WriteLine("KPI-SUMMARY size | benchmark | median ms | p95 ms | ratio to (a)");
    foreach (var size in rows.Select(r => r.Size).Distinct())
    {
        var baseline = rows.FirstOrDefault(r => r.Size == size && r.IsBaseline).MedianMs;
        foreach (var row in rows.Where(r => r.Size == size).OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"KPI-SUMMARY {size} | {row.Name} | {row.MedianMs:0.###} | {row.P95Ms:0.###} | {(baseline > 0 ? row.MedianMs / baseline : double.NaN):0.0}×"));
        }
    }
}
