using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Corrections.UnitMonth;
using YearMonth = TargetsDashboard.Kpi.YearMonth;

namespace TargetsDashboard.Data.Corrections.CorrectNote;

/// <summary>Saves the month note of a unit (creates it, changes it, or deletes it when the text is empty) against the version the user saw.</summary>
public sealed class CorrectNoteHandler(IDbContextFactory<TargetsDbContext> contextFactory, UnitMonthQuery query)
{
    public async Task<CorrectionResult> SaveNoteAsync(int unitId, YearMonth month, string? text, int? expectedVersion, string actingUser, CancellationToken cancellationToken = default)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length > CorrectionChecks.MaxNoteLength)
        {
            return new CorrectionInvalid(CorrectionChecks.NoteTooLongMessage);
        }

        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        if (await CorrectionChecks.RefuseAsync(db, unitId, month, cancellationToken) is { } refusal)
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
            return new NoteConflict(await query.NoteAsync(unitId, month, cancellationToken));
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

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new NoteConflict(await query.NoteAsync(unitId, month, cancellationToken));
        }
        catch (DbUpdateException insertFailed) when (existing is null && DatabaseErrors.IsUniqueViolation(insertFailed))
        {
            // Someone wrote the month's note after the page loaded: the unique index refused the second insert.
            return new NoteConflict(await query.NoteAsync(unitId, month, cancellationToken) ?? throw new InvalidOperationException("The note was refused, and none exists.", insertFailed));
        }

        return new CorrectionSaved();
    }
}
