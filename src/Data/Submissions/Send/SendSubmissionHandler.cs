using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Corrections;
using TargetsDashboard.Data.Figures;
using TargetsDashboard.Data.Submissions.Prepare;
using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Submissions.Send;

/// <summary>One indicator as the unit typed it, with the official version the page showed and the explanation of its warnings.</summary>
public sealed record TypedFigure(int IndicatorId, long? Numerator, long? Denominator, int? BaseVersion, string? Explanation);

/// <summary>A unit's submission as typed, against the submission's version the page loaded (null: none existed).</summary>
/// <param name="MaySubmit">Whether the person may send (the unit head, or the focal officer when the office allows it); drafts need no such right.</param>
public sealed record SubmissionInput(int UnitId, YearMonth Month, int? ExpectedVersion, IReadOnlyList<TypedFigure> Figures, SubmissionSections Sections, bool MaySubmit);

/// <summary>
/// Saves a unit's draft and sends it to the office, under the figure rules every channel shares (one wording), the
/// warnings' explanations, the deadline and the round's state; refused for a closed month, and when an official figure
/// or the submission changed after the page loaded (the second writer is told, as corrections do).
/// </summary>
public sealed class SendSubmissionHandler(IDbContextFactory<TargetsDbContext> contextFactory, SubmissionQuery query, TimeProvider clock)
{
    public const string OnlyHeadMaySubmit = "Văn phòng chỉ cho thủ trưởng đơn vị nộp báo cáo: bạn có thể lưu bản nháp để thủ trưởng nộp.";

    public async Task<SubmissionResult> SaveDraftAsync(SubmissionInput input, string actingUser, CancellationToken cancellationToken = default) =>
        await WriteAsync(input, submit: false, actingUser, cancellationToken);

    public async Task<SubmissionResult> SubmitAsync(SubmissionInput input, string actingUser, CancellationToken cancellationToken = default) =>
        await WriteAsync(input, submit: true, actingUser, cancellationToken);

    /// <summary>The checks that need no database; every problem, each where it is.</summary>
    public static IReadOnlyList<SubmissionProblem> Validate(SubmissionInput input, IReadOnlyList<SubmissionIndicator> indicators, bool submit)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(indicators);
        var problems = new List<SubmissionProblem>();
        foreach (var indicator in indicators)
        {
            var typed = input.Figures.FirstOrDefault(f => f.IndicatorId == indicator.IndicatorId);
            if (FigureProblem(indicator, typed, submit) is { } problem)
            {
                problems.Add(new SubmissionProblem(indicator.Code, problem));
            }
        }

        if (input.Sections.Problem() is { } section)
        {
            problems.Add(new SubmissionProblem(null, section));
        }

