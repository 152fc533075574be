using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Corrections;
using TargetsDashboard.Data.Corrections.CorrectFigure;
using TargetsDashboard.Data.Corrections.CorrectNote;
using TargetsDashboard.Data.Corrections.UnitMonth;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Figures;
using TargetsDashboard.Data.Seeding;
using YearMonth = TargetsDashboard.Kpi.YearMonth;

namespace TargetsDashboard.Data.Tests;

public class CorrectionsTests
{
    private static readonly YearMonth October = new(2025, 10);

    [Fact]
    public async Task LoadAsync_UnitMonth_ReturnsEveryIndicatorWithItsFigureVersionAndTheNote()
    {
        await using var database = await SeededAsync();
        await AddFigureAsync(database, ReferenceData.Digitized, 40, 100);
        var corrections = Corrections(database);
        var unitId = (await corrections.LoadAsync("so-tu-phap", October))!.UnitId;
        Assert.IsType<CorrectionSaved>(await corrections.SaveNoteAsync(unitId, October, "Hệ thống chậm đồng bộ", null, "vanphong"));

        var month = await corrections.LoadAsync("so-tu-phap", October);

        Assert.NotNull(month);
        Assert.Equal(5, month.Figures.Count);
        var digitized = month.Figures.Single(f => f.Code == ReferenceData.Digitized);
        Assert.Equal(40, digitized.Current!.Numerator);
        Assert.Equal(100, digitized.Current.Denominator);
        Assert.Equal(0, digitized.Current.Version);
        Assert.All(month.Figures.Where(f => f.Code != ReferenceData.Digitized), f => Assert.Null(f.Current));
        Assert.Equal("Hệ thống chậm đồng bộ", month.Note!.Text);
        Assert.Equal("vanphong", month.Note.UpdatedBy);
        Assert.False(month.IsReadOnly);
    }

    [Fact]
    public async Task SaveFigureAsync_WithReason_ChangesTheFigureAndAuditsTheReason()
    {
        await using var database = await SeededAsync();
        var (unitId, indicatorId) = await AddFigureAsync(database, ReferenceData.Digitized, 40, 100);

        var result = await Corrections(database).SaveFigureAsync(new FigureCorrection(unitId, October, indicatorId, 75, 100, 0), "  Sở gửi báo cáo bổ sung  ", "vanphong");

        Assert.IsType<CorrectionSaved>(result);
        await using var db = await database.Contexts.CreateDbContextAsync();
        var saved = await db.Measurements.SingleAsync(m => m.UnitId == unitId && m.IndicatorId == indicatorId);
        Assert.Equal(75, saved.Numerator);
        Assert.Equal(1, saved.Version);
        Assert.Equal(MeasurementSource.ManualEdit, saved.Source);
        Assert.Equal("vanphong", saved.UpdatedBy);
        var audit = await db.AuditLog.SingleAsync(a => a.EntityType == nameof(Measurement) && a.Action == "Modified");
        Assert.Equal("Sở gửi báo cáo bổ sung", audit.Reason);
        Assert.Equal("vanphong", audit.UserName);
        Assert.Equal(75, JsonDocument.Parse(audit.NewValues!).RootElement.GetProperty("Numerator").GetInt64());
    }

    [Fact]
    public async Task SaveFigureAsync_NoFigureYet_CreatesItAsAManualEditAuditedWithTheReason()
    {
        await using var database = await SeededAsync();
        var corrections = Corrections(database);
        var month = (await corrections.LoadAsync("so-tu-phap", October))!;
        var fullOnline = month.Figures.Single(f => f.Code == ReferenceData.FullOnline);

        var result = await corrections.SaveFigureAsync(new FigureCorrection(month.UnitId, October, fullOnline.IndicatorId, 12, 30, null), "Sở chưa nhập trên hệ thống", "vanphong");

        Assert.IsType<CorrectionSaved>(result);
        var reloaded = (await corrections.LoadAsync("so-tu-phap", October))!.Figures.Single(f => f.Code == ReferenceData.FullOnline);
        Assert.Equal((12L, 30L, MeasurementSource.ManualEdit), (reloaded.Current!.Numerator, reloaded.Current.Denominator, reloaded.Current.Source));
        await using var db = await database.Contexts.CreateDbContextAsync();
        var audit = await db.AuditLog.SingleAsync(a => a.EntityType == nameof(Measurement) && a.Action == "Added" && a.UserName == "vanphong");
        Assert.Equal("Sở chưa nhập trên hệ thống", audit.Reason);
    }

