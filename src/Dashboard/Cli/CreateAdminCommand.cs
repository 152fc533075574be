using Microsoft.AspNetCore.Identity;

namespace TargetsDashboard.Dashboard.Cli;

/// <summary>Creates an administrator account, under the same password rules as the administration page.</summary>
public sealed class CreateAdminCommand : IOperatorCommand
{
    public string Name => "create-admin";

    public IReadOnlyCollection<string> Options { get; } = ["user", "password", "name", "email"];

    public string Usage => "create-admin --user TÊN_ĐĂNG_NHẬP --password MẬT_KHẨU [--name \"Họ tên\"] [--email ten@tinh.gov.vn]";

    public string Summary => "Tạo một tài khoản Quản trị hệ thống (mật khẩu ≥ 8 ký tự, có chữ hoa, chữ thường, chữ số và ký hiệu).";

    public async Task<int> RunAsync(CommandArguments arguments, IServiceProvider services, CommandOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Value("user") is not { Length: > 0 } user || arguments.Value("password") is not { Length: > 0 } password)
        {
            return output.Usage(this, "Cần --user và --password.");
        }

        if (await OperatorCommandLine.NotMigratedAsync(services, cancellationToken) is { } notMigrated)
        {
            return output.Fail(notMigrated);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(Roles.Administrator))
            {
                await roles.CreateAsync(new IdentityRole(Roles.Administrator));
            }
        }

        var result = await services.GetRequiredService<UserAdministration>()
            .CreateAsync(user, arguments.Value("name") ?? "Quản trị hệ thống", Roles.Administrator, null, password, arguments.Value("email"));
        if (!result.Succeeded)
        {
            return output.Fail($"Không tạo được tài khoản “{user}”: {result.Error}");
        }

        output.Out.WriteLine($"Đã tạo tài khoản quản trị “{user}”. Đăng nhập tại /dang-nhap.");
        return ExitCodes.Success;
    }
}
