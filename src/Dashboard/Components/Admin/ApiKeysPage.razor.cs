using TargetsDashboard.Dashboard.Api;
using TargetsDashboard.Dashboard.Writes;
using TargetsDashboard.Data.Auditing;

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

    [Inject]
    private WriteGuard Writes { get; set; } = null!;

    [Inject]
    private ICurrentActor Actor { get; set; } = null!;

    protected override async Task OnInitializedAsync() => await ReloadAsync();

    private static string Local(DateTime utc) => VietnameseFormat.LocalDateTime(utc);

    private async Task<string> UserAsync() => await Actor.GetNameAsync();

    private async Task ReloadAsync() => _clients = await Keys.ListAsync();

    private async Task IssueAsync()
    {
        var (result, failure) = await Writes.RunAsync("khóa API mới", async () => await Keys.IssueAsync(_newClientName ?? string.Empty, await UserAsync()));
        _issued = result?.Issued;
        _messageIsError = result?.Issued is null;
        _message = failure?.Message ?? result!.Error ?? $"Đã cấp khóa cho “{result.Issued!.ClientName}”.";
        if (result?.Issued is not null)
        {
            _newClientName = null;
            await ReloadAsync();
        }
    }

    /// <summary>The clear key leaves the circuit's memory as soon as the administrator says it is copied.</summary>
    private void DismissKey() => _issued = null;

    private async Task RevokeAsync(ApiClientRow client)
    {
        var (refusal, failure) = await Writes.RunAsync($"việc thu hồi khóa của “{client.Name}”", async () => await Keys.RevokeAsync(client.Id, await UserAsync()));
        var error = failure?.Message ?? refusal;
        _confirmingRevoke = null;
        _messageIsError = error is not null;
        _message = error ?? $"Đã thu hồi khóa của “{client.Name}”.";
        if (failure is null && _issued?.ClientId == client.Id)
        {
            _issued = null;
        }

        await ReloadAsync();
    }
}
