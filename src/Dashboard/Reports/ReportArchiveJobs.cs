using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
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

/// <summary>The outcome of asking for an archive: the job, or why none was started.</summary>
/// <param name="Job">The job started; null when refused.</param>
/// <param name="Refusal">Why nothing was started, in Vietnamese; null when a job started.</param>
/// <param name="TooManyRunning">Refused because the user already has <see cref="ReportArchiveJobs.MaxRunningPerUser"/> jobs running.</param>
public sealed record ArchiveStart(ArchiveJobStatus? Job, string? Refusal, bool TooManyRunning = false);

/// <summary>
/// Builds the all-units zip of a month in the background. A singleton: one job at a time (a second waits its turn),
/// each printing through the app's one warm <see cref="PdfPrinter"/> with the same bound on concurrent prints, so
/// that a zip never starves the single-report downloads of the browser. A user has at most
/// <see cref="MaxRunningPerUser"/> jobs unfinished, so that nobody fills the queue. A job belongs to the user who
/// started it; finished jobs are kept for <see cref="KeepFor"/> and then dropped with their zip.
/// </summary>
public sealed class ReportArchiveJobs(
    ReportSource source,
    PdfPrinter printer,
    IOptions<ReportOptions> options,
    ILogger<ReportArchiveJobs> logger,
    TimeProvider? time = null) : IDisposable
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(30);

    /// <summary>Unfinished jobs one user may have: enough for both peer groups at once.</summary>
    public const int MaxRunningPerUser = 2;

    private readonly ConcurrentDictionary<Guid, Job> _jobs = new();
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly Lock _starting = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The refusal shown when a user already has <see cref="MaxRunningPerUser"/> unfinished jobs.</summary>
    public static string TooManyRunningMessage { get; } =
        $"Bạn đang có {MaxRunningPerUser} tệp nén chưa tạo xong. Hãy chờ một tệp xong rồi tạo tiếp.";

    /// <summary>
    /// Queues the archive of <paramref name="month"/> (one peer group's units when <paramref name="group"/> is set).
    /// Refused when no unit has figures for it, or when <paramref name="owner"/> already has
    /// <see cref="MaxRunningPerUser"/> unfinished jobs.
    /// </summary>
    public async Task<ArchiveStart> StartAsync(YearMonth month, string owner, PeerGroup? group = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        Purge();
        if (Running(owner) >= MaxRunningPerUser)
        {
            return new ArchiveStart(null, TooManyRunningMessage, TooManyRunning: true);
        }

        // Models are cheap (milliseconds each) and built here, so that the total is known when the caller first asks.
        var models = await source.UnitReportsAsync(month, group, cancellationToken);
        if (models.Count == 0)
        {
            return new ArchiveStart(null, $"Chưa có số liệu tháng {month}: không có báo cáo để tạo.");
        }

        Job job;
        lock (_starting)
        {
            // Counted again under the lock: two requests of one user at the same moment must not both pass.
            if (Running(owner) >= MaxRunningPerUser)
            {
                return new ArchiveStart(null, TooManyRunningMessage, TooManyRunning: true);
            }

            job = new Job(Guid.NewGuid(), owner, month, group, models.Count, _time.GetUtcNow());
            _jobs[job.Id] = job;
        }

        job.Work = Task.Run(() => RunAsync(job, models), CancellationToken.None);
        return new ArchiveStart(job.Status, null);
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

    private int Running(string owner) =>
        _jobs.Values.Count(j => string.Equals(j.Owner, owner, StringComparison.Ordinal) && j.Work?.IsCompleted != true);

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
