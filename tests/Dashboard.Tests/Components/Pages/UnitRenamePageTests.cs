using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// After a rename, pages of earlier months show the name of their time and the current month the new name. Its own
/// app and database: the rename must not leak into other tests.
/// </summary>
public sealed class UnitRenamePageTests(DashboardFactory factory) : IClassFixture<DashboardFactory>, IAsyncLifetime
{
    private const string Code = "so-tu-phap";
    private const string OldName = "Sở Tư pháp";
    private const string NewName = "Sở Pháp chế và Hành chính công";

    public async Task InitializeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TargetsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var unit = db.Units.Single(u => u.Code == Code);
        if (unit.Name != NewName)
        {
            await scope.ServiceProvider.GetRequiredService<UnitMaintenance>().RenameAsync(unit.Id, NewName, new DateOnly(2025, 10, 1), "quantri");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task UnitPage_MonthBeforeRename_ShowsOldNameWithCurrentName()
    {
        var html = await factory.PageTextAsync($"/don-vi/{Code}?ky=2025-09");

        var header = Slice(html, "data-testid=\"unit-name\"", "</h1>");
        Assert.Contains($"{OldName} (nay là {NewName})", header, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitPage_MonthOfRename_ShowsNewNameOnly()
    {
        var html = await factory.PageTextAsync($"/don-vi/{Code}?ky=2025-10");

        var header = Slice(html, "data-testid=\"unit-name\"", "</h1>");
        Assert.Contains(NewName, header, StringComparison.Ordinal);
        Assert.DoesNotContain("nay là", header, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?ky=2025-09&nhom=so-ban-nganh", "data-testid=\"grid-row\"", OldName, NewName)]
    [InlineData("/?ky=2025-10&nhom=so-ban-nganh", "data-testid=\"grid-row\"", NewName, OldName)]
    [InlineData("/xep-hang?ky=2025-09", "data-testid=\"ranking-row\"", OldName, NewName)]
    [InlineData("/xep-hang?ky=2025-10", "data-testid=\"ranking-row\"", NewName, OldName)]
    [InlineData("/chi-tieu/DIGITIZED?ky=2025-09", "data-testid=\"unit-table-row\"", OldName, NewName)]
    public async Task ProvincePages_AfterRename_RowShowsNameOfThePeriod(string url, string rowMarker, string shown, string absent)
    {
        var html = await factory.PageTextAsync(url);

        var row = Slice(html, $"{rowMarker} data-unit=\"{Code}\"", "</tr>");
        Assert.Contains($">{shown}<", row, StringComparison.Ordinal);
        Assert.DoesNotContain(absent, row, StringComparison.Ordinal);
    }

    private static string Slice(string html, string marker, string end)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"Marker {marker} not found.");
        var stop = html.IndexOf(end, start, StringComparison.Ordinal);
        return stop < 0 ? html[start..] : html[start..stop];
    }
}
