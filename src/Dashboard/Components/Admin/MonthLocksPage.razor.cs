using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Dashboard.Writes;
using TargetsDashboard.Data.Auditing;

namespace TargetsDashboard.Dashboard.Components.Admin;

/// <summary>Administrators close months (no more changes to their figures) and reopen them with a reason.</summary>
public partial class MonthLocksPage
{
    private IReadOnlyList<MonthLockRow> _rows = [];
    private string? _message;
    private bool _messageIsError;
    private bool _busy;
    private YearMonth? _reopening;
    private string? _reason;

    [Inject]
    private MonthLocks Locks { get; set; } = null!;

    [Inject]
    private WriteGuard Writes { get; set; } = null!;

    [Inject]
    private ICurrentActor Actor { get; set; } = null!;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync() => _rows = (await Locks.ListAsync()).Select(MonthLockRow.From).ToList();

    private async Task<string> UserAsync() => await Actor.GetNameAsync();

    private Task CloseAsync(MonthLockRow row) =>
        RunAsync($"việc khóa sổ tháng {row.Month}", async () => await Locks.CloseAsync(row.Month, await UserAsync()), $"Đã khóa sổ tháng {row.Month}.");

    private void StartReopen(MonthLockRow row)
    {
        _reopening = row.Month;
        _reason = null;
    }

    private void CancelReopen() => _reopening = null;

    private Task ReopenAsync(MonthLockRow row) =>
        RunAsync($"việc mở lại tháng {row.Month}", async () => await Locks.ReopenAsync(row.Month, _reason, await UserAsync()), $"Đã mở lại tháng {row.Month}.");

    private async Task RunAsync(string what, Func<Task<string?>> action, string success)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var (refusal, failure) = await Writes.RunAsync(what, action);
            var error = failure?.Message ?? refusal;
            _messageIsError = error is not null;
            _message = error ?? success;
            if (error is null)
            {
                _reopening = null;
            }

            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
