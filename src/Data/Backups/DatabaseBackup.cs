using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TargetsDashboard.Data.Backups;

/// <summary>The outcome of a backup: the file written, or why none was.</summary>
/// <param name="NotSqlite">The database is SQL Server: the server's own backups are the ones to use.</param>
public sealed record BackupResult(string? Path, long Bytes, string? Error, bool NotSqlite = false)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Copies the SQLite database with SQLite's online backup (consistent while the app keeps writing) into a new file.
/// SQL Server is backed up by the server's own tools; this says so instead of pretending.
/// </summary>
public sealed class DatabaseBackup(IDbContextFactory<TargetsDbContext> contextFactory)
{
    public const string SqlServerMessage =
        "Cơ sở dữ liệu là SQL Server: hãy sao lưu bằng công cụ của máy chủ SQL (BACKUP DATABASE hoặc kế hoạch bảo trì). Chức năng này chỉ sao lưu SQLite.";

    /// <summary>Backs the database up into <paramref name="destination"/>, which must not exist yet.</summary>
    public async Task<BackupResult> BackupToAsync(string destination, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var target = Path.GetFullPath(destination);
        if (File.Exists(target))
        {
            return new BackupResult(null, 0, $"Tệp {target} đã có; hãy chọn tên tệp mới (bản sao lưu không ghi đè tệp có sẵn).");
        }

        string? connectionString;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!db.Database.IsSqlite())
            {
                return new BackupResult(null, 0, SqlServerMessage, NotSqlite: true);
            }

            connectionString = db.Database.GetConnectionString();
        }

        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);

        // Written beside the target and renamed at the end: a half-written file never carries the backup's name.
        var partial = target + ".partial";
        try
        {
            await using (var source = new SqliteConnection(connectionString))
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                await source.OpenAsync(cancellationToken);
                await copy.OpenAsync(cancellationToken);
                source.BackupDatabase(copy);
            }

            File.Move(partial, target);
        }
        catch (SqliteException e)
        {
            File.Delete(partial);
            return new BackupResult(null, 0, string.Create(CultureInfo.InvariantCulture, $"Sao lưu không thành công: {e.Message}"));
        }

        return new BackupResult(target, new FileInfo(target).Length, null);
    }

    /// <summary>File name of a scheduled backup: sorts by time, e.g. dashboard-20261203-023000.db.</summary>
    public static string ScheduledFileName(DateTimeOffset at) =>
        "dashboard-" + at.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".db";

    /// <summary>Deletes the oldest scheduled backups in <paramref name="folder"/> beyond <paramref name="keep"/>; returns the deleted files.</summary>
    public static IReadOnlyList<string> Prune(string folder, int keep)
    {
        var old = Directory.GetFiles(folder, "dashboard-*.db")
            .OrderByDescending(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Skip(keep)
            .ToList();
        foreach (var file in old)
        {
            File.Delete(file);
        }

        return old;
    }
}
