using TargetsDashboard.Ingestion;

namespace TargetsDashboard.Dashboard.Import;

/// <summary>One import batch as the history table shows it: Vietnam time, vi-VN counts, the mode in words.</summary>
public sealed record ImportHistoryRow(long Id, string At, string UserName, string Origin, string Month, string Mode, string Added, string Changed, string Unchanged, string Rejected)
{
    public const int PageSize = 200;

    public static ImportHistoryRow From(ImportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return new ImportHistoryRow(
            batch.Id,
            VietnameseFormat.LocalDateTime(batch.AtUtc),
            batch.UserName,
            batch.Origin,
            IngestionMessages.Month(batch.Month),
            ModeText(batch),
            VietnameseFormat.Count(batch.RowsAdded),
            VietnameseFormat.Count(batch.RowsChanged),
            VietnameseFormat.Count(batch.RowsUnchanged),
            VietnameseFormat.Count(batch.RowsRejected));
    }

    private static string ModeText(ImportBatch batch)
    {
        var mode = batch.Mode == ImportMode.Replace ? "Thay thế số liệu hiện có" : "Chỉ thêm số liệu còn thiếu";
        var source = batch.Source == MeasurementSource.Api ? "API" : "Excel";
        return $"{mode} ({source})";
    }
}
