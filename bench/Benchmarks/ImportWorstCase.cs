using System.Diagnostics;
using System.Globalization;
using TargetsDashboard.Ingestion.Tests.TestData;

namespace TargetsDashboard.Benchmarks;

/// <summary>
/// The largest upload the guard accepts (see <see cref="ImportBenchmarks.WorstAcceptedUpload"/>), previewed several
/// times in this process: the median time, and the working set's peak above what it was before each preview (sampled
/// every 5 ms, since the process's own peak counts the setup too), and the bytes allocated (the working set of a
/// process that has run before reuses memory it already holds, so both are shown).
/// </summary>
internal static class ImportWorstCase
{
    public static int Run(int runs)
    {
        var bench = new ImportBenchmarks();
        bench.Setup();
        try
        {
            var file = bench.WorstAccepted;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"IMPORT-WORST file {file.Length / 1024.0 / 1024:0.0} MB, data sheet XML {UnreadColumns.DataSheetBytes(file) / 1024.0 / 1024:0.0} MB"));
            var times = new List<double>();
            long worstGrowth = 0;
            for (var run = 0; run < runs; run++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                using var process = Process.GetCurrentProcess();
                var before = process.WorkingSet64;
                var peak = before;
                using var stop = new CancellationTokenSource();
                var sampler = Task.Run(async () =>
                {
                    using var sampled = Process.GetCurrentProcess();
                    while (!stop.IsCancellationRequested)
                    {
                        sampled.Refresh();
                        peak = Math.Max(Interlocked.Read(ref peak), sampled.WorkingSet64);
                        await Task.Delay(5, CancellationToken.None);
                    }
                });
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                var rows = bench.PreviewWorstAccepted().GetAwaiter().GetResult();
                watch.Stop();
                stop.Cancel();
                sampler.GetAwaiter().GetResult();
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                var growth = peak - before;
                worstGrowth = Math.Max(worstGrowth, growth);
                times.Add(watch.Elapsed.TotalMilliseconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"IMPORT-WORST run {run + 1}: {watch.Elapsed.TotalMilliseconds:0} ms, {rows} rows, working set +{growth / 1024.0 / 1024:0} MB, allocated {allocated / 1024.0 / 1024:0} MB"));
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"IMPORT-WORST median {times[times.Count / 2]:0} ms, peak working-set growth {worstGrowth / 1024.0 / 1024:0} MB over {runs} runs"));
            return 0;
        }
        finally
        {
            bench.Cleanup();
        }
    }
}
