using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Data.Submissions;
using TargetsDashboard.Reporting;
using TargetsDashboard.Reporting.Excel;

namespace TargetsDashboard.Dashboard.Reports;

/// <summary>A unit's report looked up: the unit (null when no unit has the code) and its model.</summary>
public sealed record UnitReportLookup(UnitInfo? Unit, UnitReportModel? Model);

/// <summary>
/// The one place report models are assembled from what they need besides the KPI engine: the unit, the month's note,
/// the text sections of the unit's accepted submission, and the issue date (today in Vietnam). The download endpoints and the all-units zip both ask it, so a unit's PDF
/// reads the same whether downloaded alone or in the zip. A unit's model is kept with the KPI snapshot it was built from
/// (for its month, issue date, note and sections), and its workbook with the model: building the workbook took more
/// processor time than rendering any page (issue #15), and a save replaces the snapshot and with it every model and workbook.
/// </summary>
public sealed class ReportSource(
    KpiDataSource dataSource,
    IDbContextFactory<TargetsDbContext> contextFactory,
    ReportModelBuilder builder,
    TimeProvider time)
{
    /// <summary>Models kept per snapshot; past this many (someone downloading every unit) the set starts over.</summary>
    private const int MaxModelsPerSnapshot = 256;

    private readonly ConditionalWeakTable<KpiSnapshot, ConcurrentDictionary<(string Unit, YearMonth Month, DateOnly IssueDate, string? Note, string Sections), UnitReportModel>> _models = new();
    private readonly ConditionalWeakTable<UnitReportModel, byte[]> _workbooks = new();

    /// <summary>The unit report's workbook, built once per model (see <see cref="UnitReportAsync"/>).</summary>
    public byte[] UnitWorkbook(UnitReportModel model) => _workbooks.GetValue(model, UnitReportWorkbook.Create);

    /// <summary>The issue date written on a document: today in Vietnam.</summary>
    public DateOnly IssueDate() => Vietnam.Today(time);

    /// <summary>The unit's report of <paramref name="month"/>; the model may have no figures (the caller says so).</summary>
    public async Task<UnitReportLookup> UnitReportAsync(string unitCode, YearMonth month, CancellationToken cancellationToken)
    {
        var snapshot = await dataSource.GetAsync(cancellationToken);
        if (snapshot.Engine.FindUnit(unitCode) is not { } unit)
        {
            return new UnitReportLookup(null, null);
        }

        var notes = await NotesAsync(month, unit.UnitId, cancellationToken);
        var sections = await SectionsAsync(month, unit.UnitId, cancellationToken);
        var issueDate = IssueDate();
        var models = _models.GetOrCreateValue(snapshot);
        if (models.Count >= MaxModelsPerSnapshot)
        {
            models.Clear();
        }

        // Sections are records of text: their printed form tells two submissions' texts apart.
        var sectionsKey = string.Join('\u001f', sections.GetValueOrDefault(unit.UnitId)?.Select(s => s.ToString()) ?? []);
        var model = models.GetOrAdd(
            (unit.Code, month, issueDate, notes.GetValueOrDefault(unit.UnitId), sectionsKey),
            _ => Build(snapshot, unit, month, issueDate, notes, sections));
        return new UnitReportLookup(unit, model);
    }

    /// <summary>The reports of every unit active in the month (one peer group's when <paramref name="group"/> is set) that has figures, departments first, by code.</summary>
    public async Task<IReadOnlyList<UnitReportModel>> UnitReportsAsync(YearMonth month, PeerGroup? group, CancellationToken cancellationToken)
    {
        var snapshot = await dataSource.GetAsync(cancellationToken);
        var notes = await NotesAsync(month, unitId: null, cancellationToken);
        var sections = await SectionsAsync(month, unitId: null, cancellationToken);
        var issueDate = IssueDate();
        return snapshot.Engine.ActiveUnits(group, Period.ForMonth(month))
            .Select(u => Build(snapshot, u, month, issueDate, notes, sections))
            .Where(m => m.HasFigures)
            .OrderBy(m => m.Unit.PeerGroup)
            .ThenBy(m => m.Unit.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The province summary of <paramref name="month"/>; it may have no figures (the caller says so).</summary>
    public async Task<ProvinceSummaryModel> ProvinceSummaryAsync(YearMonth month, CancellationToken cancellationToken)
    {
        var snapshot = await dataSource.GetAsync(cancellationToken);
        var shortNames = snapshot.IndicatorDetails.ToDictionary(d => d.Key, d => d.Value.ShortNameVi, StringComparer.Ordinal);
        return builder.BuildProvinceSummary(snapshot.Engine, new ProvinceSummaryRequest(month, IssueDate(), snapshot.IsDemo, shortNames)) with
        {
            Index766 = Index766Reports.Province(snapshot.Index766, month),
        };
    }

    /// <summary>Every measurement from <paramref name="from"/> to <paramref name="to"/> (the caller bounds the range).</summary>
    public async Task<DataExportModel> DataExportAsync(YearMonth from, YearMonth to, CancellationToken cancellationToken)
    {
        var snapshot = await dataSource.GetAsync(cancellationToken);
        return ReportModelBuilder.BuildDataExport(snapshot.Engine, from, to, IssueDate(), snapshot.IsDemo);
    }

    /// <summary>The latest month with figures, or null when there are none.</summary>
    public async Task<YearMonth?> LastMonthAsync(CancellationToken cancellationToken) => (await dataSource.GetAsync(cancellationToken)).LastMonth;

    private UnitReportModel Build(
        KpiSnapshot snapshot, UnitInfo unit, YearMonth month, DateOnly issueDate, IReadOnlyDictionary<int, string> notes, IReadOnlyDictionary<int, IReadOnlyList<UnitReportSection>> sections) =>
        builder.BuildUnitReport(
            snapshot.Engine,
            new UnitReportRequest(unit.Code, month, issueDate, notes.GetValueOrDefault(unit.UnitId), snapshot.IsDemo, sections.GetValueOrDefault(unit.UnitId)))! with
        {
            Index766 = Index766Reports.Unit(snapshot.Index766, unit, month),
        };

    /// <summary>The text sections of the month's accepted submissions by unit (only accepted ones are official), one unit's or every unit's.</summary>
    private async Task<Dictionary<int, IReadOnlyList<UnitReportSection>>> SectionsAsync(YearMonth month, int? unitId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var day = month.FirstDay;
        var accepted = await db.UnitSubmissions.AsNoTracking()
            .Where(s => s.Month == day && s.State == SubmissionState.Accepted && (unitId == null || s.UnitId == unitId))
            .ToListAsync(cancellationToken);
        return accepted.ToDictionary(
            s => s.UnitId,
            s => (IReadOnlyList<UnitReportSection>)new SubmissionSections(s.Highlights, s.Difficulties, s.Proposals, s.NextTasks).Titled
                .Where(t => t.Text is not null)
                .Select(t => new UnitReportSection(t.Title, t.Text!))
                .ToList());
    }

    /// <summary>The month's notes by unit: one unit's, or every unit's.</summary>
    private async Task<Dictionary<int, string>> NotesAsync(YearMonth month, int? unitId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var day = month.FirstDay;
        return await db.UnitMonthNotes.AsNoTracking()
            .Where(n => n.Month == day && (unitId == null || n.UnitId == unitId))
            .ToDictionaryAsync(n => n.UnitId, n => n.Text, cancellationToken);
    }
}
