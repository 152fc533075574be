using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Formatting;
using YearMonth = TargetsDashboard.Kpi.YearMonth;

namespace TargetsDashboard.Data;

/// <summary>A stored figure and who wrote it last.</summary>
/// <param name="UpdatedByName">The writer's display name when they have an account, else the stored user name.</param>
public sealed record FigureState(long Numerator, long Denominator, int Version, string UpdatedBy, string UpdatedByName, DateTime UpdatedAtUtc, MeasurementSource Source);

/// <summary>A stored month note and who wrote it last.</summary>
public sealed record NoteState(string Text, int Version, string UpdatedBy, string UpdatedByName, DateTime UpdatedAtUtc);

/// <summary>One indicator of a unit-month: what it counts and its figure, null when none was reported.</summary>
public sealed record IndicatorFigure(int IndicatorId, string Code, string NameVi, string ShortNameVi, string NumeratorVi, string DenominatorVi, FigureState? Current);

/// <summary>Everything the correction page shows for one unit and month.</summary>
/// <param name="LockedMessage">Why the month cannot be changed because it is closed; null while open.</param>
/// <param name="InactiveMessage">Why the unit takes no figures for the month (not yet founded, merged away); null when it does.</param>
public sealed record UnitMonthFigures(
    int UnitId,
    string UnitCode,
    string UnitName,
    YearMonth Month,
    string? LockedMessage,
    string? InactiveMessage,
    IReadOnlyList<IndicatorFigure> Figures,
    NoteState? Note)
{
    public bool IsReadOnly => LockedMessage is not null || InactiveMessage is not null;
}

/// <summary>A corrected figure as the user entered it, with the version they saw (null when they saw none).</summary>
public sealed record FigureEdit(int UnitId, YearMonth Month, int IndicatorId, long Numerator, long Denominator, int? ExpectedVersion);

/// <summary>What came of a correction: <see cref="CorrectionSaved"/>, <see cref="CorrectionInvalid"/>, <see cref="CorrectionLocked"/>, or a conflict.</summary>
public abstract record CorrectionResult;

public sealed record CorrectionSaved : CorrectionResult;

/// <summary>The input was refused; nothing was written.</summary>
public sealed record CorrectionInvalid(string Message) : CorrectionResult;

/// <summary>The month is closed; nothing was written.</summary>
public sealed record CorrectionLocked(string Message) : CorrectionResult;

/// <summary>Someone else saved the figure after it was loaded; nothing was written. <paramref name="Current"/> is theirs.</summary>
public sealed record FigureConflict(FigureState? Current) : CorrectionResult;

/// <summary>Someone else saved the note after it was loaded; nothing was written. <paramref name="Current"/> is theirs.</summary>
public sealed record NoteConflict(NoteState? Current) : CorrectionResult;

/// <summary>
/// Office staff's corrections of one unit-month: the figures of every indicator and the month note, saved one at a time
/// against the version the user saw (optimistic concurrency), refused for a closed month or an inactive unit. Every
/// changed figure is audited with the user's reason by the interceptor.
/// </summary>
public sealed class FigureCorrections(IDbContextFactory<TargetsDbContext> contextFactory)
{
    /// <summary>The audit log's limit for a reason.</summary>
    public const int MaxReasonLength = 1000;

    public const int MaxNoteLength = 4000;

    public const string ReasonTooLongMessage = "Lý do không được dài quá 1.000 ký tự.";

    private static readonly CultureInfo Vi = Vietnam.Culture;

    public async Task<UnitMonthFigures?> LoadAsync(string unitCode, YearMonth month, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var unit = await db.Units.AsNoTracking().Include(u => u.NameHistory).SingleOrDefaultAsync(u => u.Code == unitCode, cancellationToken);
        if (unit is null)
        {
            return null;
        }

        var day = month.FirstDay;
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.DisplayOrder).ToListAsync(cancellationToken);
        var measurements = await db.Measurements.AsNoTracking().Where(m => m.UnitId == unit.Id && m.Month == day).ToListAsync(cancellationToken);
        var note = await db.UnitMonthNotes.AsNoTracking().SingleOrDefaultAsync(n => n.UnitId == unit.Id && n.Month == day, cancellationToken);
        var names = await DisplayNamesAsync(db, measurements.Select(m => m.UpdatedBy).Append(note?.UpdatedBy ?? string.Empty), cancellationToken);

