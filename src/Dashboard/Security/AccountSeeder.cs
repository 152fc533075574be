using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace TargetsDashboard.Dashboard.Security;

/// <summary>A demo account: for local use only, created in demo mode and nowhere else.</summary>
/// <param name="Subscribes">The e-mail the account receives from the start (leadership: the province summary).</param>
public sealed record DemoAccount(string UserName, string DisplayName, string Role, string? UnitCode, Data.Entities.MailTopic? Subscribes = null);

/// <summary>
/// Creates the roles, the first administrator of a fresh database (from configuration), and in demo mode one demo
/// account per role. Outside demo mode a database without an administrator and no first administrator configured
/// stops the start: nobody could sign in. Runs after the database initializer (hosted services start in registration order).
/// </summary>
public sealed class AccountSeeder(
    IServiceScopeFactory scopes,
    DemoMode demo,
    IOptions<AccountOptions> options,
    ILogger<AccountSeeder> logger) : IHostedService
{
    /// <summary>The demo password, written in the README for local use only.</summary>
    public const string DemoPassword = "Demo@2025";

    /// <summary>Why the app refuses to start on a database nobody can sign in to.</summary>
    public const string NoAdministratorMessage =
        "The database has no administrator and none is configured: set Accounts:InitialAdminUserName and Accounts:InitialAdminPassword "
        + "(environment variables Accounts__InitialAdminUserName, Accounts__InitialAdminPassword) to create the first one. The app does not start without it.";

    public static IReadOnlyList<DemoAccount> DemoAccounts { get; } =
    [
        new("quantri", "Quản trị hệ thống (demo)", Roles.Administrator, null),
        new("vanphong", "Chuyên viên Văn phòng UBND tỉnh (demo)", Roles.ProvinceOffice, null),
        new("lanhdao", "Lãnh đạo UBND tỉnh (demo)", Roles.Leadership, null, Data.Entities.MailTopic.ProvinceSummary),
        new("so-tu-phap", "Giám đốc Sở Tư pháp (demo)", Roles.UnitHead, "so-tu-phap"),
        new("phuong-bien-hoa", "Chủ tịch UBND phường Biên Hòa (demo)", Roles.UnitHead, "phuong-bien-hoa"),
        new("dau-moi-so-tu-phap", "Cán bộ đầu mối Sở Tư pháp (demo)", Roles.UnitReporter, "so-tu-phap"),
        new("dau-moi-phuong-bien-hoa", "Cán bộ đầu mối phường Biên Hòa (demo)", Roles.UnitReporter, "phuong-bien-hoa"),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                Check(await roleManager.CreateAsync(new IdentityRole(role)), role);
            }
        }

        var settings = options.Value;
        var hasAdministrator = (await userManager.GetUsersInRoleAsync(Roles.Administrator)).Count > 0;
        var adminConfigured = !string.IsNullOrWhiteSpace(settings.InitialAdminUserName) && !string.IsNullOrWhiteSpace(settings.InitialAdminPassword);
        if (!hasAdministrator && !adminConfigured && !demo.IsEnabled)
        {
            logger.LogCritical("{Message}", NoAdministratorMessage);
            throw new InvalidOperationException(NoAdministratorMessage);
        }

        if (adminConfigured && !hasAdministrator)
        {
            await CreateAsync(userManager, new DemoAccount(settings.InitialAdminUserName!, "Quản trị hệ thống", Roles.Administrator, null), settings.InitialAdminPassword!, null, Mail.MailAddresses.Normalize(settings.InitialAdminEmail));
            logger.LogInformation("Created the first administrator {UserName} from configuration.", settings.InitialAdminUserName);
        }

        if (demo.IsEnabled && settings.SeedDemoAccounts)
        {
            var db = scope.ServiceProvider.GetRequiredService<TargetsDbContext>();
            foreach (var account in DemoAccounts)
            {
                if (await userManager.FindByNameAsync(account.UserName) is null)
                {
                    var unitId = account.UnitCode is null ? (int?)null : await db.Units.Where(u => u.Code == account.UnitCode).Select(u => (int?)u.Id).SingleOrDefaultAsync(cancellationToken);
                    var created = await CreateAsync(userManager, account, DemoPassword, unitId, DemoEmail(account.UserName));
                    if (account.Subscribes is { } topic)
                    {
                        await scope.ServiceProvider.GetRequiredService<Mail.MailSubscriptions>().SubscribeAsync(created.Id, topic, cancellationToken);
                    }
                }
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A demo account's address: example.org is reserved for examples, so no real mailbox ever receives demo mail.</summary>
    public static string DemoEmail(string userName) => $"{userName}@example.org";

    private static async Task<AppUser> CreateAsync(UserManager<AppUser> userManager, DemoAccount account, string password, int? unitId, string? email)
    {
        var user = new AppUser { UserName = account.UserName, DisplayName = account.DisplayName, UnitId = unitId, LockoutEnabled = true, Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim() };
        Check(await userManager.CreateAsync(user, password), account.UserName);
        Check(await userManager.AddToRoleAsync(user, account.Role), account.UserName);
        return user;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
