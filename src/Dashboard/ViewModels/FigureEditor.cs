using TargetsDashboard.Data;
using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>
/// The behaviour of the correction page, without the page: loads a unit-month into a <see cref="FigureEditModel"/>,
/// saves one row or the note, and turns each outcome into what the user reads (the conflict in words, fresh values).
/// </summary>
public sealed class FigureEditor(FigureCorrections corrections, KpiDataSource dataSource)
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
    public async Task<FigureEditModel?> LoadAsync(string unitCode, YearMonth month, CancellationToken cancellationToken = default) =>
        await corrections.LoadAsync(unitCode, month, cancellationToken) is { } loaded ? FigureEditModel.From(loaded) : null;

    /// <summary>Saves the row's typed figures with the model's reason; the row shows the stored figure afterwards.</summary>
    public async Task SaveRowAsync(FigureEditModel model, FigureEditRow row, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(row);
        if (row.Numerator is not { } numerator || row.Denominator is not { } denominator)
        {
            model.Message = new EditMessage(EditMessageKind.Refused, $"Cần nhập cả tử số và mẫu số của chỉ tiêu {row.ShortName}.");
            return;
        }

        var edit = new FigureEdit(model.UnitId, model.Month, row.IndicatorId, numerator, denominator, row.Saved?.Version);
        var result = await corrections.SaveFigureAsync(edit, model.Reason, userName, cancellationToken);
        switch (result)
        {
            case CorrectionSaved:
                row.Reset(await StoredFigureAsync(model, row, cancellationToken));
                model.Message = new EditMessage(EditMessageKind.Saved, $"Đã lưu {row.ShortName}: {row.SavedCountsText} ({row.SavedRatioText}).");
                break;
            case FigureConflict conflict:
                row.Reset(conflict.Current);
                model.Message = new EditMessage(
                    EditMessageKind.Conflict,
                    ConflictMessage(row.ShortName, conflict.Current),
                    $"Bạn đã nhập {FigureEditRow.Fraction(numerator, denominator)}.");
                break;
            default:
                await ShowRefusalAsync(model, result, cancellationToken);
                break;
        }
    }

    /// <summary>Saves the typed month note (an empty note deletes it).</summary>
    public async Task SaveNoteAsync(FigureEditModel model, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var typed = model.NoteText;
        var result = await corrections.SaveNoteAsync(model.UnitId, model.Month, typed, model.SavedNote?.Version, userName, cancellationToken);
        switch (result)
        {
            case CorrectionSaved:
                var stored = (await corrections.LoadAsync(model.UnitCode, model.Month, cancellationToken))?.Note;
                model.SavedNote = stored;
                model.NoteText = stored?.Text;
                model.Message = new EditMessage(EditMessageKind.Saved, stored is null ? "Đã xóa ghi chú của tháng." : "Đã lưu ghi chú của tháng.");
                break;
            case NoteConflict conflict:
                model.SavedNote = conflict.Current;
                model.NoteText = conflict.Current?.Text;
                model.Message = new EditMessage(EditMessageKind.Conflict, NoteConflictMessage(conflict.Current), $"Nội dung bạn đã nhập: {typed}");
                break;
            default:
                await ShowRefusalAsync(model, result, cancellationToken);
                break;
        }
    }

    /// <summary>A closed month (the page turns read-only) or an invalid entry: the message, nothing saved.</summary>
    private async Task ShowRefusalAsync(FigureEditModel model, CorrectionResult result, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case CorrectionLocked locked:
                await RefreshAsync(model, cancellationToken);
                model.Message = new EditMessage(EditMessageKind.Refused, locked.Message);
                break;
            case CorrectionInvalid invalid:
                model.Message = new EditMessage(EditMessageKind.Refused, invalid.Message);
                break;
        }
    }

    /// <summary>"Số liệu Số hóa đã được Nguyễn Văn A sửa lúc 14:32 23/11/2026 thành 45/60. Thay đổi của bạn chưa được lưu; …"</summary>
    public static string ConflictMessage(string indicatorShortName, FigureState? current) => current is null
        ? $"Số liệu {indicatorShortName} vừa được người khác thay đổi. {KeepYourChanges}"
        : $"Số liệu {indicatorShortName} đã được {current.UpdatedByName} sửa lúc {VietnameseFormat.LocalTimeThenDate(current.UpdatedAtUtc)} "
          + $"thành {FigureEditRow.Fraction(current.Numerator, current.Denominator)}. {KeepYourChanges}";

    public static string NoteConflictMessage(NoteState? current) => current is null
        ? $"Ghi chú vừa được người khác xóa. {KeepYourChanges}"
        : $"Ghi chú đã được {current.UpdatedByName} sửa lúc {VietnameseFormat.LocalTimeThenDate(current.UpdatedAtUtc)}. {KeepYourChanges}";

    private async Task<FigureState?> StoredFigureAsync(FigureEditModel model, FigureEditRow row, CancellationToken cancellationToken) =>
        (await corrections.LoadAsync(model.UnitCode, model.Month, cancellationToken))?.Figures.FirstOrDefault(f => f.IndicatorId == row.IndicatorId)?.Current;

    /// <summary>After a refusal for a closed month: everything reloaded, the page turns read-only.</summary>
    private async Task RefreshAsync(FigureEditModel model, CancellationToken cancellationToken)
    {
        if (await corrections.LoadAsync(model.UnitCode, model.Month, cancellationToken) is not { } month)
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
    }
}
