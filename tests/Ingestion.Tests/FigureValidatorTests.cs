using TargetsDashboard.Data.Entities;
using CountedOver = TargetsDashboard.Kpi.CountedOver;
using UnitKind = TargetsDashboard.Kpi.UnitKind;

namespace TargetsDashboard.Ingestion.Tests;

public class FigureValidatorTests
{
    private static readonly DateOnly Month = new(2025, 11, 1);

    private static readonly Unit Justice = new() { Id = 1, Code = "so-tu-phap", Name = "Sở Tư pháp", Kind = UnitKind.Department, ValidFrom = new DateOnly(2025, 7, 1) };

    private static readonly Unit Merged = new()
    {
        Id = 2, Code = "xa-cu", Name = "Xã Cũ", Kind = UnitKind.Commune, ValidFrom = new DateOnly(2025, 1, 1), ValidTo = new DateOnly(2025, 9, 30),
        Successor = new Unit { Id = 3, Code = "xa-moi", Name = "Xã Mới", Kind = UnitKind.Commune },
    };

    private static readonly Indicator Digitized = new()
    {
        Id = 10, Code = "DIGITIZED", NameVi = "Số hóa", NameEn = "Digitised", ShortNameVi = "Số hóa", NumeratorVi = "n", DenominatorVi = "d", NumeratorItemVi = "hồ sơ",
    };

    private static readonly Indicator Online = new()
    {
        Id = 11, Code = "ONLINE_PROCESSED", NameVi = "Trực tuyến", NameEn = "Online", ShortNameVi = "Trực tuyến", NumeratorVi = "n", DenominatorVi = "d", NumeratorItemVi = "hồ sơ",
        CountedOver = CountedOver.Dossiers,
    };

    [Theory]
    [InlineData("so-tu-phap", "DIGITIZED", "x", "5", "F", "Tử số phải là số; ô này có 'x'.")]
    [InlineData("so-tu-phap", "DIGITIZED", "-1", "10", "F", "Tử số không được âm")]
    [InlineData("so-tu-phap", "DIGITIZED", "2,5", "10", "F", "phải là số nguyên")]
    [InlineData("so-tu-phap", "DIGITIZED", "11", "10", "F", "Tử số (11) lớn hơn mẫu số (10)")]
    [InlineData("so-tu-phap", "DIGITIZED", "", "10", "F", "Thiếu tử số.")]
    [InlineData("so-tu-phap", "DIGITIZED", "1", "", "G", "Thiếu mẫu số.")]
    [InlineData("so-tu-phap", "DIGITIZED", "1", "2000000000", "G", "Mẫu số quá lớn")]
    [InlineData("so-khong-co", "DIGITIZED", "1", "2", "B", "Không có đơn vị nào mã 'so-khong-co'")]
    [InlineData("", "DIGITIZED", "1", "2", "B", "Thiếu mã đơn vị.")]
    [InlineData("xa-cu", "DIGITIZED", "1", "2", "B", "đã sáp nhập vào 'xa-moi'")]
    [InlineData("so-tu-phap", "SPEED", "1", "2", "D", "Không có chỉ tiêu nào mã 'SPEED'. Các mã hợp lệ: DIGITIZED, ONLINE_PROCESSED.")]
    public void Validate_BadRow_IssueSaysWhatAndWhere(string unit, string indicator, string numerator, string denominator, string column, string message)
    {
        var preview = FigureValidator.Validate(Batch(Figure(unit, indicator, numerator, denominator, row: 7)), Context());

        var issue = Assert.Single(preview.Issues);
        Assert.Equal(("Số liệu", 7, column), (issue.Sheet, issue.Row, issue.Column));
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Trang tính 'Số liệu', dòng 7, cột {column}: ", issue.ToString(), StringComparison.Ordinal);
        Assert.Empty(preview.Rows);
        Assert.False(preview.CanCommit);
    }

