using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Dashboard.Writes;
using TargetsDashboard.Data.Figures;
using TargetsDashboard.Ingestion;
using TargetsDashboard.Ingestion.Excel;

namespace TargetsDashboard.Dashboard.Import;

/// <summary>
/// The steps of an Excel import, without Blazor: a month, an uploaded file and its preview, an explicit mode, and
/// the commit. The page only shows this state and forwards clicks, so the rules (confirm only a clean preview with a
/// chosen mode, nothing for a locked month) are tested without a browser.
/// </summary>
public sealed class ImportWorkflow(
    ImportWorkbookReader reader,
    FigureImporter importer,
    IDbContextFactory<TargetsDbContext> contextFactory,
    WriteGuard writes)
{
    /// <summary>The chosen month, or null when the URL named none or an invalid one.</summary>
    public YearMonth? Month { get; private set; }

    public bool MonthLocked { get; private set; }

    public ImportPreview? Preview { get; private set; }

    /// <summary>No default: the user must say whether existing figures are replaced.</summary>
    public ImportMode? Mode { get; set; }

    /// <summary>The file holds year-to-date 766 figures: each month is derived from the stored months before it.</summary>
    public bool YearToDate { get; set; }

    public ImportOutcome? Outcome { get; private set; }

    /// <summary>The last confirm did not reach the database; the preview stays, so confirming again is one click.</summary>
    public WriteFailure? Failure { get; private set; }

    public bool Busy { get; private set; }

    public long MaxFileBytes => reader.Limits.MaxFileBytes;

    public string? MonthToken => Month?.ToIsoString();

    public string? TemplateHref => Month is { } m ? ImportLinks.Template(m) : null;

    /// <summary>The download attribute of the template link: the browser saves the file instead of Blazor routing to it.</summary>
    public string? TemplateFileName => Month is { } m ? ImportLinks.TemplateFileName(m) : null;

    public string? OverviewHref => Month is { } m ? Links.Overview(m.ToIsoString(), null) : null;

    public bool CanConfirm => Preview is { CanCommit: true } && Mode is not null && Outcome is null && !Busy && !MonthLocked;

    /// <summary>The months offered: this month back three years, newest first, and the chosen month if older.</summary>
    public IReadOnlyList<YearMonth> MonthChoices(DateOnly today)
    {
        var current = YearMonth.FromDate(today);
        var months = Enumerable.Range(0, 36).Select(i => current.AddMonths(-i)).ToList();
        if (Month is { } chosen && !months.Contains(chosen))
        {
            months.Add(chosen);
        }

        return months;
    }

    /// <summary>Sets the month from the URL token (yyyy-MM) and forgets any earlier file.</summary>
    public async Task SelectMonthAsync(string? token, CancellationToken cancellationToken = default)
    {
        Reset();
        Month = YearMonth.TryParseIso(token, out var month) ? month : null;
        MonthLocked = false;
        if (Month is { } m)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            MonthLocked = await db.MonthLocks.AnyAsync(l => l.Month == m.FirstDay, cancellationToken);
        }
    }

    public string? MonthLockedMessage => MonthLocked && Month is { } m ? FigureMessages.MonthLocked(m) : null;

    /// <summary>Reads and previews an uploaded file; a file over the limit is refused before it is read.</summary>
    public async Task LoadAsync(Func<long, Stream> open, string fileName, long size, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(open);
        if (Month is not { } month)
        {
            return;
        }

        Reset();
        Busy = true;
        try
        {
            FigureBatch batch;
            if (size > reader.Limits.MaxFileBytes)
            {
                batch = new FigureBatch(month.FirstDay, [], [FigureIssue.ForBatch(ExcelImportMessages.TooLarge(reader.Limits.MaxFileBytes))], fileName, string.Empty);
            }
            else
            {
                await using var stream = open(reader.Limits.MaxFileBytes + 1);
                batch = await reader.ReadAsync(stream, fileName, month.FirstDay, cancellationToken);
            }

            batch = batch with { IsYearToDate = YearToDate };

            Preview = await importer.PreviewAsync(batch, cancellationToken);
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>Writes the previewed figures; refused (and nothing written) unless <see cref="CanConfirm"/>.</summary>
    public async Task ConfirmAsync(string userName, CancellationToken cancellationToken = default)
    {
        if (!CanConfirm)
        {
            return;
        }

        Busy = true;
        try
        {
            (Outcome, Failure) = await writes.RunAsync(
                $"số liệu tháng {Month} từ tệp {FigureMessages.Quote(Preview!.Batch.Origin)}",
                () => importer.CommitAsync(Preview!, Mode!.Value, MeasurementSource.ExcelImport, userName, cancellationToken));
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>The result in words, with counts in vi-VN.</summary>
    public string? OutcomeMessage => Outcome switch
    {
        null => Failure?.Message,
        { Status: ImportStatus.Committed } o => string.Create(
            CultureInfo.InvariantCulture,
            $"Đã ghi số liệu tháng {Month}: {VietnameseFormat.Count(o.Added)} số liệu mới, {VietnameseFormat.Count(o.Changed)} số liệu được thay thế, {VietnameseFormat.Count(o.Unchanged)} không đổi{(o.Kept > 0 ? $", {VietnameseFormat.Count(o.Kept)} số liệu khác giữ nguyên giá trị cũ" : string.Empty)}."),
        { Status: ImportStatus.AlreadyApplied } => "Tệp này đã được nhập trước đó và số liệu không có gì khác: không ghi thêm gì.",
        var o => string.Join(" ", o.Issues.Select(i => i.ToString())),
    };

    public bool OutcomeSucceeded => Outcome?.Succeeded == true;

    /// <summary>Back to choosing a file (after a refusal or to import another one).</summary>
    public void Reset()
    {
        Preview = null;
        Mode = null;
        Outcome = null;
        Failure = null;
    }

    /// <summary>The changed rows' values for display: "45 / 100 → 60 / 100".</summary>
    public static string Change(PreviewRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return $"{Figure(row.OldNumerator, row.OldDenominator)} → {Figure(row.Numerator, row.Denominator)}";
    }

    public static string Figure(long? numerator, long? denominator) =>
        numerator is null || denominator is null ? "–" : $"{VietnameseFormat.Count(numerator.Value)} / {VietnameseFormat.Count(denominator.Value)}";
}
