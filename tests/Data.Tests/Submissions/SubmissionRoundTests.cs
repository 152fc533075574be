using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Corrections;
using TargetsDashboard.Data.Corrections.CorrectFigure;
using TargetsDashboard.Data.Corrections.UnitMonth;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Figures;
using TargetsDashboard.Data.Seeding;
using TargetsDashboard.Data.Submissions;
using TargetsDashboard.Data.Submissions.Prepare;
using TargetsDashboard.Data.Submissions.Review;
using TargetsDashboard.Data.Submissions.Send;
using TargetsDashboard.Data.Submissions.Status;
using YearMonth = TargetsDashboard.Kpi.YearMonth;

namespace TargetsDashboard.Data.Tests.Submissions;

/// <summary>The reporting round against a real SQLite file: states, deadlines in Vietnam time, review, conflicts, locks.</summary>
public sealed class SubmissionRoundTests : IAsyncLifetime
{
    private static readonly YearMonth October = new(2025, 10);

    private readonly SettableClock _clock = new(Vietnam(2025, 11, 3, 9, 0));
    private SqliteTestDatabase _database = null!;
    private SubmissionQuery _query = null!;
    private SendSubmissionHandler _send = null!;
    private ReviewSubmissionHandler _review = null!;
    private SubmissionStatusQuery _status = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        await _database.Services.GetRequiredService<DemoDataSeeder>().SeedReferenceDataAsync(UnitCatalog.DongNai(), new DateOnly(2025, 7, 1), CancellationToken.None);
        var unitMonths = _database.Services.GetRequiredService<UnitMonthQuery>();
        _query = new SubmissionQuery(_database.Contexts, unitMonths);
        _send = new SendSubmissionHandler(_database.Contexts, _query, _clock);
        _review = new ReviewSubmissionHandler(_database.Contexts, unitMonths, _clock);
        _status = new SubmissionStatusQuery(_database.Contexts, _clock);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static DateTime Vietnam(int year, int month, int day, int hour, int minute, int second = 0) =>
        new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddHours(-7);

    [Fact]
    public async Task Status_SentAt2359AndAt0000InVietnam_OnTimeThenOneDayLate()
    {
        _clock.UtcNow = Vietnam(2025, 11, 5, 23, 59, 59);
        Assert.IsType<SubmissionDone>(await SubmitAsync("so-tu-phap"));
        _clock.UtcNow = Vietnam(2025, 11, 6, 0, 0);
        Assert.IsType<SubmissionDone>(await SubmitAsync("phuong-bien-hoa"));

        var round = await _status.ForMonthAsync(October);

        Assert.Equal(new DateOnly(2025, 11, 5), round.Deadline.LastDay);
        Assert.Equal((RoundStatus.Submitted, 0), StatusOf(round, "so-tu-phap"));
        Assert.Equal((RoundStatus.SubmittedLate, 1), StatusOf(round, "phuong-bien-hoa"));
        Assert.Equal((RoundStatus.NotSubmitted, 1), StatusOf(round, "so-y-te"));
        Assert.Equal(2, round.Waiting);
        Assert.Equal(round.Units.Count - 2, round.Count(RoundStatus.NotSubmitted));
    }

    [Fact]
    public async Task WaitingCount_AsTheApp_FollowsEachSendAndReturnThoughKeptBetweenSaves()
    {
        var pages = new SubmissionStatusQuery(_database.Contexts, _clock, _database.Services.GetRequiredService<DataChangeSignal>());
        Assert.Equal(0, await pages.WaitingAsync(October, October));

        Assert.IsType<SubmissionDone>(await SubmitAsync("so-tu-phap"));
        Assert.Equal(1, await pages.WaitingAsync(October, October));
        Assert.IsType<SubmissionDone>(await SubmitAsync("phuong-bien-hoa"));
        Assert.Equal(2, await pages.WaitingAsync(October, October));
        Assert.Equal(2, await pages.WaitingAsync(October, October));

        var sent = (await _query.LoadAsync("so-tu-phap", October))!;
        Assert.IsType<SubmissionDone>(await _review.ReturnAsync(sent.SubmissionId!.Value, sent.Version!.Value, "Số liệu tháng 10 chưa khớp sổ theo dõi", "vanphong"));
        Assert.Equal(1, await pages.WaitingAsync(October, October));
        Assert.Equal(0, await pages.WaitingAsync(October.AddMonths(-1), October.AddMonths(-1)));
    }