    [Fact]
    public void Validate_SameUnitAndIndicatorTwice_SecondRowIsADuplicate()
    {
        var preview = FigureValidator.Validate(
            Batch(Figure("so-tu-phap", "DIGITIZED", "1", "2", row: 3), Figure("SO-TU-PHAP", "digitized", "1", "2", row: 9)), Context());

        var issue = Assert.Single(preview.Issues);
        Assert.Equal(9, issue.Row);
        Assert.Contains("Trang tính 'Số liệu', dòng 3", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExistingFigures_RowsSplitIntoNewChangedAndUnchangedWithOldValues()
    {
        var existing = new Dictionary<(int, int), Measurement>
        {
            [(1, 10)] = new() { UnitId = 1, IndicatorId = 10, Month = Month, Numerator = 5, Denominator = 10, Version = 3 },
        };
        var preview = FigureValidator.Validate(
            Batch(Figure("so-tu-phap", "DIGITIZED", "6", "10", row: 2), Figure("so-tu-phap", "ONLINE_PROCESSED", "1", "4", row: 3)),
            Context(existing));

        Assert.True(preview.CanCommit);
        var changed = Assert.Single(preview.Rows, r => r.Kind == PreviewRowKind.Changed);
        Assert.Equal((5L, 10L, 6L, 10L, 3), (changed.OldNumerator!.Value, changed.OldDenominator!.Value, changed.Numerator, changed.Denominator, changed.ExistingVersion!.Value));
        Assert.Equal(1, preview.NewCount);
        Assert.Single(preview.RowsToWrite(ImportMode.AddMissing));
        Assert.Equal(2, preview.RowsToWrite(ImportMode.Replace).Count());
    }

    [Fact]
    public void Validate_LockedMonth_FirstIssueIsTheLock()
    {
        var preview = FigureValidator.Validate(Batch(Figure("so-tu-phap", "DIGITIZED", "1", "2", row: 2)), Context(locked: true));

        var issue = Assert.Single(preview.Issues);
        Assert.Null(issue.Row);
        Assert.Equal("Tháng 11/2025 đã khóa sổ: không thể nhập hay sửa số liệu cho đến khi quản trị viên mở lại.", issue.ToString());
        Assert.False(preview.CanCommit);
    }

    [Fact]
    public void Validate_NoFigures_SaysThereIsNothingToImport()
    {
        var preview = FigureValidator.Validate(Batch(), Context());

        Assert.Equal("Không có số liệu nào để nhập.", Assert.Single(preview.Issues).Message);
    }

    [Fact]
    public void Validate_ApiItem_IssueNamesItemAndProperty()
    {
        var figure = new IncomingFigure("so-tu-phap", "DIGITIZED", IncomingNumber.Of(1.5m), IncomingNumber.Of(4), FigureLocation.RequestItem(3));

        var issue = Assert.Single(FigureValidator.Validate(Batch(figure), Context()).Issues);

        Assert.Equal("items[3].numerator: Tử số là số đếm (hồ sơ, thủ tục) nên phải là số nguyên; giá trị gửi lên là 1,5.", issue.ToString());
    }

    [Fact]
    public void Validate_ZeroOverZeroOfAnIndicatorCountingDossiers_IsTakenWithAWarningThatItShowsAsUnknown()
    {
        var preview = FigureValidator.Validate(Batch(Figure("so-tu-phap", "ONLINE_PROCESSED", "0", "0", row: 4)), Context());

        Assert.Empty(preview.Issues);
        Assert.True(preview.CanCommit);
        var warning = Assert.Single(preview.Warnings);
        Assert.Equal(
            "Trang tính 'Số liệu', dòng 4, cột G: Mẫu số của chỉ tiêu Trực tuyến bằng 0 (không có hồ sơ trong tháng): số liệu được ghi, tỷ lệ hiện là “chưa có số liệu”, không phải 0%.",
            warning.ToString());
    }

    [Fact]
    public void Validate_ZeroOverZeroOfAnIndicatorCountingProcedures_IsRefused()
    {
        var preview = FigureValidator.Validate(Batch(Figure("so-tu-phap", "DIGITIZED", "0", "0", row: 4)), Context());

        var issue = Assert.Single(preview.Issues);
        Assert.Equal((4, "G"), (issue.Row, issue.Column));
        Assert.StartsWith("Mẫu số của chỉ tiêu Số hóa không được bằng 0", issue.Message, StringComparison.Ordinal);
        Assert.False(preview.CanCommit);
    }

    [Fact]
    public void Validate_HugeCodesOnTwoHundredRowsOfAnApiRequest_EachMessageQuotesAtMostFortyCharacters()
    {
        var code = new string('u', 32_000);
        var figures = Enumerable.Range(0, 200)
            .Select(i => new IncomingFigure(code, code, IncomingNumber.NotANumber(code), IncomingNumber.Of(1), FigureLocation.RequestItem(i)))
            .ToArray();

        var preview = FigureValidator.Validate(Batch(figures), Context());

        Assert.Equal(600, preview.Issues.Count);
        Assert.All(preview.Issues, i => Assert.True(i.Message.Length < 200, i.Message));
        Assert.Contains(preview.Issues, i => i.Message.Contains($"'{new string('u', 40)}…'", StringComparison.Ordinal));
    }

    private static IncomingFigure Figure(string unit, string indicator, string numerator, string denominator, int row) =>
        new(unit, indicator, Number(numerator), Number(denominator), FigureLocation.WorkbookRow("Số liệu", row, "B", "D", "F", "G"));

    private static IncomingNumber Number(string text) => text.Length == 0
        ? IncomingNumber.Missing
        : decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), out var value)
            ? IncomingNumber.Of(value)
            : IncomingNumber.NotANumber(text);

    private static FigureBatch Batch(params IncomingFigure[] figures) => new(Month, figures, [], "test.xlsx", "hash");

    private static ValidationContext Context(Dictionary<(int, int), Measurement>? existing = null, bool locked = false) => new(
        new[] { Justice, Merged }.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase),
        new[] { Digitized, Online }.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase),
        existing ?? [],
        locked);
}
