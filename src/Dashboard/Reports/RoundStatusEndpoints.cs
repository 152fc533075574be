using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TargetsDashboard.Dashboard.ViewModels.Submissions;
using TargetsDashboard.Data.Submissions;
using TargetsDashboard.Data.Submissions.Status;
using TargetsDashboard.Reporting.Excel;

namespace TargetsDashboard.Dashboard.Reports;

/// <summary>The round's status list as a workbook, with the page's filters; for the office and administrators only.</summary>
public static class RoundStatusEndpoints
{
    public static IEndpointRouteBuilder MapRoundStatusEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/tinh-hinh-nop-bao-cao/{month}.xlsx", WorkbookAsync).RequireAuthorization(Policies.ReviewSubmissions);
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, ContentHttpResult>> WorkbookAsync(
        string month,
        [FromQuery(Name = SubmissionLinks.StatusKey)] string? status,
        [FromQuery(Name = SubmissionLinks.GroupKey)] string? group,
        SubmissionStatusQuery query,
        CancellationToken cancellationToken)
    {
        if (!YearMonth.TryParseIso(month, out var parsed))
        {
            return ReportEndpoints.InvalidMonth(month.Length > 40 ? month[..40] + "…" : month);
        }

        var view = RoundStatusView.Build(await query.ForMonthAsync(parsed, cancellationToken), status, group);
        var filter = string.Join(" · ", new[] { view.Status is { } s ? RoundWords.Label(s) : null, view.Group is { } g ? VietnameseFormat.PeerGroup(g) : null }.OfType<string>());
        var report = new RoundStatusReport(
            parsed.ToString(),
            filter,
            view.Rows.Select(u => new RoundStatusLine(
                    u.UnitCode,
                    u.UnitName,
                    VietnameseFormat.PeerGroup(u.Group),
                    RoundWords.Label(u.Status),
                    VietnameseFormat.Date(view.Round.Deadline.LastDay),
                    u.DaysLate,
                    u.SubmittedAtUtc is { } at ? VietnameseFormat.LocalDateTime(at) : string.Empty))
                .ToList());
        return TypedResults.File(RoundStatusWorkbook.Create(report), ReportEndpoints.XlsxContentType, $"tinh-hinh-nop-bao-cao-{parsed.ToIsoString()}.xlsx");
    }
}