        return problems;
    }

    private static string? FigureProblem(SubmissionIndicator indicator, TypedFigure? typed, bool submit)
    {
        if (typed?.Explanation?.Trim().Length > SubmissionLimits.MaxExplanationLength)
        {
            return SubmissionLimits.ExplanationTooLong;
        }

        var (numerator, denominator) = (typed?.Numerator, typed?.Denominator);
        var count = (numerator is { } n ? FigureRules.CountProblem(n, FigureMessages.Numerator, FigureChannel.Form) : null)
            ?? (denominator is { } d ? FigureRules.CountProblem(d, FigureMessages.Denominator, FigureChannel.Form) : null);
        if (count is not null)
        {
            return count;
        }

        if (numerator is { } num && denominator is { } den && FigureRules.RatioProblem(num, den, indicator.AllowsZeroDenominator, indicator.ShortName, indicator.DenominatorMeaning) is { } ratio)
        {
            return ratio;
        }

        if (!submit)
        {
            return null;
        }

        if (numerator is null || denominator is null)
        {
            return FigureMessages.Missing(numerator is null ? FigureMessages.Numerator : FigureMessages.Denominator);
        }

        return SubmissionWarnings.For(indicator, numerator, denominator).Count > 0 && string.IsNullOrWhiteSpace(typed!.Explanation)
            ? SubmissionWarnings.NeedsExplanation
            : null;
    }

    private async Task<SubmissionResult> WriteAsync(SubmissionInput input, bool submit, string actingUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (submit && !input.MaySubmit)
        {
            return new SubmissionRefused(OnlyHeadMaySubmit);
        }

        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        var unitCode = await db.Units.Where(u => u.Id == input.UnitId).Select(u => u.Code).SingleOrDefaultAsync(cancellationToken);
        if (unitCode is null || await query.LoadAsync(unitCode, input.Month, cancellationToken) is not { } detail)
        {
            return new SubmissionRefused("Không tìm thấy đơn vị.");
        }

        var problems = Validate(input, detail.Indicators, submit);
        if (problems.Count > 0)
        {
            return new SubmissionRefused(problems);
        }

        // The lock check, the state checks and the write in one transaction: a month closed in between takes nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await CorrectionChecks.RefuseAsync(db, input.UnitId, input.Month, cancellationToken) is { } refusal)
        {
            return new SubmissionRefused(refusal is CorrectionInvalid invalid ? invalid.Message : ((CorrectionLocked)refusal).Message);
        }

        var day = input.Month.FirstDay;
        var submission = await db.UnitSubmissions.Include(s => s.Figures).SingleOrDefaultAsync(s => s.UnitId == input.UnitId && s.Month == day, cancellationToken);
        if (submission?.Version != input.ExpectedVersion)
        {
            return new SubmissionChanged("Báo cáo vừa được người khác lưu hoặc xử lý sau khi bạn mở trang; thay đổi của bạn chưa được lưu. Hãy tải lại trang để xem bản mới nhất.");
        }

        if (submission?.State is SubmissionState.Submitted or SubmissionState.Accepted)
        {
            return new SubmissionRefused(submission.State == SubmissionState.Accepted
                ? $"Báo cáo tháng {input.Month} đã được duyệt: số liệu đã là số chính thức, không sửa được ở đây."
                : $"Báo cáo tháng {input.Month} đã nộp, đang chờ văn phòng xem xét.");
        }

        if (submit && Conflicts(detail, input) is { Count: > 0 } changed)
        {
            return new SubmissionFigureConflict(changed);
        }

        if (submission is null)
        {
            submission = new UnitSubmission { UnitId = input.UnitId, Month = day, State = SubmissionState.Draft };
            db.UnitSubmissions.Add(submission);
        }

        Apply(submission, input, detail.Indicators);
        var now = clock.GetUtcNow().UtcDateTime;

        // Touch the submission itself, so that a change of its figures alone still raises its version (the token).
        submission.UpdatedAtUtc = now;
        if (submit)
        {
            submission.State = SubmissionState.Submitted;
            submission.SubmittedBy = actingUser;
            submission.SubmittedAtUtc = now;
            submission.FirstSubmittedAtUtc ??= now;
        }

        db.AuditReason = submit ? $"Đơn vị nộp báo cáo tháng {input.Month}" : $"Đơn vị lưu nháp báo cáo tháng {input.Month}";
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException saveFailed) when (saveFailed is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(saveFailed))
        {
            return new SubmissionChanged("Báo cáo vừa được người khác lưu hoặc xử lý sau khi bạn mở trang; thay đổi của bạn chưa được lưu. Hãy tải lại trang để xem bản mới nhất.");
        }

        await transaction.CommitAsync(cancellationToken);
        if (!submit)
        {
            return new SubmissionDone($"Đã lưu bản nháp báo cáo tháng {input.Month}.");
        }

        var daysLate = detail.Deadline.DaysLateAt(submission.FirstSubmittedAtUtc!.Value);
        return new SubmissionDone(daysLate == 0
            ? $"Đã nộp báo cáo tháng {input.Month} đúng hạn; văn phòng sẽ xem xét."
            : $"Đã nộp báo cáo tháng {input.Month}, muộn {daysLate} ngày so với hạn {VietnameseFormat.Date(detail.Deadline.LastDay)}; văn phòng sẽ xem xét.");
    }

    /// <summary>Official figures that changed since the version the unit's page showed.</summary>
    private static List<(string ShortName, Corrections.UnitMonth.FigureState? Current)> Conflicts(SubmissionDetail detail, SubmissionInput input) =>
        detail.Indicators
            .Where(i => input.Figures.FirstOrDefault(f => f.IndicatorId == i.IndicatorId)?.BaseVersion != i.Official?.Version)
            .Select(i => (i.ShortName, i.Official))
            .ToList();

    private static void Apply(UnitSubmission submission, SubmissionInput input, IReadOnlyList<SubmissionIndicator> indicators)
    {
        var sections = input.Sections.Normalised();
        submission.Highlights = sections.Highlights;
        submission.Difficulties = sections.Difficulties;
        submission.Proposals = sections.Proposals;
        submission.NextTasks = sections.NextTasks;
        foreach (var typed in input.Figures)
        {
            var figure = submission.Figures.FirstOrDefault(f => f.IndicatorId == typed.IndicatorId);
            if (figure is null)
            {
                figure = new SubmissionFigure { IndicatorId = typed.IndicatorId };
                submission.Figures.Add(figure);
            }

            figure.Numerator = typed.Numerator;
            figure.Denominator = typed.Denominator;
            figure.BaseVersion = typed.BaseVersion;

            // An explanation answers a warning: once the figures raise none, it would explain nothing the office sees.
            var warned = indicators.FirstOrDefault(i => i.IndicatorId == typed.IndicatorId) is { } indicator
                && SubmissionWarnings.For(indicator, typed.Numerator, typed.Denominator).Count > 0;
            figure.Explanation = !warned || string.IsNullOrWhiteSpace(typed.Explanation) ? null : typed.Explanation.Trim();
        }
    }
}
