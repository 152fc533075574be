using Microsoft.Extensions.Options;
using TargetsDashboard.Dashboard.Mail;

namespace TargetsDashboard.Dashboard.Components.Admin;

/// <summary>The outbox for the administrator: counts by state, one page of messages, newest first; state and page in the URL.</summary>
public partial class MailOutboxPage
{
    private IReadOnlyList<OutboxRow> _rows = [];
    private IReadOnlyDictionary<OutboxStatus, int> _counts = new Dictionary<OutboxStatus, int>();
    private OutboxStatus? _status;
    private int _page = 1;
    private int _pageCount = 1;
    private int _total;
    private bool _enabled;

    [Inject]
    private MailOutbox Outbox { get; set; } = null!;

    [Inject]
    private IOptionsMonitor<MailOptions> Options { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "trang-thai")]
    public string? StatusToken { get; set; }

    [SupplyParameterFromQuery(Name = "trang")]
    public string? PageToken { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _enabled = Options.CurrentValue.Enabled;
        _status = MailOutboxView.ParseStatus(StatusToken);
        _counts = await Outbox.CountsAsync(CancellationToken.None);
        (_rows, _total, _page) = await Outbox.ListAsync(_status, Paging.ParsePage(PageToken) ?? 1, CancellationToken.None);
        _pageCount = Math.Max(1, (_total + MailOutbox.PageSize - 1) / MailOutbox.PageSize);
    }
}