    [Fact]
    public async Task SaveFigureAsync_SomeoneSavedAfterLoad_WritesNothingAndReturnsTheirValue()
    {
        await using var database = await SeededAsync();
        var (unitId, indicatorId) = await AddFigureAsync(database, ReferenceData.Digitized, 40, 100);
        var corrections = Corrections(database);
        var loadedVersion = (await corrections.LoadAsync("so-tu-phap", October))!.Figures.Single(f => f.IndicatorId == indicatorId).Current!.Version;
        Assert.IsType<CorrectionSaved>(await corrections.SaveFigureAsync(new FigureCorrection(unitId, October, indicatorId, 45, 60, loadedVersion), "Số liệu tháng 10 đã rà soát", "quantri"));

        var result = await corrections.SaveFigureAsync(new FigureCorrection(unitId, October, indicatorId, 50, 100, loadedVersion), "Sửa theo công văn", "vanphong");

        var conflict = Assert.IsType<FigureConflict>(result);
        Assert.Equal((45L, 60L), (conflict.Current!.Numerator, conflict.Current.Denominator));
        Assert.Equal("quantri", conflict.Current.UpdatedBy);
        Assert.Equal("Quản trị hệ thống (demo)", conflict.Current.UpdatedByName);
        Assert.Equal(1, conflict.Current.Version);
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(45, (await db.Measurements.SingleAsync(m => m.UnitId == unitId && m.IndicatorId == indicatorId)).Numerator);
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.EntityType == nameof(Measurement) && a.Action == "Modified"));
    }

    [Fact]
    public async Task SaveFigureAsync_FigureCreatedByOtherAfterLoad_WritesNothingAndReturnsTheirValue()
    {
        await using var database = await SeededAsync();
        var corrections = Corrections(database);
        var month = (await corrections.LoadAsync("so-tu-phap", October))!;
        var contactless = month.Figures.Single(f => f.Code == ReferenceData.Contactless).IndicatorId;
        Assert.IsType<CorrectionSaved>(await corrections.SaveFigureAsync(new FigureCorrection(month.UnitId, October, contactless, 8, 10, null), "Bổ sung", "quantri"));

        var result = await corrections.SaveFigureAsync(new FigureCorrection(month.UnitId, October, contactless, 9, 10, null), "Bổ sung", "vanphong");

        Assert.Equal(8, Assert.IsType<FigureConflict>(result).Current!.Numerator);
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.EntityType == nameof(Measurement)));
    }

    [Fact]
    public async Task SaveFigureAsync_MonthLocked_IsRefusedWithTheLockMessage()
    {
        await using var database = await SeededAsync();
        var (unitId, indicatorId) = await AddFigureAsync(database, ReferenceData.Digitized, 40, 100);
        Assert.Null(await database.Services.GetRequiredService<MonthLocks>().CloseAsync(October, "quantri"));

        var result = await Corrections(database).SaveFigureAsync(new FigureCorrection(unitId, October, indicatorId, 75, 100, 0), "Sửa", "vanphong");

        Assert.Equal("Tháng 10/2025 đã khóa sổ: không thể nhập hay sửa số liệu cho đến khi quản trị viên mở lại.", Assert.IsType<CorrectionLocked>(result).Message);
        Assert.Equal(FigureMessages.MonthLocked(October), (await Corrections(database).LoadAsync("so-tu-phap", October))!.LockedMessage);
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(40, (await db.Measurements.SingleAsync()).Numerator);
    }

    [Theory]
    [InlineData(-1, 100, "Sửa", "Tử số không được âm; bạn đã nhập -1.")]
    [InlineData(5, -1, "Sửa", "Mẫu số không được âm; bạn đã nhập -1.")]
    [InlineData(1500, 1234, "Sửa", "Tử số (1.500) lớn hơn mẫu số (1.234): tỷ lệ không thể vượt 100%.")]
    [InlineData(50, 100, "", "Cần nhập lý do sửa số liệu.")]
    [InlineData(50, 100, "   ", "Cần nhập lý do sửa số liệu.")]
    public async Task SaveFigureAsync_InvalidInput_IsRefusedInVietnameseAndWritesNothing(long numerator, long denominator, string reason, string expected)
    {
        await using var database = await SeededAsync();
        var (unitId, indicatorId) = await AddFigureAsync(database, ReferenceData.Digitized, 40, 100);

        var result = await Corrections(database).SaveFigureAsync(new FigureCorrection(unitId, October, indicatorId, numerator, denominator, 0), reason, "vanphong");

        Assert.Equal(expected, Assert.IsType<CorrectionInvalid>(result).Message);
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.AuditLog.CountAsync(a => a.EntityType == nameof(Measurement) && a.Action == "Modified"));
    }

    [Fact]
    public async Task SaveFigureAsync_UnitNotActiveInTheMonth_IsRefused()
    {
        await using var database = await SeededAsync();
        var (unitId, indicatorId) = await AddFigureAsync(database, ReferenceData.Digitized, 40, 100);
        await database.Services.GetRequiredService<UnitMaintenance>().DeactivateAsync(unitId, new DateOnly(2025, 9, 30), "quantri");

        var result = await Corrections(database).SaveFigureAsync(new FigureCorrection(unitId, October, indicatorId, 75, 100, 0), "Sửa", "vanphong");

        Assert.Equal("Đơn vị 'so-tu-phap' (Sở Tư pháp) không hoạt động trong tháng 10/2025.", Assert.IsType<CorrectionInvalid>(result).Message);
        Assert.NotNull((await Corrections(database).LoadAsync("so-tu-phap", October))!.InactiveMessage);
    }

    [Fact]
    public async Task SaveNoteAsync_SomeoneChangedTheNoteAfterLoad_WritesNothingAndReturnsTheirText()
    {
        await using var database = await SeededAsync();
        var corrections = Corrections(database);
        var unitId = (await corrections.LoadAsync("so-tu-phap", October))!.UnitId;
        Assert.IsType<CorrectionSaved>(await corrections.SaveNoteAsync(unitId, October, "Bản đầu", null, "vanphong"));
        Assert.IsType<CorrectionSaved>(await corrections.SaveNoteAsync(unitId, October, "Bản của quản trị", 0, "quantri"));

        var result = await corrections.SaveNoteAsync(unitId, October, "Bản của tôi", 0, "vanphong");

        Assert.Equal("Bản của quản trị", Assert.IsType<NoteConflict>(result).Current!.Text);
        Assert.Equal("Bản của quản trị", (await corrections.LoadAsync("so-tu-phap", October))!.Note!.Text);
    }

    private static CorrectionFeature Corrections(SqliteTestDatabase database) => new(
        database.Services.GetRequiredService<UnitMonthQuery>(),
        database.Services.GetRequiredService<CorrectFigureHandler>(),
        database.Services.GetRequiredService<CorrectNoteHandler>());

    private static async Task<SqliteTestDatabase> SeededAsync()
    {
        var database = await SqliteTestDatabase.CreateAsync();
        await database.Services.GetRequiredService<DemoDataSeeder>().SeedReferenceDataAsync(UnitCatalog.DongNai(), new DateOnly(2025, 7, 1), CancellationToken.None);
        await SeedAccountAsync(database, "quantri", "Quản trị hệ thống (demo)");
        return database;
    }

    /// <summary>An account row, so the writer's display name can be looked up as on the real site.</summary>
    private static async Task SeedAccountAsync(SqliteTestDatabase database, string userName, string displayName)
    {
        await using var db = await database.Contexts.CreateForAsync("test");
        db.Users.Add(new AppUser { UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = displayName });
        await db.SaveChangesAsync();
    }

    private static async Task<(int UnitId, int IndicatorId)> AddFigureAsync(SqliteTestDatabase database, string indicatorCode, long numerator, long denominator)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        var unit = await db.Units.SingleAsync(u => u.Code == "so-tu-phap");
        var indicator = await db.Indicators.SingleAsync(i => i.Code == indicatorCode);
        db.ActAs("import");
        db.Measurements.Add(new Measurement
        {
            UnitId = unit.Id,
            IndicatorId = indicator.Id,
            Month = October.FirstDay,
            Numerator = numerator,
            Denominator = denominator,
            Source = MeasurementSource.ExcelImport,
        });
        await db.SaveChangesAsync();
        await db.AuditLog.ExecuteDeleteAsync();
        return (unit.Id, indicator.Id);
    }

    /// <summary>The feature's query and two commands, as the correction page uses them.</summary>
    private sealed record CorrectionFeature(UnitMonthQuery Query, CorrectFigureHandler Figures, CorrectNoteHandler Notes)
    {
        public Task<UnitMonthFigures?> LoadAsync(string unitCode, YearMonth month) => Query.LoadAsync(unitCode, month);

        public Task<CorrectionResult> SaveFigureAsync(FigureCorrection correction, string? reason, string actingUser) => Figures.SaveFigureAsync(correction, reason, actingUser);

        public Task<CorrectionResult> SaveNoteAsync(int unitId, YearMonth month, string? text, int? expectedVersion, string actingUser) =>
            Notes.SaveNoteAsync(unitId, month, text, expectedVersion, actingUser);
    }
}
