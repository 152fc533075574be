using TargetsDashboard.Dashboard.Writes;

namespace TargetsDashboard.Dashboard.Components.Admin;

public partial class UsersPage
{
    private readonly NewUser _new = new();
    private IReadOnlyList<UserRow> _users = [];
    private IReadOnlyList<UnitInfo> _units = [];
    private string? _message;
    private bool _messageIsError;
    private string? _resetting;
    private string? _resetPassword;
    private string? _changingRole;
    private string _role = Roles.UnitHead;
    private int? _roleUnitId;
    private string? _changingEmail;
    private string? _email;

    [Inject]
    private UserAdministration Administration { get; set; } = null!;

    [Inject]
    private KpiDataSource DataSource { get; set; } = null!;

    [Inject]
    private WriteGuard Writes { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        var snapshot = await DataSource.GetAsync();
        _units = snapshot.Engine.Units.OrderBy(u => u.Kind).ThenBy(u => u.Name, StringComparer.Create(Vietnam.Culture, false)).ToList();
        await ReloadAsync();
    }

    private async Task ReloadAsync() => _users = await Administration.ListAsync();

    private async Task CreateAsync()
    {
        var result = await SaveAsync(
            $"người dùng {_new.UserName}", () => Administration.CreateAsync(_new.UserName ?? string.Empty, _new.DisplayName ?? string.Empty, _new.Role, _new.UnitId, _new.Password ?? string.Empty, _new.Email));
        Show(result, $"Đã thêm người dùng {_new.UserName}.");
        if (result.Succeeded)
        {
            _new.Clear();
            await ReloadAsync();
        }
    }

    private async Task ToggleDisabledAsync(UserRow user)
    {
        var result = await SaveAsync($"trạng thái của {user.UserName}", () => Administration.SetDisabledAsync(user.Id, !user.IsDisabled));
        Show(result, user.IsDisabled ? $"Đã kích hoạt lại {user.UserName}." : $"Đã vô hiệu hóa {user.UserName}.");
        await ReloadAsync();
    }

    private void StartReset(UserRow user)
    {
        _resetting = user.Id;
        _resetPassword = null;
    }

    private async Task ResetAsync(UserRow user)
    {
        var result = await SaveAsync($"mật khẩu mới của {user.UserName}", () => Administration.ResetPasswordAsync(user.Id, _resetPassword ?? string.Empty));
        Show(result, $"Đã đặt lại mật khẩu cho {user.UserName}.");
        if (result.Succeeded)
        {
            _resetting = null;
            await ReloadAsync();
        }
    }

    private void StartRoleChange(UserRow user)
    {
        _changingRole = user.Id;
        _role = string.IsNullOrEmpty(user.Role) ? Roles.UnitHead : user.Role;
        _roleUnitId = user.UnitId;
    }

    private async Task SaveRoleAsync(UserRow user)
    {
        var result = await SaveAsync($"vai trò mới của {user.UserName}", () => Administration.SetRoleAsync(user.Id, _role, _roleUnitId));
        Show(result, $"Đã đổi vai trò của {user.UserName}; phiên đăng nhập đang mở của họ sẽ phải đăng nhập lại.");
        if (result.Succeeded)
        {
            _changingRole = null;
            await ReloadAsync();
        }
    }

    private void StartEmailChange(UserRow user)
    {
        _changingEmail = user.Id;
        _email = user.Email;
    }

    private async Task SaveEmailAsync(UserRow user)
    {
        var result = await SaveAsync($"thư điện tử của {user.UserName}", () => Administration.SetEmailAsync(user.Id, _email));
        Show(result, string.IsNullOrWhiteSpace(_email) ? $"Đã xóa thư điện tử của {user.UserName}." : $"Đã lưu thư điện tử của {user.UserName}.");
        if (result.Succeeded)
        {
            _changingEmail = null;
            await ReloadAsync();
        }
    }

    /// <summary>A database fault becomes a refusal with its error id, like any other.</summary>
    private async Task<AdminResult> SaveAsync(string what, Func<Task<AdminResult>> write)
    {
        var (result, failure) = await Writes.RunAsync(what, write);
        return failure is null ? result! : new AdminResult(failure.Message);
    }

    private void Show(AdminResult result, string success)
    {
        _messageIsError = !result.Succeeded;
        _message = result.Error ?? success;
    }

    private sealed class NewUser
    {
        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        public string? Password { get; set; }

        public string? Email { get; set; }

        public string Role { get; set; } = Roles.UnitHead;

        public int? UnitId { get; set; }

        public void Clear()
        {
            UserName = DisplayName = Password = Email = null;
            UnitId = null;
        }
    }
}
