using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TargetsDashboard.Dashboard.Api;
using TargetsDashboard.Formatting;

namespace TargetsDashboard.Dashboard.Components.Admin;

public partial class ApiKeysPage
{
    private IReadOnlyList<ApiClientRow> _clients = [];
    private string? _newClientName;
    private IssuedApiKey? _issued;
    private int? _confirmingRevoke;
    private string? _message;
    private bool _messageIsError;

    [Inject]
    private ApiKeys Keys { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync() => await ReloadAsync();

    private static string Local(DateTime utc) => VietnameseFormat.LocalDateTime(utc);

    private async Task<string> UserAsync() => (await AuthenticationState).User.Identity?.Name ?? "?";

    private async Task ReloadAsync() => _clients = await Keys.ListAsync();

    private async Task IssueAsync()
    {
        var result = await Keys.IssueAsync(_newClientName ?? string.Empty, await UserAsync());
        _issued = result.Issued;
        _messageIsError = result.Error is not null;
        _message = result.Error ?? $"Đã cấp khóa cho “{result.Issued!.ClientName}”.";
        if (result.Issued is not null)
        {
            _newClientName = null;
            await ReloadAsync();
        }
    }

    /// <summary>The clear key leaves the circuit's memory as soon as the administrator says it is copied.</summary>
    private void DismissKey() => _issued = null;

    private async Task RevokeAsync(ApiClientRow client)
    {
        var error = await Keys.RevokeAsync(client.Id, await UserAsync());
        _confirmingRevoke = null;
        _messageIsError = error is not null;
        _message = error ?? $"Đã thu hồi khóa của “{client.Name}”.";
        if (_issued?.ClientId == client.Id)
        {
            _issued = null;
        }

        await ReloadAsync();
    }
}
