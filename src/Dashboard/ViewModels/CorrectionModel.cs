using TargetsDashboard.Data.Corrections.UnitMonth;

namespace TargetsDashboard.Dashboard.ViewModels;

public enum CorrectionMessageKind
{
    Saved,
    Refused,
    Conflict,

    /// <summary>The database did not take the write; nothing was saved.</summary>
    Failed,
}

/// <summary>What the page tells the user after a save; <paramref name="Detail"/> is a second line (what they had typed).</summary>
public sealed record CorrectionMessage(CorrectionMessageKind Kind, string Text, string? Detail = null);

/// <summary>One indicator's row on the correction page: the stored figure and what the user has typed over it.</summary>
public sealed class CorrectionRow(IndicatorFigure indicator)
{
    public int IndicatorId => indicator.IndicatorId;

    public string Code => indicator.Code;

    public string Name => indicator.NameVi;

    public string ShortName => indicator.ShortNameVi;

    public string NumeratorMeaning => indicator.NumeratorVi;

    public string DenominatorMeaning => indicator.DenominatorVi;

    public FigureState? Saved { get; private set; } = indicator.Current;

    /// <summary>The numerator as typed; starts as the stored one.</summary>
    public long? Numerator { get; set; } = indicator.Current?.Numerator;

    public long? Denominator { get; set; } = indicator.Current?.Denominator;

    public bool IsChanged => Numerator != Saved?.Numerator || Denominator != Saved?.Denominator;

    public string SavedCountsText => Saved is null ? string.Empty : Fraction(Saved.Numerator, Saved.Denominator);

    /// <summary>The stored ratio; a zero denominator is unknown, never 0%.</summary>
    public string SavedRatioText => Saved is null ? VietnameseFormat.Unknown : RatioText(Saved.Numerator, Saved.Denominator);

    /// <summary>The ratio the typed figures would give, while they differ from the stored ones.</summary>
    public string? TypedRatioText => IsChanged && Numerator is { } n && Denominator is { } d && n >= 0 && n <= d ? RatioText(n, d) : null;

    public string UpdatedText => Saved switch
    {
        null => "Chưa có số liệu",
        { Source: MeasurementSource.Demo } => "Dữ liệu minh họa",
        _ => $"{Saved.UpdatedByName}, {VietnameseFormat.LocalDateTime(Saved.UpdatedAtUtc)}",
    };

    /// <summary>Shows the stored figure again, dropping what was typed (after a save, or someone else's save).</summary>
    public void Reset(FigureState? saved)
    {
        Saved = saved;
        Numerator = saved?.Numerator;
        Denominator = saved?.Denominator;
    }

    public static string Fraction(long numerator, long denominator) =>
        $"{VietnameseFormat.Count(numerator)}/{VietnameseFormat.Count(denominator)}";

    /// <summary>A ratio of counts as a reader sees it; a zero denominator is unknown, never 0%.</summary>
    public static string RatioText(long numerator, long denominator) =>
        denominator == 0 ? VietnameseFormat.Unknown : VietnameseFormat.Percent((decimal)numerator / denominator);
}

/// <summary>The state of the correction page for one unit-month; <see cref="CorrectionWorkflow"/> loads and saves it.</summary>
public sealed class CorrectionModel
{
    public required int UnitId { get; init; }

    public required string UnitCode { get; init; }

    public required string UnitName { get; init; }

    public required YearMonth Month { get; init; }

    public string MonthLabel => Month.ToString();

    public string UnitLink => Links.Unit(UnitCode, Month.ToIsoString());

    public string PreviousMonthLink => Links.Correction(UnitCode, Month.AddMonths(-1).ToIsoString());

    public string NextMonthLink => Links.Correction(UnitCode, Month.AddMonths(1).ToIsoString());

    /// <summary>Why nothing may be changed (closed month, inactive unit); null when the page is editable.</summary>
    public string? ReadOnlyMessage { get; set; }

    public bool IsReadOnly => ReadOnlyMessage is not null;

    public required IReadOnlyList<CorrectionRow> Rows { get; init; }

    /// <summary>Why the figures are changed; written to the audit log with each saved figure.</summary>
    public string? Reason { get; set; }

    public NoteState? SavedNote { get; set; }

    /// <summary>The month note as typed; starts as the stored one.</summary>
    public string? NoteText { get; set; }

    public bool IsNoteChanged => (NoteText?.Trim() ?? string.Empty) != (SavedNote?.Text ?? string.Empty);

    public string? NoteUpdatedText => SavedNote is null ? null : $"{SavedNote.UpdatedByName}, {VietnameseFormat.LocalDateTime(SavedNote.UpdatedAtUtc)}";

    public CorrectionMessage? Message { get; set; }

    /// <summary>The unit-month's latest saved change, from the audit log: a reload after a lost connection says whether a save landed.</summary>
    public LastSave? LastSave { get; set; }

    /// <summary>"Lần lưu gần nhất: Số hóa 190/210 — Văn phòng UBND tỉnh, 14:32 23/11/2026 (lý do: Sở gửi bổ sung)."</summary>
    public string? LastSaveText => LastSave is not { } last
        ? null
        : $"Lần lưu gần nhất: {last.What}{(last.Figure is { } f ? " " + CorrectionRow.Fraction(f.Numerator, f.Denominator) : string.Empty)} — "
          + $"{last.UserDisplayName}, {VietnameseFormat.LocalTimeThenDate(last.AtUtc)}"
          + (last.ImportBatchId is { } import ? $" (lần nhập #{import})." : last.Reason is { Length: > 0 } reason ? $" (lý do: {reason})." : ".");

    public static CorrectionModel From(UnitMonthFigures month)
    {
        ArgumentNullException.ThrowIfNull(month);
        return new CorrectionModel
        {
            UnitId = month.UnitId,
            UnitCode = month.UnitCode,
            UnitName = month.UnitName,
            Month = month.Month,
            ReadOnlyMessage = month.LockedMessage ?? month.InactiveMessage,
            Rows = month.Figures.Select(f => new CorrectionRow(f)).ToList(),
            SavedNote = month.Note,
            NoteText = month.Note?.Text,
            LastSave = month.LastSave,
        };
    }
}
