namespace TargetsDashboard.Dashboard.Components.Admin;

/// <summary>Administrators close months (no more changes to their figures) and reopen them with a reason.</summary>
public partial class MonthLocksPage
{
    private IReadOnlyList<MonthLockRow> _rows = [];
    private YearMonth? _reopening;
    private string? _reason;

    [Inject]
    private MonthLocks Locks { get; set; } = null!;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync() => _rows = (await Locks.ListAsync()).Select(MonthLockRow.From).ToList();

    private Task CloseAsync(MonthLockRow row) =>
        RunAsync($"việc khóa sổ tháng {row.Month}", user => Locks.CloseAsync(row.Month, user), $"Đã khóa sổ tháng {row.Month}.");

    private void StartReopen(MonthLockRow row)
    {
        _reopening = row.Month;
        _reason = null;
    }

    private void CancelReopen() => _reopening = null;

    private Task ReopenAsync(MonthLockRow row) =>
        RunAsync($"việc mở lại tháng {row.Month}", user => Locks.ReopenAsync(row.Month, _reason, user), $"Đã mở lại tháng {row.Month}.");

    private Task RunAsync(string what, Func<string, Task<string?>> action, string success) => RunSaveAsync(
        () => WriteAsync(what, action),
        () => success,
        async saved =>
        {
            if (saved)
            {
                _reopening = null;
            }

            await ReloadAsync();
        });
}