        return new UnitMonthFigures(
            unit.Id,
            unit.Code,
            UnitMaintenance.NameOn(unit, month.LastDay),
            month,
            await MonthLocks.IsLockedAsync(db, month, cancellationToken) ? MonthLocks.LockedMessage(month) : null,
            IsActiveIn(unit, month) ? null : InactiveMessage(unit, month),
            indicators.Select(i => new IndicatorFigure(
                    i.Id,
                    i.Code,
                    i.NameVi,
                    i.ShortNameVi,
                    i.NumeratorVi,
                    i.DenominatorVi,
                    measurements.FirstOrDefault(m => m.IndicatorId == i.Id) is { } m ? ToState(m, names) : null))
                .ToList(),
            note is null ? null : ToState(note, names));
    }

    /// <summary>Saves one indicator's figures for a unit-month (creating the figure when none exists), audited with the reason.</summary>
    public async Task<CorrectionResult> SaveFigureAsync(FigureEdit edit, string? reason, string actingUser, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentException.ThrowIfNullOrWhiteSpace(actingUser);
        if (Validate(edit, reason) is { } error)
        {
            return new CorrectionInvalid(error);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // The lock check and the write in one transaction: a month closed in between cannot take this edit.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await RefuseAsync(db, edit.UnitId, edit.Month, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!await db.Indicators.AnyAsync(i => i.Id == edit.IndicatorId, cancellationToken))
        {
            return new CorrectionInvalid("Không tìm thấy chỉ tiêu.");
        }

        var day = edit.Month.FirstDay;
        var existing = await db.Measurements.SingleOrDefaultAsync(m => m.UnitId == edit.UnitId && m.IndicatorId == edit.IndicatorId && m.Month == day, cancellationToken);
        if (existing is null)
        {
            if (edit.ExpectedVersion is not null)
            {
                return new FigureConflict(null);
            }

            db.Measurements.Add(new Measurement
            {
                UnitId = edit.UnitId,
                IndicatorId = edit.IndicatorId,
                Month = day,
                Numerator = edit.Numerator,
                Denominator = edit.Denominator,
                Source = MeasurementSource.ManualEdit,
            });
        }
        else
        {
            if (existing.Version != edit.ExpectedVersion)
            {
                return new FigureConflict(await CurrentFigureAsync(edit, cancellationToken));
            }

            if (existing.Numerator == edit.Numerator && existing.Denominator == edit.Denominator)
            {
                return new CorrectionInvalid("Số liệu không thay đổi, không có gì để lưu.");
            }

            // The UPDATE is conditioned on the version loaded here: a save that lands in between makes it touch no row.
            existing.Numerator = edit.Numerator;
            existing.Denominator = edit.Denominator;
            existing.Source = MeasurementSource.ManualEdit;
            existing.SourceReference = null;
        }

        db.ActingUser = actingUser;
        db.AuditReason = reason!.Trim();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new FigureConflict(await CurrentFigureAsync(edit, cancellationToken));
        }
        catch (DbUpdateException insertFailed) when (existing is null && DatabaseErrors.IsUniqueViolation(insertFailed))
        {
            // Someone created the figure after the page loaded: the unique index refused the second insert.
            return new FigureConflict(await CurrentFigureAsync(edit, cancellationToken) ?? throw new InvalidOperationException("The figure was refused, and none exists.", insertFailed));
        }

        await transaction.CommitAsync(cancellationToken);
        return new CorrectionSaved();
    }

    /// <summary>Saves the month note of a unit (creates it, changes it, or deletes it when the text is empty).</summary>
    public async Task<CorrectionResult> SaveNoteAsync(int unitId, YearMonth month, string? text, int? expectedVersion, string actingUser, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actingUser);
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length > MaxNoteLength)
        {
            return new CorrectionInvalid("Ghi chú không được dài quá 4.000 ký tự.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await RefuseAsync(db, unitId, month, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var day = month.FirstDay;
        var existing = await db.UnitMonthNotes.SingleOrDefaultAsync(n => n.UnitId == unitId && n.Month == day, cancellationToken);
        if (existing is null)
        {
            if (expectedVersion is not null)
            {
                return new NoteConflict(null);
            }

            if (trimmed.Length == 0)
            {
                return new CorrectionInvalid("Ghi chú đang trống, không có gì để lưu.");
            }

            db.UnitMonthNotes.Add(new UnitMonthNote { UnitId = unitId, Month = day, Text = trimmed });
        }
        else if (existing.Version != expectedVersion)
        {
            return new NoteConflict(await CurrentNoteAsync(unitId, month, cancellationToken));
        }
        else if (existing.Text == trimmed)
        {
            return new CorrectionInvalid("Ghi chú không thay đổi, không có gì để lưu.");
        }
        else if (trimmed.Length == 0)
        {
            db.UnitMonthNotes.Remove(existing);
        }
        else
        {
            existing.Text = trimmed;
        }

        db.ActingUser = actingUser;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new NoteConflict(await CurrentNoteAsync(unitId, month, cancellationToken));
        }
        catch (DbUpdateException insertFailed) when (existing is null && DatabaseErrors.IsUniqueViolation(insertFailed))
        {
            // Someone wrote the month's note after the page loaded: the unique index refused the second insert.
            return new NoteConflict(await CurrentNoteAsync(unitId, month, cancellationToken) ?? throw new InvalidOperationException("The note was refused, and none exists.", insertFailed));
        }

        return new CorrectionSaved();
    }

    /// <summary>The unit exists on some day of the month: it is expected to report for it.</summary>
    public static bool IsActiveIn(Unit unit, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.IsActiveIn(month);
    }

    /// <summary>The input checks, in the order a user would fix them; null when the edit may be saved.</summary>
    public static string? Validate(FigureEdit edit, string? reason)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (edit.Numerator < 0 || edit.Denominator < 0)
        {
            return "Tử số và mẫu số không được là số âm.";
        }

        if (edit.Numerator > edit.Denominator)
        {
            return string.Create(Vi, $"Tử số ({edit.Numerator:N0}) không được lớn hơn mẫu số ({edit.Denominator:N0}).");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Cần nhập lý do sửa số liệu.";
        }

        return reason.Trim().Length > MaxReasonLength ? ReasonTooLongMessage : null;
    }

    private static string InactiveMessage(Unit unit, YearMonth month) =>
        $"{unit.Name} không hoạt động trong tháng {month}, nên không nhận số liệu của tháng này.";

    /// <summary>Why nothing may be written for the unit-month, or null.</summary>
    private static async Task<CorrectionResult?> RefuseAsync(TargetsDbContext db, int unitId, YearMonth month, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null)
        {
            return new CorrectionInvalid("Không tìm thấy đơn vị.");
        }

        if (!IsActiveIn(unit, month))
        {
            return new CorrectionInvalid(InactiveMessage(unit, month));
        }

        return await MonthLocks.IsLockedAsync(db, month, cancellationToken) ? new CorrectionLocked(MonthLocks.LockedMessage(month)) : null;
    }

    /// <summary>Read on a fresh context: the one that failed still holds the values it tried to write.</summary>
    private async Task<FigureState?> CurrentFigureAsync(FigureEdit edit, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var day = edit.Month.FirstDay;
        var current = await db.Measurements.AsNoTracking()
            .SingleOrDefaultAsync(m => m.UnitId == edit.UnitId && m.IndicatorId == edit.IndicatorId && m.Month == day, cancellationToken);
        return current is null ? null : ToState(current, await DisplayNamesAsync(db, [current.UpdatedBy], cancellationToken));
    }

    private async Task<NoteState?> CurrentNoteAsync(int unitId, YearMonth month, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var day = month.FirstDay;
        var current = await db.UnitMonthNotes.AsNoTracking().SingleOrDefaultAsync(n => n.UnitId == unitId && n.Month == day, cancellationToken);
        return current is null ? null : ToState(current, await DisplayNamesAsync(db, [current.UpdatedBy], cancellationToken));
    }

    private static async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(TargetsDbContext db, IEnumerable<string> userNames, CancellationToken cancellationToken)
    {
        var wanted = userNames.Where(n => n.Length > 0).Distinct().ToList();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => wanted.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.DisplayName })
            .ToListAsync(cancellationToken);
        return accounts.Where(a => !string.IsNullOrWhiteSpace(a.DisplayName)).ToDictionary(a => a.UserName!, a => a.DisplayName);
    }

    private static FigureState ToState(Measurement m, IReadOnlyDictionary<string, string> names) =>
        new(m.Numerator, m.Denominator, m.Version, m.UpdatedBy, names.GetValueOrDefault(m.UpdatedBy, m.UpdatedBy), m.UpdatedAtUtc, m.Source);

    private static NoteState ToState(UnitMonthNote n, IReadOnlyDictionary<string, string> names) =>
        new(n.Text, n.Version, n.UpdatedBy, names.GetValueOrDefault(n.UpdatedBy, n.UpdatedBy), n.UpdatedAtUtc);
}
