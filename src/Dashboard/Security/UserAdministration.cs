using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace TargetsDashboard.Dashboard.Security;

/// <summary>A row of the users page.</summary>
public sealed record UserRow(string Id, string UserName, string DisplayName, string Role, int? UnitId, string? UnitName, bool IsDisabled, bool IsLockedOut, string? Email = null);

/// <summary>The outcome of an administrative action: an error in Vietnamese, or none.</summary>
public sealed record AdminResult(string? Error)
{
    public static AdminResult Ok { get; } = new((string?)null);

    public bool Succeeded => Error is null;
}

/// <summary>
/// Users, roles and unit bindings, for the administration page. Each call takes its own scope (and so its own
/// database context): a Blazor circuit never holds one open.
/// </summary>
public sealed class UserAdministration(IServiceScopeFactory scopes, SignInSessions sessions)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var all = await users.Users.Include(u => u.Unit).OrderBy(u => u.UserName).ToListAsync();
        var rows = new List<UserRow>(all.Count);
        foreach (var user in all)
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? string.Empty;
            rows.Add(new UserRow(user.Id, user.UserName ?? string.Empty, user.DisplayName, role, user.UnitId, user.Unit?.Name, user.IsDisabled, await users.IsLockedOutAsync(user), user.Email));
        }

        return rows;
    }

    /// <param name="email">Optional; reports and alerts go only to people with an address.</param>
    public async Task<AdminResult> CreateAsync(string userName, string displayName, string role, int? unitId, string password, string? email = null)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(displayName))
        {
            return new AdminResult("Cần nhập tên đăng nhập và họ tên.");
        }

        var address = Mail.MailAddresses.Normalize(email);
        if (!string.IsNullOrWhiteSpace(email) && address is null)
        {
            return new AdminResult(Mail.MailAddresses.Invalid);
        }

        if (CheckRole(role, unitId) is { } roleError)
        {
            return roleError;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName.Trim(), DisplayName = displayName.Trim(), UnitId = Roles.UnitBound.Contains(role) ? unitId : null, LockoutEnabled = true, Email = address };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Describe(created);
        }

        return Describe(await users.AddToRoleAsync(user, role));
    }

    /// <summary>Sets or clears (empty) the address reports and alerts are sent to; it does not change what the user may do, so sessions stay open.</summary>
    public async Task<AdminResult> SetEmailAsync(string userId, string? email)
    {
        var address = Mail.MailAddresses.Normalize(email);
        if (!string.IsNullOrWhiteSpace(email) && address is null)
        {
            return new AdminResult(Mail.MailAddresses.Invalid);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return new AdminResult("Không tìm thấy người dùng.");
        }

        user.Email = address;
        return Describe(await users.UpdateAsync(user));
    }

    /// <summary>Disables or re-enables an account; disabling ends its open sessions at once (and a new security stamp refuses any other).</summary>
    public Task<AdminResult> SetDisabledAsync(string userId, bool disabled) => ChangeAsync(userId, async (users, user) =>
    {
        user.IsDisabled = disabled;
        var updated = await users.UpdateAsync(user);
        return updated.Succeeded ? await users.UpdateSecurityStampAsync(user) : updated;
    });

    /// <summary>A new password from the administrator; whoever was signed in with the old one is signed out at once.</summary>
    public Task<AdminResult> ResetPasswordAsync(string userId, string newPassword) => ChangeAsync(userId, async (users, user) =>
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        return reset.Succeeded ? await users.SetLockoutEndDateAsync(user, null) : reset;
    });

    public async Task<AdminResult> SetRoleAsync(string userId, string role, int? unitId)
    {
        if (CheckRole(role, unitId) is { } roleError)
        {
            return roleError;
        }

        return await ChangeAsync(userId, async (users, user) =>
        {
            var removed = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
            if (!removed.Succeeded)
            {
                return removed;
            }

            user.UnitId = Roles.UnitBound.Contains(role) ? unitId : null;
            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded)
            {
                return updated;
            }

            var added = await users.AddToRoleAsync(user, role);
            return added.Succeeded ? await users.UpdateSecurityStampAsync(user) : added;
        });
    }

    private static AdminResult? CheckRole(string role, int? unitId)
    {
        if (!Roles.All.Contains(role))
        {
            return new AdminResult("Vai trò không hợp lệ.");
        }

        return Roles.UnitBound.Contains(role) && unitId is null ? new AdminResult($"{Roles.DisplayName(role)} phải gắn với một đơn vị.") : null;
    }

    private async Task<AdminResult> ChangeAsync(string userId, Func<UserManager<AppUser>, AppUser, Task<IdentityResult>> change)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new AdminResult("Không tìm thấy người dùng.");
        }

        var result = Describe(await change(users, user));

        // Every change here (disabled, password, role) concerns who may do what: the user's sessions end at once, and a
        // re-enabled user simply signs in again.
        if (result.Succeeded)
        {
            sessions.EndAll(user.Id);
        }

        return result;
    }

    private static AdminResult Describe(IdentityResult result) => result.Succeeded
        ? AdminResult.Ok
        : new AdminResult(string.Join(" ", result.Errors.Select(Translate)));

    /// <summary>Identity's messages are English; the people who read them are not.</summary>
    private static string Translate(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) => "Tên đăng nhập đã có người dùng.",
        nameof(IdentityErrorDescriber.InvalidEmail) => Mail.MailAddresses.Invalid,
        nameof(IdentityErrorDescriber.InvalidUserName) => "Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các ký tự - . _ @ +.",
        nameof(IdentityErrorDescriber.PasswordTooShort) => "Mật khẩu cần ít nhất 8 ký tự.",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "Mật khẩu cần có chữ số.",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "Mật khẩu cần có chữ hoa.",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "Mật khẩu cần có chữ thường.",
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "Mật khẩu cần có ký tự đặc biệt.",
        _ => error.Description,
    };
}
