using TargetsDashboard.Dashboard.ViewModels.Index766;
using TargetsDashboard.Dashboard.Writes;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Index766;

namespace TargetsDashboard.Dashboard.Components.Index766;

/// <summary>The province office enters the province's national rank on the 766 index for a month, with its source.</summary>
public partial class Index766NationalRankEntry
{
    private readonly NationalRankForm _form = new();
    private IReadOnlyList<NationalRankEntry> _rows = [];
    private string? _message;
    private bool _messageIsError;
    private bool _busy;

    [Inject]
    private Index766Administration Administration { get; set; } = null!;

    [Inject]
    private WriteGuard Writes { get; set; } = null!;

    [Inject]
    private ICurrentActor Actor { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        await ReloadAsync();
        _form.StartFrom(_rows.Count > 0 ? _rows[0] : null);
    }

    private async Task ReloadAsync() => _rows = await Administration.ListNationalRanksAsync();

    private async Task SaveAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var (entry, unreadable) = _form.ToEntry();
            string? error = unreadable;
            if (entry is not null)
            {
                var (refusal, failure) = await Writes.RunAsync(
                    $"thứ hạng toàn quốc tháng {entry.Month}",
                    async () => await Administration.SaveNationalRankAsync(entry, await Actor.GetNameAsync()));
                error = failure?.Message ?? refusal;
            }

            _messageIsError = error is not null;
            _message = error ?? $"Đã lưu thứ hạng toàn quốc tháng {entry!.Month}: {VietnameseFormat.OutOf(entry.Rank, entry.OutOf)}.";
            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
