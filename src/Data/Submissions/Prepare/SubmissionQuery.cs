using TargetsDashboard.Data.Corrections.UnitMonth;
using TargetsDashboard.Data.Submissions.Deadlines;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Submissions.Prepare;

/// <summary>Numerator and denominator of one figure.</summary>
public sealed record FigurePair(long Numerator, long Denominator);

/// <summary>One indicator of a unit's submission: what it counts, last month's and the official figures, and what the unit typed.</summary>
/// <param name="Official">The month's official figure (with its version: a change after the unit loaded it is a conflict).</param>
/// <param name="BaseVersion">The official version the unit's draft was made against.</param>
public sealed record SubmissionIndicator(
    int IndicatorId,
    string Code,
    string ShortName,
    string Name,
    string NumeratorMeaning,
    string DenominatorMeaning,
    Aggregation Aggregation,
    bool AllowsZeroDenominator,
    FigurePair? LastMonth,
    FigureState? Official,
    long? Numerator,
    long? Denominator,
    int? BaseVersion,
    string? Explanation);

/// <summary>Everything the submission page and the office's review show of one unit-month.</summary>
/// <param name="ClosedMessage">Why nothing may be sent: the month is locked (the round is closed) or the unit is not active.</param>
public sealed record SubmissionDetail(
    int UnitId,
    string UnitCode,
    string UnitName,
    YearMonth Month,
    RoundDeadline Deadline,
    string? ClosedMessage,
    int? SubmissionId,
    SubmissionState? State,
    int? Version,
    IReadOnlyList<SubmissionIndicator> Indicators,
    SubmissionSections Sections,
    string? ReturnReason,
    string? SubmittedBy,
    DateTime? SubmittedAtUtc,
    string? ReviewedBy,
    DateTime? ReviewedAtUtc,
    bool FocalOfficersMaySubmit);

/// <summary>Reads a unit-month's submission with the official figures of the month and the month before.</summary>
public sealed class SubmissionQuery(IDbContextFactory<TargetsDbContext> contextFactory, UnitMonthQuery unitMonths)
{
    public async Task<SubmissionDetail?> LoadAsync(string unitCode, YearMonth month, CancellationToken cancellationToken = default)
    {
        var current = await unitMonths.LoadAsync(unitCode, month, cancellationToken);
        if (current is null)
        {
            return null;
        }

        var previous = await unitMonths.LoadAsync(unitCode, month.AddMonths(-1), cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var day = month.FirstDay;
        var submission = await db.UnitSubmissions.AsNoTracking().Include(s => s.Figures)
            .SingleOrDefaultAsync(s => s.UnitId == current.UnitId && s.Month == day, cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, cancellationToken);
        var settings = await RoundSettings.GetAsync(db, cancellationToken);
        var deadline = await RoundSettings.DeadlineAsync(db, month, cancellationToken);

        var rows = current.Figures.Select(f =>
            {
                var indicator = indicators[f.IndicatorId];
                var last = previous?.Figures.FirstOrDefault(p => p.IndicatorId == f.IndicatorId)?.Current;
                var typed = submission?.Figures.FirstOrDefault(s => s.IndicatorId == f.IndicatorId);
                return new SubmissionIndicator(
                    f.IndicatorId,
                    f.Code,
                    f.ShortNameVi,
                    f.NameVi,
                    f.NumeratorVi,
                    f.DenominatorVi,
                    indicator.Aggregation,
                    indicator.AllowsZeroDenominator,
                    last is null ? null : new FigurePair(last.Numerator, last.Denominator),
                    f.Current,
                    typed?.Numerator,
                    typed?.Denominator,
                    typed is null ? f.Current?.Version : typed.BaseVersion,
                    typed?.Explanation);
            })
            .ToList();

        return new SubmissionDetail(
            current.UnitId,
            current.UnitCode,
            current.UnitName,
            month,
            deadline,
            current.LockedMessage ?? current.InactiveMessage,
            submission?.Id,
            submission?.State,
            submission?.Version,
            rows,
            submission is null ? SubmissionSections.Empty : new SubmissionSections(submission.Highlights, submission.Difficulties, submission.Proposals, submission.NextTasks),
            submission?.ReturnReason,
            submission?.SubmittedBy,
            submission?.SubmittedAtUtc,
            submission?.ReviewedBy,
            submission?.ReviewedAtUtc,
            settings.FocalOfficersMaySubmit);
    }

}
