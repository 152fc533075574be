namespace TargetsDashboard.Dashboard;

/// <summary>
/// Figures the benchmark reads from outside the process (bench/Benchmarks memory): the managed heap after a full,
/// compacting collection is the only steady measure of what idle circuits hold, and only the process can give it.
/// Mapped in Development only: a production server never collects on request.
/// </summary>
public static class DevelopmentDiagnostics
{
    public const string MemoryPath = "/_diagnostics/memory";

    public static void MapDevelopmentDiagnostics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            return;
        }

        // Behind sign-in like every route, and for administrators only: it forces a full collection.
        app.MapGet(MemoryPath, () => Results.Json(Measure())).RequireAuthorization(Security.Policies.Administer);
    }

    /// <summary>Collects everything that can be collected, then reads the heap and the process's working set.</summary>
    public static MemoryFigures Measure()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return new MemoryFigures(GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet);
    }
}

/// <summary>The managed heap after a full collection, and the working set, in bytes.</summary>
public sealed record MemoryFigures(long ManagedBytes, long WorkingSetBytes);
