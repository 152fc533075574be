using TargetsDashboard.Data.Figures;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Corrections;

/// <summary>
/// What a correction checks besides the figure rules (<see cref="FigureRules"/>): its reason, its note, and, on the
/// open context of the save, the unit and the month.
/// </summary>
public static class CorrectionChecks
{
    /// <summary>The audit log's limit for a reason.</summary>
    public const int MaxReasonLength = 1000;

    public const int MaxNoteLength = 4000;

    public const string ReasonTooLongMessage = "Lý do không được dài quá 1.000 ký tự.";

    public const string ReasonMissingMessage = "Cần nhập lý do sửa số liệu.";

    public const string NoteTooLongMessage = "Ghi chú không được dài quá 4.000 ký tự.";

    /// <summary>Null when the reason may go to the audit log.</summary>
    public static string? ReasonProblem(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ReasonMissingMessage;
        }

        return reason.Trim().Length > MaxReasonLength ? ReasonTooLongMessage : null;
    }

    /// <summary>Why nothing may be written for the unit-month (unknown or inactive unit, closed month), or null.</summary>
    public static async Task<CorrectionResult?> RefuseAsync(TargetsDbContext db, int unitId, YearMonth month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var unit = await db.Units.AsNoTracking().Include(u => u.Successor).SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null)
        {
            return new CorrectionInvalid("Không tìm thấy đơn vị.");
        }

        if (FigureRules.UnitProblem(unit, month, unit.Successor?.Code) is { } inactive)
        {
            return new CorrectionInvalid(inactive);
        }

        return FigureRules.MonthProblem(await MonthLocks.IsLockedAsync(db, month, cancellationToken), month) is { } locked ? new CorrectionLocked(locked) : null;
    }
}
