using TargetsDashboard.Data.Entities;

namespace TargetsDashboard.Ingestion;

public enum PreviewRowKind
{
    /// <summary>The month has no figure for this unit and indicator yet.</summary>
    New,

    /// <summary>The figure exists with other values; written only when the batch replaces.</summary>
    Changed,

    /// <summary>The figure exists with the same values; nothing to write.</summary>
    Unchanged,
}

/// <summary>A valid row of a batch beside what the database holds now.</summary>
/// <param name="ExistingVersion">The existing figure's concurrency token when previewed: a commit refuses if it moved.</param>
public sealed record PreviewRow(
    FigureLocation Location,
    int UnitId,
    string UnitCode,
    string UnitName,
    int IndicatorId,
    string IndicatorCode,
    string IndicatorName,
    long Numerator,
    long Denominator,
    long? OldNumerator,
    long? OldDenominator,
    int? ExistingVersion,
    PreviewRowKind Kind);

/// <summary>What a batch would do, before anything is written.</summary>
public sealed record ImportPreview(FigureBatch Batch, IReadOnlyList<FigureIssue> Issues, IReadOnlyList<PreviewRow> Rows)
{
    public DateOnly Month => Batch.Month;

    /// <summary>Rows that are taken but worth a look (a 0/0 figure shows as unknown); they do not stop the commit.</summary>
    public IReadOnlyList<FigureIssue> Warnings { get; init; } = [];

    /// <summary>The month was closed when previewed: callers that answer with a status (the API's 409) tell it apart from bad rows.</summary>
    public bool MonthLocked { get; init; }

    /// <summary>Only a batch without a single problem is written: all rows or none.</summary>
    public bool CanCommit => Issues.Count == 0 && Rows.Count > 0;

    public int NewCount => Rows.Count(r => r.Kind == PreviewRowKind.New);

    public int ChangedCount => Rows.Count(r => r.Kind == PreviewRowKind.Changed);

    public int UnchangedCount => Rows.Count(r => r.Kind == PreviewRowKind.Unchanged);

    /// <summary>Rows with at least one problem (a problem of the whole batch counts no row).</summary>
    public int RejectedRowCount => Issues.Where(i => i.Row is not null).Select(i => (i.Sheet, i.Row)).Distinct().Count();

    /// <summary>The rows a commit in <paramref name="mode"/> writes.</summary>
    public IEnumerable<PreviewRow> RowsToWrite(ImportMode mode) =>
        Rows.Where(r => r.Kind == PreviewRowKind.New || (r.Kind == PreviewRowKind.Changed && mode == ImportMode.Replace));
}

public enum ImportStatus
{
    Committed,

    /// <summary>The same content was committed before and nothing differs now: nothing was written.</summary>
    AlreadyApplied,

    /// <summary>The batch has problems: nothing was written.</summary>
    Invalid,

    /// <summary>The month is closed: nothing was written.</summary>
    MonthLocked,

    /// <summary>Someone changed the month's figures after the preview: nothing was written.</summary>
    Conflict,
}

/// <summary>How a commit ended. Whatever the status, either every row was written or none.</summary>
public sealed record ImportOutcome(
    ImportStatus Status,
    long? ImportBatchId,
    int Added,
    int Changed,
    int Unchanged,
    int Kept,
    IReadOnlyList<FigureIssue> Issues)
{
    public bool Succeeded => Status is ImportStatus.Committed or ImportStatus.AlreadyApplied;

    public static ImportOutcome Refused(ImportStatus status, IReadOnlyList<FigureIssue> issues) => new(status, null, 0, 0, 0, 0, issues);
}
