using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TargetsDashboard.Data;
using TargetsDashboard.Kpi;
using TargetsDashboard.Reporting;
using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Dashboard.Reports;

/// <summary>What a caller may see of an archive job.</summary>
/// <param name="Done">Units whose PDF and workbook are ready.</param>
/// <param name="Total">Units in the archive.</param>
/// <param name="Finished">The zip can be downloaded.</param>
/// <param name="Failed">The job stopped with an error; nothing to download.</param>
/// <param name="Group">Only this peer group's units; null for every unit.</param>
public sealed record ArchiveJobStatus(Guid Id, YearMonth Month, PeerGroup? Group, int Done, int Total, bool Finished, bool Failed);

/// <summary>
/// Builds the all-units zip of a month in the background. A singleton: one job at a time (a second waits its turn),
/// each printing through the app's one warm <see cref="PdfPrinter"/> with the same bound on concurrent prints, so
/// that a zip never starves the single-report downloads of the browser. A job belongs to the user who started it;
/// finished jobs are kept for <see cref="KeepFor"/> and then dropped with their zip.
/// </summary>
public sealed class ReportArchiveJobs(
    KpiDataSource dataSource,
    IDbContextFactory<TargetsDbContext> contextFactory,
    ReportModelBuilder builder,
    PdfPrinter printer,
    IOptions<ReportOptions> options,
    ILogger<ReportArchiveJobs> logger,
    TimeProvider? time = null) : IDisposable
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(30);

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private readonly ConcurrentDictionary<Guid, Job> _jobs = new();
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Queues the archive of <paramref name="month"/> (one peer group's units when <paramref name="group"/> is set); null when no unit has figures for it.</summary>
    public async Task<ArchiveJobStatus?> StartAsync(YearMonth month, string owner, PeerGroup? group = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        Purge();
        var snapshot = await dataSource.GetAsync(cancellationToken);
        var engine = snapshot.Engine;
        var notes = await NotesAsync(month, cancellationToken);
        var issueDate = DateOnly.FromDateTime(_time.GetUtcNow().ToOffset(VietnamOffset).DateTime);

        // Models are cheap (milliseconds each) and built here, so that the total is known when the caller first asks.
        var models = engine.ActiveUnits(group, Period.ForMonth(month))
            .Select(u => builder.BuildUnitReport(engine, new UnitReportRequest(u.Code, month, issueDate, notes.GetValueOrDefault(u.UnitId), snapshot.IsDemo))!)
            .Where(m => m.HasFigures)
            .OrderBy(m => m.Unit.PeerGroup)
            .ThenBy(m => m.Unit.Code, StringComparer.Ordinal)
            .ToList();
        if (models.Count == 0)
        {
            return null;
        }

        var job = new Job(Guid.NewGuid(), owner, month, group, models.Count, _time.GetUtcNow());
        _jobs[job.Id] = job;
        job.Work = Task.Run(() => RunAsync(job, models), CancellationToken.None);
        return job.Status;
    }

    /// <summary>The job's progress, or null when there is no such job for this user.</summary>
    public ArchiveJobStatus? Status(Guid id, string owner) => Find(id, owner)?.Status;

    /// <summary>The zip of a finished job; null while it is being built, or when there is no such job for this user.</summary>
    public byte[]? Zip(Guid id, string owner) => Find(id, owner)?.Zip;

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _oneAtATime.Dispose();
    }

    private Job? Find(Guid id, string owner) =>
        _jobs.TryGetValue(id, out var job) && string.Equals(job.Owner, owner, StringComparison.Ordinal) ? job : null;

    private async Task RunAsync(Job job, IReadOnlyList<UnitReportModel> models)
    {
        var token = _stopping.Token;
        try
        {
            await _oneAtATime.WaitAsync(token);
            try
            {
                job.Zip = await UnitReportsArchive.CreateAsync(models, printer, options.Value.MaxConcurrentPrints, job.UnitDone, token);
            }
            finally
            {
                _oneAtATime.Release();
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            job.Failed = true;
        }
#pragma warning disable CA1031 // A background job has no caller to throw to: the failure is logged and shown as the job's status.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            job.Failed = true;
            logger.LogError(exception, "Building the reports archive of {Month} failed.", job.Month);
        }
    }

    private async Task<Dictionary<int, string>> NotesAsync(YearMonth month, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var day = month.FirstDay;
        return await db.UnitMonthNotes.AsNoTracking()
            .Where(n => n.Month == day)
            .ToDictionaryAsync(n => n.UnitId, n => n.Text, cancellationToken);
    }

    private void Purge()
    {
        var now = _time.GetUtcNow();
        foreach (var (id, job) in _jobs)
        {
            if (job.Work?.IsCompleted == true && now - job.Started > KeepFor)
            {
                _jobs.TryRemove(id, out _);
            }
        }
    }

    private sealed class Job(Guid id, string owner, YearMonth month, PeerGroup? group, int total, DateTimeOffset started)
    {
        private int _done;
        private byte[]? _zip;
        private bool _failed;

        public Guid Id { get; } = id;

        public string Owner { get; } = owner;

        public YearMonth Month { get; } = month;

        public DateTimeOffset Started { get; } = started;

        public Task? Work { get; set; }

        public byte[]? Zip
        {
            get => Volatile.Read(ref _zip);
            set => Volatile.Write(ref _zip, value);
        }

        public bool Failed
        {
            get => Volatile.Read(ref _failed);
            set => Volatile.Write(ref _failed, value);
        }

        public ArchiveJobStatus Status => new(Id, Month, group, Volatile.Read(ref _done), total, Zip is not null, Failed);

        public void UnitDone() => Interlocked.Increment(ref _done);
    }
}