    [Fact]
    public async Task Round_DraftSubmitReturnResubmitAccept_FiguresBecomeOfficialAuditedAndLinked()
    {
        var draft = await _send.SaveDraftAsync(await InputAsync("so-tu-phap", 70), "dau-moi-so-tu-phap");
        Assert.IsType<SubmissionDone>(draft);
        Assert.Equal(RoundStatus.Drafting, StatusOf(await _status.ForMonthAsync(October), "so-tu-phap").Status);

        Assert.IsType<SubmissionDone>(await _send.SubmitAsync(await InputAsync("so-tu-phap", 70), "dau-moi-so-tu-phap"));
        var sent = (await _query.LoadAsync("so-tu-phap", October))!;
        var noReason = Assert.IsType<SubmissionRefused>(await _review.ReturnAsync(sent.SubmissionId!.Value, sent.Version!.Value, "  ", "vanphong"));
        Assert.Equal(SubmissionLimits.ReturnReasonMissing, Assert.Single(noReason.Problems).Message);
        Assert.IsType<SubmissionDone>(await _review.ReturnAsync(sent.SubmissionId.Value, sent.Version.Value, "Số hóa chưa khớp hệ thống", "vanphong"));
        var returned = (await _query.LoadAsync("so-tu-phap", October))!;
        Assert.Equal((SubmissionState.Returned, "Số hóa chưa khớp hệ thống"), (returned.State, returned.ReturnReason));
        Assert.Equal(RoundStatus.Returned, StatusOf(await _status.ForMonthAsync(October), "so-tu-phap").Status);

        Assert.IsType<SubmissionDone>(await _send.SubmitAsync(await InputAsync("so-tu-phap", 75), "dau-moi-so-tu-phap"));
        var resent = (await _query.LoadAsync("so-tu-phap", October))!;
        Assert.IsType<SubmissionDone>(await _review.AcceptAsync(resent.SubmissionId!.Value, resent.Version!.Value, "vanphong"));

        await using var db = await _database.Contexts.CreateDbContextAsync();
        var official = await db.Measurements.Where(m => m.Month == October.FirstDay).ToListAsync();
        Assert.Equal(5, official.Count);
        Assert.All(official, m => Assert.Equal((MeasurementSource.UnitSubmission, ReviewSubmissionHandler.SourceReference(resent.SubmissionId.Value)), (m.Source, m.SourceReference)));
        Assert.All(official, m => Assert.Equal(75, m.Numerator));
        var audits = await db.AuditLog.Where(a => a.EntityType == nameof(Measurement) && a.Action == "Added").ToListAsync();
        Assert.Equal(5, audits.Count);
        Assert.All(audits, a => Assert.Contains(ReviewSubmissionHandler.SourceReference(resent.SubmissionId.Value), a.Reason, StringComparison.Ordinal));
        Assert.All(audits, a => Assert.Equal("vanphong", a.UserName));
        Assert.Equal(RoundStatus.Accepted, StatusOf(await _status.ForMonthAsync(October), "so-tu-phap").Status);
        var again = Assert.IsType<SubmissionRefused>(await _send.SaveDraftAsync(await InputAsync("so-tu-phap", 80), "dau-moi-so-tu-phap"));
        Assert.Contains("đã được duyệt", Assert.Single(again.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_OfficeCorrectedAfterThePageLoaded_RefusedAndToldWhoChangedIt_ThenSentAgainstTheNewFigure()
    {
        var loaded = await InputAsync("so-tu-phap", 70);
        var detail = (await _query.LoadAsync("so-tu-phap", October))!;
        var digitized = detail.Indicators.Single(i => i.Code == ReferenceData.Digitized);
        var correction = await _database.Services.GetRequiredService<CorrectFigureHandler>()
            .SaveFigureAsync(new FigureCorrection(detail.UnitId, October, digitized.IndicatorId, 10, 100, null), "Văn phòng nhập theo công văn", "vanphong");
        Assert.IsType<CorrectionSaved>(correction);

        var conflict = Assert.IsType<SubmissionFigureConflict>(await _send.SubmitAsync(loaded, "so-tu-phap"));

        var (name, current) = Assert.Single(conflict.Changes);
        Assert.Equal((digitized.ShortName, 10L, "vanphong"), (name, current!.Numerator, current.UpdatedBy));
        Assert.Null((await _query.LoadAsync("so-tu-phap", October))!.SubmissionId);
        var acknowledged = loaded with { Figures = loaded.Figures.Select(f => f.IndicatorId == digitized.IndicatorId ? f with { BaseVersion = current.Version } : f).ToList() };
        Assert.IsType<SubmissionDone>(await _send.SubmitAsync(acknowledged, "so-tu-phap"));
    }

    [Fact]
    public async Task Submit_WarningWithoutExplanation_RefusedUntilExplained()
    {
        await AddOfficialAsync("so-tu-phap", October.AddMonths(-1), 70, 100);
        var input = await InputAsync("so-tu-phap", 70);

        var refused = Assert.IsType<SubmissionRefused>(await _send.SubmitAsync(input, "so-tu-phap"));

        Assert.Equal(5, refused.Problems.Count);
        Assert.All(refused.Problems, p => Assert.Equal(SubmissionWarnings.NeedsExplanation, p.Message));
        var explained = input with { Figures = input.Figures.Select(f => f with { Explanation = "Số liệu thực tế không đổi" }).ToList() };
        Assert.IsType<SubmissionDone>(await _send.SubmitAsync(explained, "so-tu-phap"));
    }

    [Fact]
    public async Task Submit_LockedMonth_RefusedWithTheLockMessage()
    {
        Assert.Null(await new MonthLocks(_database.Contexts, _clock).CloseAsync(October, "quantri"));

        var refused = Assert.IsType<SubmissionRefused>(await _send.SubmitAsync(await InputAsync("so-tu-phap", 70), "so-tu-phap"));

        Assert.Equal(FigureMessages.MonthLocked(October), Assert.Single(refused.Problems).Message);
        Assert.NotNull((await _status.ForMonthAsync(October)).LockedMessage);
    }

    [Fact]
    public async Task Submit_FocalOfficerWhenOnlyTheHeadMaySend_RefusedButDraftSaved()
    {
        var input = await InputAsync("so-tu-phap", 70) with { MaySubmit = false };

        var refused = Assert.IsType<SubmissionRefused>(await _send.SubmitAsync(input, "dau-moi-so-tu-phap"));

        Assert.Equal(SendSubmissionHandler.OnlyHeadMaySubmit, Assert.Single(refused.Problems).Message);
        Assert.IsType<SubmissionDone>(await _send.SaveDraftAsync(input, "dau-moi-so-tu-phap"));
    }

    [Fact]
    public async Task Status_FiguresFromTheOfficeOrASourceSystem_MarkTheMonthAsTheirs()
    {
        await AddOfficialAsync("so-tu-phap", October, 1, 2, MeasurementSource.ExcelImport);
        await AddOfficialAsync("phuong-bien-hoa", October, 1, 2, MeasurementSource.Api);

        var round = await _status.ForMonthAsync(October);

        Assert.Equal((RoundStatus.EnteredByOffice, 0), StatusOf(round, "so-tu-phap"));
        Assert.Equal((RoundStatus.EnteredBySource, 0), StatusOf(round, "phuong-bien-hoa"));
    }

    private static (RoundStatus Status, int DaysLate) StatusOf(MonthRoundStatus round, string code) =>
        round.Units.Single(u => u.UnitCode == code) is var unit ? (unit.Status, unit.DaysLate) : default;

    private async Task<SubmissionResult> SubmitAsync(string unitCode) => await _send.SubmitAsync(await InputAsync(unitCode, 70), unitCode);

    /// <summary>Every indicator at <paramref name="numerator"/>/100, against the official versions and the submission version the page would load.</summary>
    private async Task<SubmissionInput> InputAsync(string unitCode, long numerator)
    {
        var detail = (await _query.LoadAsync(unitCode, October))!;
        var figures = detail.Indicators.Select(i => new TypedFigure(i.IndicatorId, numerator, 100, i.BaseVersion, null)).ToList();
        return new SubmissionInput(detail.UnitId, October, detail.Version, figures, new SubmissionSections("Kết quả", "Khó khăn", "Đề xuất", "Nhiệm vụ"), MaySubmit: true);
    }

    private async Task AddOfficialAsync(string unitCode, YearMonth month, long numerator, long denominator, MeasurementSource source = MeasurementSource.ExcelImport)
    {
        await using var db = await _database.Contexts.CreateForAsync("import");
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        foreach (var indicator in await db.Indicators.ToListAsync())
        {
            db.Measurements.Add(new Measurement { UnitId = unit.Id, IndicatorId = indicator.Id, Month = month.FirstDay, Numerator = numerator, Denominator = denominator, Source = source });
        }

        await db.SaveChangesAsync();
    }
}
