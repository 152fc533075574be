using System.Globalization;
using TargetsDashboard.Formatting;

namespace TargetsDashboard.Data.Submissions;

/// <summary>A unit's place in a month's reporting round, as the office's status page shows it.</summary>
public enum RoundStatus
{
    /// <summary>Chưa nộp: nothing sent, nothing entered.</summary>
    NotSubmitted,

    /// <summary>Đang soạn: a draft, not sent.</summary>
    Drafting,

    /// <summary>Đã nộp: sent on time, waiting for review.</summary>
    Submitted,

    /// <summary>Nộp muộn: sent after the deadline, waiting for review.</summary>
    SubmittedLate,

    /// <summary>Bị trả lại: sent back by the office.</summary>
    Returned,

    /// <summary>Đã duyệt: accepted, official.</summary>
    Accepted,

    /// <summary>Do văn phòng nhập: the month's figures came from the office (import, correction), not from the unit.</summary>
    EnteredByOffice,

    /// <summary>Do hệ thống nguồn gửi: the month's figures came through the ingestion API.</summary>
    EnteredBySource,
}

/// <summary>The round's words and URL tokens, once.</summary>
public static class RoundWords
{
    public static IReadOnlyList<RoundStatus> All { get; } = Enum.GetValues<RoundStatus>();

    public static string Label(RoundStatus status) => status switch
    {
        RoundStatus.NotSubmitted => "Chưa nộp",
        RoundStatus.Drafting => "Đang soạn",
        RoundStatus.Submitted => "Đã nộp",
        RoundStatus.SubmittedLate => "Nộp muộn",
        RoundStatus.Returned => "Bị trả lại",
        RoundStatus.Accepted => "Đã duyệt",
        RoundStatus.EnteredByOffice => "Do văn phòng nhập",
        _ => "Do hệ thống nguồn gửi",
    };

    /// <summary>The state's token in the status page's URL (?trang-thai=…).</summary>
    public static string Token(RoundStatus status) => status switch
    {
        RoundStatus.NotSubmitted => "chua-nop",
        RoundStatus.Drafting => "dang-soan",
        RoundStatus.Submitted => "da-nop",
        RoundStatus.SubmittedLate => "nop-muon",
        RoundStatus.Returned => "bi-tra-lai",
        RoundStatus.Accepted => "da-duyet",
        RoundStatus.EnteredByOffice => "van-phong-nhap",
        _ => "he-thong-nguon",
    };

    public static RoundStatus? FromToken(string? token) => All.Cast<RoundStatus?>().FirstOrDefault(s => string.Equals(Token(s!.Value), token, StringComparison.Ordinal));

    /// <summary>Waiting for the office: sent and not yet reviewed.</summary>
    public static bool IsWaiting(RoundStatus status) => status is RoundStatus.Submitted or RoundStatus.SubmittedLate;

    public static string DaysLate(int days) => days <= 0 ? VietnameseFormat.Dash : string.Create(CultureInfo.InvariantCulture, $"{days} ngày");

    /// <summary>
    /// The state of a unit-month from its submission (if any) and the source of its official figures (if any). A
    /// submission the unit sent wins; without one, figures the office or a source system wrote mark the month as theirs.
    /// </summary>
    public static RoundStatus StatusOf(SubmissionState? submission, bool late, MeasurementSource? officialSource) => submission switch
    {
        SubmissionState.Accepted => RoundStatus.Accepted,
        SubmissionState.Submitted => late ? RoundStatus.SubmittedLate : RoundStatus.Submitted,
        SubmissionState.Returned => RoundStatus.Returned,
        _ when officialSource is MeasurementSource.Api => RoundStatus.EnteredBySource,
        _ when officialSource is { } source && source != MeasurementSource.UnitSubmission => RoundStatus.EnteredByOffice,
        SubmissionState.Draft => RoundStatus.Drafting,
        _ => RoundStatus.NotSubmitted,
    };
}
