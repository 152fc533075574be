using Microsoft.AspNetCore.WebUtilities;
using TargetsDashboard.Data.Submissions;

namespace TargetsDashboard.Dashboard.ViewModels.Submissions;

/// <summary>The reporting round's URLs and query keys.</summary>
public static class SubmissionLinks
{
    public const string MonthKey = "thang";

    public const string StatusKey = "trang-thai";

    public const string GroupKey = ViewQuery.GroupKey;

    /// <summary>A unit's submission: /don-vi/so-tu-phap/nop-bao-cao?thang=2025-11.</summary>
    public static string Submission(string unitCode, YearMonth month) =>
        QueryHelpers.AddQueryString($"/don-vi/{Uri.EscapeDataString(unitCode)}/nop-bao-cao", MonthKey, month.ToIsoString());

    /// <summary>The office's status page: /tinh-hinh-nop-bao-cao?thang=2025-11[&amp;trang-thai=nop-muon][&amp;nhom=xa-phuong].</summary>
    public static string Status(YearMonth month, RoundStatus? status = null, PeerGroup? group = null) =>
        With("/tinh-hinh-nop-bao-cao", month, status, group);

    /// <summary>The status list as a workbook, with the same filters: /tinh-hinh-nop-bao-cao/2025-11.xlsx.</summary>
    public static string StatusWorkbook(YearMonth month, RoundStatus? status, PeerGroup? group) =>
        With($"/tinh-hinh-nop-bao-cao/{month.ToIsoString()}.xlsx", null, status, group);

    private static string With(string path, YearMonth? month, RoundStatus? status, PeerGroup? group)
    {
        var query = new Dictionary<string, string?>();
        if (month is { } m)
        {
            query[MonthKey] = m.ToIsoString();
        }

        if (status is { } s)
        {
            query[StatusKey] = RoundWords.Token(s);
        }

        if (ViewQuery.GroupToken(group) is { } g)
        {
            query[GroupKey] = g;
        }

        return QueryHelpers.AddQueryString(path, query);
    }
}
