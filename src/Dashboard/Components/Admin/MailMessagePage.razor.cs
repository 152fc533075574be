using TargetsDashboard.Dashboard.Mail;
using TargetsDashboard.Dashboard.Writes;

namespace TargetsDashboard.Dashboard.Components.Admin;

/// <summary>One outbox message: its facts, a preview of both bodies, and "send again" when it failed.</summary>
public partial class MailMessagePage
{
    private OutboxMessage? _message;
    private string? _notice;
    private bool _noticeIsError;

    [Parameter]
    public long Id { get; set; }

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private MailOutbox Outbox { get; set; } = null!;

    [Inject]
    private WriteGuard Writes { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        _message = await Outbox.FindAsync(Id, CancellationToken.None);
        if (_message is null && HttpContext is { Response.HasStarted: false })
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private async Task ResendAsync()
    {
        var (resent, failure) = await Writes.RunAsync("việc gửi lại thư", async () => await Outbox.ResendAsync(Id, CancellationToken.None));
        _noticeIsError = failure is not null || !resent;
        _notice = failure?.Message ?? (resent ? "Đã xếp thư vào hàng gửi lại." : "Thư không còn ở trạng thái lỗi: không gửi lại.");
        _message = await Outbox.FindAsync(Id, CancellationToken.None);
    }
}
