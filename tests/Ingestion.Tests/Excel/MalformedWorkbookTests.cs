using TargetsDashboard.Data.Entities;
using TargetsDashboard.Ingestion.Excel;
using TargetsDashboard.Ingestion.Tests.TestData;

namespace TargetsDashboard.Ingestion.Tests;

/// <summary>
/// Every malformed or hostile upload: the reader does not throw, the user reads a Vietnamese message that says where
/// (sheet, row, column), and a commit attempted anyway writes nothing (figures, audit log, import history).
/// </summary>
public sealed class MalformedWorkbookTests(ImportTestDatabase database) : IClassFixture<ImportTestDatabase>
{
    public static TheoryData<string> Cases() => new(MalformedWorkbooks.All.Select(c => c.Name));

    [Fact]
    public void Corpus_HasAtLeastTwentyFiveCases() => Assert.True(MalformedWorkbooks.All.Count >= 25, $"{MalformedWorkbooks.All.Count} cases.");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Import_MalformedWorkbook_ReportsWhereAndWritesNothing(string name)
    {
        var @case = MalformedWorkbooks.All.Single(c => c.Name == name);
        var bytes = await @case.Build(database);
        var before = await database.CountsAsync();

        var batch = new ImportWorkbookReader().Read(bytes, name + ".xlsx", @case.Month ?? ImportTestDatabase.Month);
        var preview = await database.Importer.PreviewAsync(batch);
        var outcome = await database.Importer.CommitAsync(preview, ImportMode.Replace, MeasurementSource.ExcelImport, "vanphong");

        var issue = preview.Issues.FirstOrDefault(i => i.Message.Contains(@case.Message, StringComparison.Ordinal));
        Assert.True(issue is not null, $"Expected '{@case.Message}' among: {string.Join(" | ", preview.Issues)}");
        Assert.Equal((@case.Sheet, @case.Row, @case.Column), (issue.Sheet, issue.Row, issue.Column));
        Assert.False(preview.CanCommit);
        Assert.False(outcome.Succeeded);
        Assert.Equal(before, await database.CountsAsync());
    }

    [Fact]
    public async Task Corpus_WrittenToTestData_ForManualReview()
    {
        // The files are generated, not committed; writing them out lets a reviewer open each one in Excel or LibreOffice.
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "generated");
        Directory.CreateDirectory(folder);
        foreach (var @case in MalformedWorkbooks.All.Where(c => c.Name is not ("over-size-limit" or "zip-bomb-ratio" or "sheet-part-over-limit" or "too-many-cells")))
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, @case.Name + ".xlsx"), await @case.Build(database));
        }

        Assert.NotEmpty(Directory.GetFiles(folder));
    }
}
