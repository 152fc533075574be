using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using TargetsDashboard.Dashboard.Mail;
using TargetsDashboard.Dashboard.Writes;

namespace TargetsDashboard.Dashboard.Components.Account;

/// <summary>Each user chooses the e-mail they receive among what their role may see (<see cref="MailSubscriptions.Allowed"/>).</summary>
public partial class MailChoices
{
    private IReadOnlyList<MailTopic> _allowed = [];
    private IReadOnlySet<MailTopic> _chosen = new HashSet<MailTopic>();
    private string? _email;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    [Inject]
    private MailSubscriptions Subscriptions { get; set; } = null!;

    [Inject]
    private UserManager<AppUser> Users { get; set; } = null!;

    /// <summary>"true" after saving; read as text, so that no value in the URL can fail the page.</summary>
    [SupplyParameterFromQuery(Name = "ok")]
    public string? OkToken { get; set; }

    /// <summary>The error id of a save that failed (WriteGuard logged it under this id).</summary>
    [SupplyParameterFromQuery(Name = "loi")]
    public string? ErrorId { get; set; }

    private bool Ok => ViewQuery.ParseFlag(OkToken);

    private string? ErrorText => string.IsNullOrEmpty(ErrorId) ? null : WriteGuard.Message("lựa chọn thư điện tử", ErrorId.Length <= 40 ? ErrorId : ErrorId[..40]);

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        _allowed = Subscriptions.Allowed(user);
        _chosen = await Subscriptions.ChosenAsync(userId, CancellationToken.None);
        _email = (await Users.FindByIdAsync(userId))?.Email;
    }
}
