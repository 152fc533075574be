using Microsoft.AspNetCore.Components.Authorization;
using TargetsDashboard.Data.Submissions.Deadlines;

namespace TargetsDashboard.Dashboard.Components.Submissions;

/// <summary>The round's settings on the status page; every save asks again, on the server, whether the user reviews.</summary>
public partial class RoundSettingsPanel
{
    private RoundSettingsState? _settings;
    private DateOnly? _monthDeadline;
    private int _day;
    private bool _focalOfficers;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    [Inject]
    private RoundSettings Settings { get; set; } = null!;

    [Parameter, EditorRequired]
    public YearMonth Month { get; set; }

    [Parameter, EditorRequired]
    public RoundDeadline Deadline { get; set; } = null!;

    /// <summary>Called after a save, so that the page shows the new deadline.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _settings = await Settings.GetAsync();
        _day = _settings.DeadlineDay;
        _focalOfficers = _settings.FocalOfficersMaySubmit;
        _monthDeadline = Deadline.IsOverride ? Deadline.LastDay : null;
    }

    private Task SaveMonthAsync() =>
        RunAsync($"hạn nộp tháng {Month}", async actor => await Settings.SetMonthDeadlineAsync(Month, _monthDeadline, actor), $"Đã lưu hạn nộp của tháng {Month}.");

    private Task SaveSettingsAsync() =>
        RunAsync("cài đặt đợt báo cáo", async actor => await Settings.SaveAsync(new RoundSettingsState(_day, _focalOfficers), actor), "Đã lưu cài đặt đợt báo cáo.");

    private Task RunAsync(string what, Func<string, Task<string?>> save, string success) => RunSaveAsync(
        async () => UnitAccess.IsReviewer((await AuthenticationState).User)
            ? await WriteAsync(what, save)
            : "Chỉ văn phòng UBND tỉnh và quản trị viên được đổi cài đặt đợt báo cáo.",
        () => success,
        saved => saved ? Changed.InvokeAsync() : Task.CompletedTask);
}
