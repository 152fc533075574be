using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TargetsDashboard.Data.Backups;

/// <summary>
/// Takes a SQLite backup every <see cref="BackupOptions.BackupInterval"/> into <see cref="BackupOptions.BackupFolder"/>
/// and keeps the newest <see cref="BackupOptions.BackupKeep"/>. Off when no folder is configured; on SQL Server it
/// logs once that the server's backups are the ones to use.
/// </summary>
public sealed class ScheduledBackups(
    DatabaseBackup backup,
    IOptions<BackupOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<ScheduledBackups> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, settings.BackupFolder!));
        using var timer = new PeriodicTimer(settings.BackupInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!await RunOnceAsync(folder, settings.BackupKeep, stoppingToken))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One scheduled backup and the pruning after it; false when backups cannot work here at all (SQL Server).</summary>
    private async Task<bool> RunOnceAsync(string folder, int keep, CancellationToken cancellationToken)
    {
        try
        {
            var result = await backup.BackupToAsync(Path.Combine(folder, DatabaseBackup.ScheduledFileName(clock.GetUtcNow())), cancellationToken);
            if (result.NotSqlite)
            {
                logger.LogWarning("Scheduled backups are configured but the database is SQL Server; use the server's backups.");
                return false;
            }

            if (!result.Succeeded)
            {
                logger.LogError("Scheduled backup failed: {Error}", result.Error);
                return true;
            }

            var pruned = DatabaseBackup.Prune(folder, keep);
            logger.LogInformation("Backup written to {Path} ({Bytes} bytes); {Pruned} older backups deleted.", result.Path, result.Bytes, pruned.Count);
        }
#pragma warning disable CA1031 // A failed backup (full disk, permissions) is logged and tried again next time; the app keeps serving.
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Scheduled backup to {Folder} failed.", folder);
        }

        return true;
    }
}
