using TargetsDashboard.Dashboard.Api;

namespace TargetsDashboard.Dashboard.Components.Admin;

public partial class ApiKeysPage
{
    private IReadOnlyList<ApiClientRow> _clients = [];
    private string? _newClientName;
    private IssuedApiKey? _issued;
    private int? _confirmingRevoke;

    [Inject]
    private ApiKeys Keys { get; set; } = null!;

    protected override async Task OnInitializedAsync() => await ReloadAsync();

    private static string Local(DateTime utc) => VietnameseFormat.LocalDateTime(utc);

    private async Task ReloadAsync() => _clients = await Keys.ListAsync();

    private Task IssueAsync()
    {
        IssueResult? result = null;
        return RunSaveAsync(
            () => WriteAsync("khóa API mới", async user =>
            {
                result = await Keys.IssueAsync(_newClientName ?? string.Empty, user);
                return result.Error;
            }),
            () => $"Đã cấp khóa cho “{result!.Issued!.ClientName}”.",
            async issued =>
            {
                _issued = result?.Issued;
                if (issued)
                {
                    _newClientName = null;
                    await ReloadAsync();
                }
            });
    }

    /// <summary>The clear key leaves the circuit's memory as soon as the administrator says it is copied.</summary>
    private void DismissKey() => _issued = null;

    private Task RevokeAsync(ApiClientRow client)
    {
        // A refusal (the key was already revoked) still means the shown key is no longer valid; a failed write does not.
        var written = false;
        return RunSaveAsync(
            () => WriteAsync($"việc thu hồi khóa của “{client.Name}”", async user =>
            {
                var refusal = await Keys.RevokeAsync(client.Id, user);
                written = true;
                return refusal;
            }),
            () => $"Đã thu hồi khóa của “{client.Name}”.",
            async _ =>
            {
                _confirmingRevoke = null;
                if (written && _issued?.ClientId == client.Id)
                {
                    _issued = null;
                }

                await ReloadAsync();
            });
    }
}
