using Microsoft.AspNetCore.Components.Authorization;
using TargetsDashboard.Dashboard.Reports;

namespace TargetsDashboard.Dashboard.Components.Pages;

/// <summary>
/// Starts the all-units zip of a month and shows its progress. It calls the same job service as the HTTP routes
/// (the circuit runs on the server) and asks the same access policy; the download is the ordinary zip route.
/// </summary>
public partial class ReportArchive
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(500);

    private readonly CancellationTokenSource _disposed = new();
    private YearMonth? _month;
    private string _monthLabel = string.Empty;
    private ArchiveJobStatus? _status;
    private bool _starting;
    private string? _message;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    [Inject]
    private ReportArchiveJobs Jobs { get; set; } = null!;

    [Inject]
    private IReportAccessPolicy AccessPolicy { get; set; } = null!;

    /// <summary>The month as a URL token, 2025-10.</summary>
    [SupplyParameterFromQuery(Name = "thang")]
    public string? MonthToken { get; set; }

    private string ProgressText => _status switch
    {
        null => string.Empty,
        { Finished: true } s => $"Đã xong {s.Total}/{s.Total} đơn vị.",
        var s => $"Đang tạo báo cáo: {s.Done}/{s.Total} đơn vị…",
    };

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override void OnParametersSet()
    {
        _month = YearMonth.TryParseIso(MonthToken, out var month) ? month : null;
        _monthLabel = _month?.ToString() ?? MonthToken ?? string.Empty;
    }

    private async Task StartAsync()
    {
        if (_month is not { } month)
        {
            return;
        }

        var user = (await AuthenticationState).User;
        if (!AccessPolicy.CanReadProvince(user))
        {
            _message = "Bạn không có quyền tải báo cáo của tất cả đơn vị.";
            return;
        }

        _starting = true;
        var owner = user.Identity?.Name ?? string.Empty;
        var started = await Jobs.StartAsync(month, owner, cancellationToken: _disposed.Token);
        _starting = false;
        _status = started.Job;
        if (_status is null)
        {
            _message = started.Refusal;
            return;
        }

        // Poll the job in the circuit: each tick re-renders the progress bar until the zip is ready.
        using var timer = new PeriodicTimer(PollEvery);
        try
        {
            while (_status is { Finished: false, Failed: false } && await timer.WaitForNextTickAsync(_disposed.Token))
            {
                _status = Jobs.Status(_status.Id, owner);
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was left: the job goes on and its zip stays available through the download route.
        }
    }
}
