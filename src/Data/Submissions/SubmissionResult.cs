using TargetsDashboard.Data.Corrections.UnitMonth;

namespace TargetsDashboard.Data.Submissions;

/// <summary>A problem with one part of a submission: the indicator's code (null for the whole) and the message, in the figure rules' one wording.</summary>
public sealed record SubmissionProblem(string? IndicatorCode, string Message);

/// <summary>What came of saving, sending or reviewing a submission.</summary>
public abstract record SubmissionResult;

/// <summary>Written; <paramref name="Message"/> says what happened.</summary>
public sealed record SubmissionDone(string Message) : SubmissionResult;

/// <summary>Refused, nothing written: each problem where it is.</summary>
public sealed record SubmissionRefused(IReadOnlyList<SubmissionProblem> Problems) : SubmissionResult
{
    public SubmissionRefused(string message)
        : this([new SubmissionProblem(null, message)])
    {
    }
}

/// <summary>
/// An official figure changed after the submission was made against it (the office corrected it, or an import wrote
/// it): nothing was written; <paramref name="Changes"/> holds each changed figure as it stands now.
/// </summary>
public sealed record SubmissionFigureConflict(IReadOnlyList<(string ShortName, FigureState? Current)> Changes) : SubmissionResult;

/// <summary>Someone else saved, sent or reviewed the submission after it was loaded: nothing was written.</summary>
public sealed record SubmissionChanged(string Message) : SubmissionResult;
