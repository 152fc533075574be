using TargetsDashboard.Data.Submissions;
using TargetsDashboard.Data.Submissions.Prepare;
using TargetsDashboard.Data.Submissions.Send;

namespace TargetsDashboard.Dashboard.ViewModels.Submissions;

/// <summary>What the page says after an action: success, a refusal with its problems, or someone else's change.</summary>
public sealed record SubmissionMessage(CorrectionMessageKind Kind, string Text, IReadOnlyList<string>? Details = null);

/// <summary>One indicator's row of the submission form: what it counts, last month's figures, what the unit typed and why.</summary>
public sealed class SubmissionRow(SubmissionIndicator indicator)
{
    public SubmissionIndicator Indicator { get; private set; } = indicator;

    public string Code => Indicator.Code;

    public string ShortName => Indicator.ShortName;

    public long? Numerator { get; set; } = indicator.Numerator;

    public long? Denominator { get; set; } = indicator.Denominator;

    public string? Explanation { get; set; } = indicator.Explanation;

    /// <summary>The official version this row is made against; moved on when the unit has seen a newer official figure.</summary>
    public int? BaseVersion { get; set; } = indicator.BaseVersion;

    /// <summary>The problem of the last save or send on this row, if any.</summary>
    public string? Problem { get; set; }

    public string LastMonthText => Indicator.LastMonth is { } last ? CorrectionRow.Fraction(last.Numerator, last.Denominator) : "Chưa có";

    public string LastMonthRatio => Indicator.LastMonth is { } last ? CorrectionRow.RatioText(last.Numerator, last.Denominator) : VietnameseFormat.Unknown;

    public string? TypedRatio => Numerator is { } n && Denominator is { } d && n >= 0 && n <= d ? CorrectionRow.RatioText(n, d) : null;

    /// <summary>The warnings of the typed figures, each needing a short explanation before sending.</summary>
    public IReadOnlyList<string> Warnings => SubmissionWarnings.For(Indicator, Numerator, Denominator);

    public TypedFigure ToTyped() => new(Indicator.IndicatorId, Numerator, Denominator, BaseVersion, Explanation);

    /// <summary>After a conflict: the unit has now seen the official figure that changed, so the next send is made against it.</summary>
    public void Acknowledge(SubmissionIndicator fresh)
    {
        Indicator = fresh;
        BaseVersion = fresh.Official?.Version;
    }
}

/// <summary>The submission page's state: the loaded submission, the rows as typed, the text sections, the last message.</summary>
public sealed class SubmissionForm
{
    public SubmissionForm(SubmissionDetail detail, bool canEdit, bool canSend)
    {
        ArgumentNullException.ThrowIfNull(detail);
        Detail = detail;
        CanEdit = canEdit;
        CanSend = canSend;
        Rows = detail.Indicators.Select(i => new SubmissionRow(i)).ToList();
        Highlights = detail.Sections.Highlights;
        Difficulties = detail.Sections.Difficulties;
        Proposals = detail.Sections.Proposals;
        NextTasks = detail.Sections.NextTasks;
    }

    public SubmissionDetail Detail { get; private set; }

    public IReadOnlyList<SubmissionRow> Rows { get; }

    /// <summary>The person is the unit's head or focal officer (others read).</summary>
    public bool CanEdit { get; }

    /// <summary>The person may send (the head, or the focal officer when the office allows it).</summary>
    public bool CanSend { get; }

    public string? Highlights { get; set; }

    public string? Difficulties { get; set; }

    public string? Proposals { get; set; }

    public string? NextTasks { get; set; }

    public SubmissionMessage? Message { get; set; }

    public string MonthLabel => Detail.Month.ToString();

    public string StateLabel => Detail.State switch
    {
        SubmissionState.Draft => RoundWords.Label(RoundStatus.Drafting),
        SubmissionState.Submitted => RoundWords.Label(RoundStatus.Submitted),
        SubmissionState.Returned => RoundWords.Label(RoundStatus.Returned),
        SubmissionState.Accepted => RoundWords.Label(RoundStatus.Accepted),
        _ => RoundWords.Label(RoundStatus.NotSubmitted),
    };

    public string DeadlineText => $"Hạn nộp: hết ngày {VietnameseFormat.Date(Detail.Deadline.LastDay)} (giờ Việt Nam)";

    /// <summary>Why the form cannot be changed: a closed round, a sent or accepted report, or a reader; null while editable.</summary>
    public string? ReadOnlyReason => Detail.ClosedMessage
        ?? (Detail.State == SubmissionState.Accepted ? "Báo cáo đã được văn phòng duyệt: số liệu là số liệu chính thức." : null)
        ?? (Detail.State == SubmissionState.Submitted ? "Báo cáo đã nộp, đang chờ văn phòng xem xét." : null)
        ?? (CanEdit ? null : "Bạn chỉ xem báo cáo này.");

    public bool IsEditable => ReadOnlyReason is null;

    public SubmissionSections Sections => new(Highlights, Difficulties, Proposals, NextTasks);

    public SubmissionInput ToInput() =>
        new(Detail.UnitId, Detail.Month, Detail.Version, Rows.Select(r => r.ToTyped()).ToList(), Sections, CanSend);

    /// <summary>Takes what was stored (after a save): the submission's new version and state, the rows' problems cleared.</summary>
    public void Reload(SubmissionDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        Detail = detail;
        foreach (var row in Rows)
        {
            row.Problem = null;
        }
    }
}
