using TargetsDashboard.Dashboard.ViewModels.Index766;
using TargetsDashboard.Data.Index766;

namespace TargetsDashboard.Dashboard.Components.Index766;

/// <summary>The province office enters the province's national rank on the 766 index for a month, with its source.</summary>
public partial class Index766NationalRankEntry
{
    private readonly NationalRankForm _form = new();
    private IReadOnlyList<NationalRankEntry> _rows = [];

    [Inject]
    private Index766Administration Administration { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        await ReloadAsync();
        _form.StartFrom(_rows.Count > 0 ? _rows[0] : null);
    }

    private async Task ReloadAsync() => _rows = await Administration.ListNationalRanksAsync();

    private Task SaveAsync()
    {
        var (entry, unreadable) = _form.ToEntry();
        return RunSaveAsync(
            async () => entry is null
                ? unreadable
                : await WriteAsync($"thứ hạng toàn quốc tháng {entry.Month}", user => Administration.SaveNationalRankAsync(entry, user)),
            () => $"Đã lưu thứ hạng toàn quốc tháng {entry!.Month}: {VietnameseFormat.OutOf(entry.Rank, entry.OutOf)}.",
            _ => ReloadAsync());
    }
}
