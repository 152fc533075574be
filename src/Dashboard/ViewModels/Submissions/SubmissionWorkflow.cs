using System.Security.Claims;
using TargetsDashboard.Dashboard.Writes;
using TargetsDashboard.Data.Submissions;
using TargetsDashboard.Data.Submissions.Prepare;
using TargetsDashboard.Data.Submissions.Review;
using TargetsDashboard.Data.Submissions.Send;

namespace TargetsDashboard.Dashboard.ViewModels.Submissions;

/// <summary>
/// The behaviour of the submission page and of the office's review, without the pages: loads a unit-month, saves the
/// draft, sends it, accepts or returns it, and turns each outcome into words. Every action asks the one access rule
/// (<see cref="UnitAccess"/>) again on the server with the circuit's user, whatever the page showed.
/// </summary>
public sealed class SubmissionWorkflow(SubmissionQuery query, SendSubmissionHandler send, ReviewSubmissionHandler review, WriteGuard writes, TimeProvider clock)
{
    public const string NotYours = "Bạn chỉ được xem và nộp báo cáo của đơn vị mình.";

    /// <summary>The month in the URL (yyyy-MM); without one, the month being reported now (last month in Vietnam). Null when malformed or out of range.</summary>
    public YearMonth? Month(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return YearMonth.FromDate(Vietnam.Today(clock)).AddMonths(-1);
        }

        return YearMonth.TryParseIso(token, out var month) ? month : null;
    }

    /// <summary>The form for the user, or null when no unit has the code. The caller has checked <see cref="UnitAccess.CanOpenSubmission"/>.</summary>
    public async Task<SubmissionForm?> LoadAsync(ClaimsPrincipal user, string unitCode, YearMonth month, CancellationToken cancellationToken = default)
    {
        var detail = await query.LoadAsync(unitCode, month, cancellationToken);
        return detail is null
            ? null
            : new SubmissionForm(detail, UnitAccess.CanEditSubmission(user, detail.UnitCode), UnitAccess.CanSend(user, detail.UnitCode, detail.FocalOfficersMaySubmit));
    }

    public Task SaveDraftAsync(ClaimsPrincipal user, SubmissionForm form, CancellationToken cancellationToken = default) =>
        RunAsync(user, form, "bản nháp báo cáo", actor => send.SaveDraftAsync(form.ToInput(), actor, cancellationToken), cancellationToken);

    public Task SubmitAsync(ClaimsPrincipal user, SubmissionForm form, CancellationToken cancellationToken = default) =>
        RunAsync(user, form, "báo cáo", actor => send.SubmitAsync(form.ToInput() with { MaySubmit = UnitAccess.CanSend(user, form.Detail.UnitCode, form.Detail.FocalOfficersMaySubmit) }, actor, cancellationToken), cancellationToken);

    public Task AcceptAsync(ClaimsPrincipal user, SubmissionForm form, CancellationToken cancellationToken = default) =>
        ReviewAsync(user, form, actor => review.AcceptAsync(form.Detail.SubmissionId ?? 0, form.Detail.Version ?? 0, actor, cancellationToken), cancellationToken);

    public Task ReturnAsync(ClaimsPrincipal user, SubmissionForm form, string? reason, CancellationToken cancellationToken = default) =>
        ReviewAsync(user, form, actor => review.ReturnAsync(form.Detail.SubmissionId ?? 0, form.Detail.Version ?? 0, reason, actor, cancellationToken), cancellationToken);

    private async Task RunAsync(ClaimsPrincipal user, SubmissionForm form, string what, Func<string, Task<SubmissionResult>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(form);
        if (!UnitAccess.CanEditSubmission(user, form.Detail.UnitCode))
        {
            form.Message = new SubmissionMessage(CorrectionMessageKind.Refused, NotYours);
            return;
        }

        await ApplyAsync(form, what, () => write(user.Identity!.Name!), cancellationToken);
    }

    private async Task ReviewAsync(ClaimsPrincipal user, SubmissionForm form, Func<string, Task<SubmissionResult>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(form);
        if (!UnitAccess.IsReviewer(user))
        {
            form.Message = new SubmissionMessage(CorrectionMessageKind.Refused, "Chỉ văn phòng UBND tỉnh và quản trị viên được duyệt hay trả lại báo cáo.");
            return;
        }

        await ApplyAsync(form, "kết quả xem xét báo cáo", () => write(user.Identity!.Name!), cancellationToken);
    }

    private async Task ApplyAsync(SubmissionForm form, string what, Func<Task<SubmissionResult>> write, CancellationToken cancellationToken)
    {
        var (result, failure) = await writes.RunAsync(what, write);
        if (failure is not null)
        {
            form.Message = new SubmissionMessage(CorrectionMessageKind.Failed, failure.Message, ["Nội dung bạn đã nhập vẫn còn trên trang."]);
            return;
        }

        switch (result)
        {
            case SubmissionDone done:
                if (await query.LoadAsync(form.Detail.UnitCode, form.Detail.Month, cancellationToken) is { } stored)
                {
                    form.Reload(stored);
                }

                form.Message = new SubmissionMessage(CorrectionMessageKind.Saved, done.Message);
                break;
            case SubmissionRefused refused:
                foreach (var row in form.Rows)
                {
                    row.Problem = refused.Problems.FirstOrDefault(p => p.IndicatorCode == row.Code)?.Message;
                }

                form.Message = new SubmissionMessage(CorrectionMessageKind.Refused, "Chưa lưu được: hãy sửa các điểm sau.", refused.Problems.Select(p => Located(form, p)).ToList());
                break;
            case SubmissionFigureConflict conflict:
                await AcknowledgeAsync(form, cancellationToken);
                form.Message = new SubmissionMessage(
                    CorrectionMessageKind.Conflict,
                    "Số liệu chính thức đã thay đổi sau khi bạn mở trang; chưa có gì được lưu. Hãy xem lại rồi làm lại nếu vẫn cần.",
                    conflict.Changes.Select(c => CorrectionWorkflow.ConflictMessage(c.ShortName, c.Current).Replace(" " + CorrectionWorkflow.KeepYourChanges, string.Empty, StringComparison.Ordinal)).ToList());
                break;
            case SubmissionChanged changed:
                form.Message = new SubmissionMessage(CorrectionMessageKind.Conflict, changed.Message);
                break;
        }
    }

    /// <summary>"Số hóa: Tử số (150) lớn hơn mẫu số (100): …": a row's problem named by its indicator in the summary.</summary>
    private static string Located(SubmissionForm form, SubmissionProblem problem) =>
        form.Rows.FirstOrDefault(r => r.Code == problem.IndicatorCode) is { } row ? $"{row.ShortName}: {problem.Message}" : problem.Message;

    /// <summary>After a conflict the page shows the new official figures; what the unit typed stays, to be sent again against them.</summary>
    private async Task AcknowledgeAsync(SubmissionForm form, CancellationToken cancellationToken)
    {
        if (await query.LoadAsync(form.Detail.UnitCode, form.Detail.Month, cancellationToken) is not { } fresh)
        {
            return;
        }

        foreach (var row in form.Rows)
        {
            if (fresh.Indicators.FirstOrDefault(i => i.IndicatorId == row.Indicator.IndicatorId) is { } indicator)
            {
                row.Acknowledge(indicator);
            }
        }
    }
}
