using TargetsDashboard.Dashboard.Api;

namespace TargetsDashboard.Dashboard.Cli;

/// <summary>Issues an ingestion API key for a source system, as the administration page does; the key is printed once.</summary>
public sealed class ApiKeyCommand : IOperatorCommand
{
    public string Name => "api-key";

    public IReadOnlyCollection<string> Options { get; } = ["name"];

    public string Usage => "api-key create --name TÊN_HỆ_THỐNG_NGUỒN";

    public string Summary => "Cấp khóa API cho một hệ thống nguồn gửi số liệu; khóa chỉ hiện một lần, hãy lưu lại ngay.";

    public async Task<int> RunAsync(CommandArguments arguments, IServiceProvider services, CommandOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Words is not [var verb] || !verb.Equals("create", StringComparison.OrdinalIgnoreCase))
        {
            return output.Usage(this, "Lệnh api-key chỉ có thao tác create (thu hồi khóa tại trang Quản trị → Khóa API).");
        }

        if (arguments.Value("name") is not { } name)
        {
            return output.Usage(this, "Cần --name.");
        }

        if (await OperatorCommandLine.NotMigratedAsync(services, cancellationToken) is { } notMigrated)
        {
            return output.Fail(notMigrated);
        }

        var issued = await services.GetRequiredService<ApiKeys>().IssueAsync(name, OperatorCommandLine.Actor, cancellationToken);
        if (issued.Issued is not { } key)
        {
            return output.Fail(issued.Error!);
        }

        output.Error.WriteLine($"Đã cấp khóa API cho “{key.ClientName}”. Khóa chỉ hiện một lần dưới đây; hãy lưu vào hệ thống nguồn ngay:");
        output.Out.WriteLine(key.Key);
        return ExitCodes.Success;
    }
}
