using TargetsDashboard.Dashboard.Writes;
using TargetsDashboard.Data.Corrections;
using TargetsDashboard.Data.Corrections.CorrectFigure;
using TargetsDashboard.Data.Corrections.CorrectNote;
using TargetsDashboard.Data.Corrections.UnitMonth;

namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>
/// The behaviour of the correction page, without the page: loads a unit-month into a <see cref="CorrectionModel"/>,
/// saves one row or the note, and turns each outcome into what the user reads (the conflict in words, fresh values).
/// </summary>
public sealed class CorrectionWorkflow(
    UnitMonthQuery query, CorrectFigureHandler figures, CorrectNoteHandler notes, KpiDataSource dataSource, WriteGuard writes)
{
    public const string KeepYourChanges = "Thay đổi của bạn chưa được lưu; hãy xem lại và lưu lại nếu vẫn cần.";

    /// <summary>The month named in the URL (a quarter or year means its last month), else the latest month with figures.</summary>
    public async Task<YearMonth> MonthAsync(string? periodToken, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (Period.TryParseToken(periodToken, out var period))
        {
            return period.End;
        }

        var snapshot = await dataSource.GetAsync(cancellationToken);
        return snapshot.LastMonth ?? YearMonth.FromDate(Vietnam.Today(clock));
    }

    /// <summary>The page's model, or null when no unit has the code.</summary>
    public async Task<CorrectionModel?> LoadAsync(string unitCode, YearMonth month, CancellationToken cancellationToken = default) =>
        await query.LoadAsync(unitCode, month, cancellationToken) is { } loaded ? CorrectionModel.From(loaded) : null;

    /// <summary>Saves the row's typed figures with the model's reason; the row shows the stored figure afterwards.</summary>
    public async Task SaveRowAsync(CorrectionModel model, CorrectionRow row, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(row);
        if (row.Numerator is not { } numerator || row.Denominator is not { } denominator)
        {
            model.Message = new CorrectionMessage(CorrectionMessageKind.Refused, $"Cần nhập cả tử số và mẫu số của chỉ tiêu {row.ShortName}.");
            return;
        }

        var edit = new FigureCorrection(model.UnitId, model.Month, row.IndicatorId, numerator, denominator, row.Saved?.Version);
        var (result, failure) = await writes.RunAsync($"số liệu {row.ShortName}", () => figures.SaveFigureAsync(edit, model.Reason, userName, cancellationToken));
        if (failure is not null)
        {
            // What was typed stays in the inputs, so that saving again is one click.
            model.Message = new CorrectionMessage(
                CorrectionMessageKind.Failed,
                failure.Message,
                $"Bạn đã nhập {CorrectionRow.Fraction(numerator, denominator)}; số liệu đang lưu: {(row.Saved is null ? "chưa có" : row.SavedCountsText)}.");
            return;
        }

        switch (result)
        {
            case CorrectionSaved:
                var stored = await query.LoadAsync(model.UnitCode, model.Month, cancellationToken);
                row.Reset(stored?.Figures.FirstOrDefault(f => f.IndicatorId == row.IndicatorId)?.Current);
                model.LastSave = stored?.LastSave;
                model.Message = new CorrectionMessage(CorrectionMessageKind.Saved, $"Đã lưu {row.ShortName}: {row.SavedCountsText} ({row.SavedRatioText}).");
                break;
            case FigureConflict conflict:
                row.Reset(conflict.Current);
                model.Message = new CorrectionMessage(
                    CorrectionMessageKind.Conflict,
                    ConflictMessage(row.ShortName, conflict.Current),
                    $"Bạn đã nhập {CorrectionRow.Fraction(numerator, denominator)}.");
                break;
            default:
                await ShowRefusalAsync(model, result!, cancellationToken);
                break;
        }
    }

    /// <summary>Saves the typed month note (an empty note deletes it).</summary>
    public async Task SaveNoteAsync(CorrectionModel model, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var typed = model.NoteText;
        var (result, failure) = await writes.RunAsync(
            "ghi chú của tháng", () => notes.SaveNoteAsync(model.UnitId, model.Month, typed, model.SavedNote?.Version, userName, cancellationToken));
        if (failure is not null)
        {
            model.Message = new CorrectionMessage(CorrectionMessageKind.Failed, failure.Message, "Nội dung bạn đã nhập vẫn còn trong ô ghi chú.");
            return;
        }

        switch (result)
        {
            case CorrectionSaved:
                var stored = (await query.LoadAsync(model.UnitCode, model.Month, cancellationToken))?.Note;
                model.SavedNote = stored;
                model.NoteText = stored?.Text;
                model.Message = new CorrectionMessage(CorrectionMessageKind.Saved, stored is null ? "Đã xóa ghi chú của tháng." : "Đã lưu ghi chú của tháng.");
                break;
            case NoteConflict conflict:
                model.SavedNote = conflict.Current;
                model.NoteText = conflict.Current?.Text;
                model.Message = new CorrectionMessage(CorrectionMessageKind.Conflict, NoteConflictMessage(conflict.Current), $"Nội dung bạn đã nhập: {typed}");
                break;
            default:
                await ShowRefusalAsync(model, result!, cancellationToken);
                break;
        }
    }

    /// <summary>A closed month (the page turns read-only) or an invalid entry: the message, nothing saved.</summary>
    private async Task ShowRefusalAsync(CorrectionModel model, CorrectionResult result, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case CorrectionLocked locked:
                await RefreshAsync(model, cancellationToken);
                model.Message = new CorrectionMessage(CorrectionMessageKind.Refused, locked.Message);
                break;
            case CorrectionInvalid invalid:
                model.Message = new CorrectionMessage(CorrectionMessageKind.Refused, invalid.Message);
                break;
        }
    }

    /// <summary>"Số liệu Số hóa đã được Nguyễn Văn A sửa lúc 14:32 23/11/2026 thành 45/60. Thay đổi của bạn chưa được lưu; …"</summary>
    public static string ConflictMessage(string indicatorShortName, FigureState? current) => current is null
        ? $"Số liệu {indicatorShortName} vừa được người khác thay đổi. {KeepYourChanges}"
        : $"Số liệu {indicatorShortName} đã được {current.UpdatedByName} sửa lúc {VietnameseFormat.LocalTimeThenDate(current.UpdatedAtUtc)} "
          + $"thành {CorrectionRow.Fraction(current.Numerator, current.Denominator)}. {KeepYourChanges}";

    public static string NoteConflictMessage(NoteState? current) => current is null
        ? $"Ghi chú vừa được người khác xóa. {KeepYourChanges}"
        : $"Ghi chú đã được {current.UpdatedByName} sửa lúc {VietnameseFormat.LocalTimeThenDate(current.UpdatedAtUtc)}. {KeepYourChanges}";

    /// <summary>After a refusal for a closed month: everything reloaded, the page turns read-only.</summary>
    private async Task RefreshAsync(CorrectionModel model, CancellationToken cancellationToken)
    {
        if (await query.LoadAsync(model.UnitCode, model.Month, cancellationToken) is not { } month)
        {
            return;
        }

        model.ReadOnlyMessage = month.LockedMessage ?? month.InactiveMessage;
        foreach (var row in model.Rows)
        {
            row.Reset(month.Figures.FirstOrDefault(f => f.IndicatorId == row.IndicatorId)?.Current);
        }

        model.SavedNote = month.Note;
        model.NoteText = month.Note?.Text;
        model.LastSave = month.LastSave;
    }
}
